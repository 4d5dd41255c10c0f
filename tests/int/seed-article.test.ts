import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseScrapedArticle } from '@/domain/import/scrapedArticle'
import { parsedToBody } from '@/domain/import/toBody'
import { bodyToLexical, lexicalToBody, plainText, type LexicalDocument } from '@/domain/richtext/body'
import { zonedWallTimeToInstant } from '@/domain/time'
import type { Article, Caption, Photo, RelatedLink, Tag } from '@/payload-types'
import { articleBySlug } from '@/server/queries'

import { bootPayload } from './helpers'

/** The model must hold the real scraped article completely: built through the Local API, read back element by element. */
const fixture = path.resolve(__dirname, '../../../shared/fixtures/basic-research-article.txt')
// Beside the repo (../shared), not in it: the whole file is skipped in a clone that has no seed.
const hasSeed = fs.existsSync(fixture)
const source = hasSeed ? fs.readFileSync(fixture, 'utf8') : ''
const parsed = parseScrapedArticle(hasSeed ? source : 'Placeholder headline\n\nA paragraph.')

let payload: Payload
let article: Article

beforeAll(async () => {
  if (!hasSeed) return
  payload = await bootPayload()
  const published = { _status: 'published' as const }
  const slots = parsed.blocks.filter((b) => b.kind === 'photo')
  const photoIds: number[] = []
  for (const slot of slots) {
    const photo = await payload.create({
      collection: 'photos',
      data: {
        alt: slot.alt,
        credit: slot.caption?.credit?.raw,
        photographer: slot.caption?.credit?.photographer,
        agency: slot.caption?.credit?.agency,
        ...published,
      },
    })
    photoIds.push(photo.id)
    if (slot.caption) {
      await payload.create({
        collection: 'captions',
        data: { photo: photo.id, text: slot.caption.text, creditLine: slot.caption.credit?.raw, ...published },
      })
    }
  }
  const tagIds = new Map<string, number>()
  const relatedIds: number[] = []
  for (const link of parsed.relatedLinks) {
    for (const name of link.tags) {
      if (!tagIds.has(name)) tagIds.set(name, (await payload.create({ collection: 'tags', data: { name } })).id)
    }
    const created = await payload.create({
      collection: 'related-links',
      data: { title: link.title, summary: link.summary, tags: link.tags.map((t) => tagIds.get(t)!) },
    })
    relatedIds.push(created.id)
  }
  article = await payload.create({
    collection: 'articles',
    data: {
      headline: parsed.headline,
      displayHeadline: parsed.displayHeadline,
      bylineText: parsed.byline,
      releasedAt: zonedWallTimeToInstant(parsed.releaseTime!, 'Asia/Shanghai').toISOString(),
      body: bodyToLexical(parsedToBody(parsed, (_slot, i) => photoIds[i])) as Article['body'],
      relatedLinks: relatedIds,
      ...published,
    },
  })
})
afterAll(async () => {
  await payload?.destroy()
})

describe.skipIf(!hasSeed)('the seed article, stored and read back', () => {
  it('keeps headline, display headline, byline and release time (12:48 in Beijing = 04:48 UTC)', async () => {
    const read = await payload.findByID({ collection: 'articles', id: article.id })
    expect(read.headline).toBe(
      'Urgent requirements for achieving high-level technological self-reliance and self-improvement',
    )
    expect(read.displayHeadline).toBe(
      'The urgent requirement for achieving high-level technological self-reliance and self-improvement',
    )
    expect(read.bylineText).toBe('The editorial department of Qiushi magazine')
    expect(read.releasedAt).toBe('2024-04-14T04:48:00.000Z')
  })

  it('keeps 7 section headings, 3 pull quotes, 22 bullet points and 3 photo slots', async () => {
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    const body = lexicalToBody(read.body as LexicalDocument)
    expect(body.filter((b) => b.kind === 'heading')).toHaveLength(7)
    expect(body.filter((b) => b.kind === 'quote')).toHaveLength(3)
    expect(body.flatMap((b) => (b.kind === 'list' ? b.items : []))).toHaveLength(22)
    expect(body.filter((b) => b.kind === 'photo')).toHaveLength(3)
  })

  it('ties the captions and parsed credits to their photos', async () => {
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    const photoIds = lexicalToBody(read.body as LexicalDocument).flatMap((b) => (b.kind === 'photo' ? [b.photo] : []))
    const captions = await payload.find({
      collection: 'captions',
      where: { photo: { in: photoIds } },
      sort: 'createdAt',
    })
    const credits = captions.docs.map((c: Caption) => [c.agency, c.photographer])
    expect(credits).toEqual([
      ['Xinhua News Agency', 'Huang Xiaoyong'],
      ['Xinhua News Agency', 'Long Wei'],
    ])
    expect(captions.docs[0].text).toMatch(/^On July 6th, 2023, the World Artificial Intelligence Conference/)
    const photo = (await payload.findByID({ collection: 'photos', id: photoIds[0] })) as Photo
    expect(photo.photographer).toBe('Huang Xiaoyong')
  })

  it('keeps 5 related links in order, with tags and summaries', async () => {
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 2 })
    const links = (read.relatedLinks ?? []) as RelatedLink[]
    expect(links).toHaveLength(5)
    expect(links.map((l) => l.title)).toEqual(parsed.relatedLinks.map((l) => l.title))
    expect(links.every((l) => (l.summary ?? '').length > 50)).toBe(true)
    expect(((links[1].tags ?? []) as Tag[]).map((t) => t.name)).toEqual(['Micro Video', 'Population'])
  })

  it('loses no body text: every line of the file is somewhere in the article', async () => {
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 2 })
    const captions = await payload.find({ collection: 'captions', limit: 100 })
    const links = (read.relatedLinks ?? []) as RelatedLink[]
    const everything = [
      read.headline,
      read.displayHeadline,
      read.bylineText,
      plainText(read.body as LexicalDocument),
      ...captions.docs.map((c) => `${c.text} ${c.creditLine ?? ''}`),
      ...links.map((l) => `${l.title} ${((l.tags ?? []) as Tag[]).map((t) => t.name).join(' ')} ${l.summary}`),
    ].join('\n')
    const squash = (s: string) =>
      s
        .replace(/^——/, '')
        .replace(/[\s|]+/g, ' ')
        .trim()
    const haystack = squash(everything.replace(/\n/g, ' '))
    const missing = source
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^Release time:/.test(l))
      .filter((l) => {
        if (haystack.includes(squash(l))) return false
        // A related-link title line is stored as its parts (title + tags); each part must be there.
        return !l.split(' | ').every((part) => haystack.includes(squash(part)))
      })
    expect(missing).toEqual([])
  })

  it('is shown on the public page with its captions and related links', async () => {
    const page = await articleBySlug(article.slug!)
    expect(page?.article.id).toBe(article.id)
    const photoIds = lexicalToBody(page!.article.body as LexicalDocument).flatMap((b) =>
      b.kind === 'photo' ? [b.photo] : [],
    )
    expect(page!.captionFor(photoIds[1])?.credit).toBe('Long Wei from Xinhua News Agency/Photo taken')
    expect(page!.captionFor(photoIds[2])).toBeNull()
    expect(page!.relatedLinks).toHaveLength(0) // still drafts: readers must not see them yet
  })
})
