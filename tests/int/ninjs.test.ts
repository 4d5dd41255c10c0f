import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { ninjsToArticle, type NinjsItem } from '@/domain/publishing/ninjs'
import type { User } from '@/payload-types'
import { getEnv } from '@/server/env'
import { importNinjsItem } from '@/server/import/ninjs'
import { ninjsForArticle } from '@/server/ninjs'
import { articleById, articleBySlug } from '@/server/queries/articlePage'
import { readSite } from '@/server/queries/site'
import { seedDemo } from '@/seed/demo'
import { transition } from '@/server/workflow/transition'

import { ninjsValidator } from '../ninjs-schema'
import { makeUser, payload, withPayload } from './helpers'

const validate = ninjsValidator()
let admin: User
let exported: NinjsItem

withPayload()
beforeAll(async () => {
  await seedDemo(payload)
  admin = await makeUser(payload, ['admin'], 'ninjs-admin')
  const page = await articleBySlug(payload, 'why-basic-research-decides-how-far-a-countrys-science-can-go')
  exported = await ninjsForArticle(payload, page!, await readSite(payload))
}, 120_000)

/** The content fields a round trip must keep (pictures travel as records without their bytes). */
const content = (item: NinjsItem) => {
  const a = ninjsToArticle(item)
  return {
    ...a,
    uri: undefined,
    body: a.body.filter((b) => b.kind !== 'figure'),
    // Without their bytes the pictures do not travel (see the round trip with pictures below).
    lead: undefined,
    photos: a.photos.map((p) => ({ ...p, uri: undefined, name: undefined })),
  }
}

describe('ninjs export of a published article', () => {
  it('is valid ninjs 2.0 with the article’s content, pictures and related links', () => {
    expect(validate(exported)).toEqual([])
    expect(exported.headlines?.[0].value).toBe('Why basic research decides how far a country’s science can go')
    expect(exported.by).toBe('The editorial department of The Masthead Times')
    expect(exported.associations?.map((a) => a.name)).toEqual([
      'hero',
      'photo-1',
      'photo-2',
      'related-1',
      'related-2',
      'related-3',
    ])
    const hero = exported.associations![0]
    expect(hero.renditions?.find((r) => r.name === 'social')).toMatchObject({
      width: 1200,
      height: 630,
      contenttype: 'image/webp',
    })
    expect(exported.bodies?.[0].value).toContain('<h2>The only road to a strong science base</h2>')
    expect(exported.subjects?.find((s) => s.rel === 'section')?.name).toBe('Science & Technology')
  })

  it('is not available for drafts', async () => {
    const draft = await payload.find({
      collection: 'articles',
      draft: true,
      where: { _status: { equals: 'draft' } },
      limit: 1,
    })
    expect(await articleById(payload, draft.docs[0].id)).toBeNull()
  })
})

describe('ninjs round trip', () => {
  it('export → import → export keeps the content fields', async () => {
    const report = await importNinjsItem(payload, exported, { source: 'feature.ninjs.json' })
    if (!report.ok || report.kind !== 'article') throw new Error(JSON.stringify(report))
    expect(report).toMatchObject({ outcome: 'created', photos: 3, relatedLinks: 3 })
    const imported = await payload.findByID({ collection: 'articles', id: report.articleId!, draft: true, depth: 0 })
    expect(imported).toMatchObject({ _status: 'draft', workflowState: 'draft' })

    // Take the import and what it shows through the workflow, then export it again.
    const shown = await payload.find({ collection: 'photos', where: { importSource: { like: 'ninjs:' } } })
    const captions = await payload.find({ collection: 'captions', where: { importSource: { like: 'ninjs:' } } })
    const links = await payload.find({ collection: 'related-links', where: { importSource: { like: 'ninjs:' } } })
    for (const [collection, docs] of [
      ['photos', shown.docs],
      ['related-links', links.docs],
    ] as const) {
      for (const d of docs)
        await transition(payload, { collection, id: d.id, action: 'publish_now', note: 'round trip test', user: admin })
    }
    // A photo's default caption goes live with its photo.
    const live = await payload.find({
      collection: 'captions',
      where: { importSource: { like: 'ninjs:' } },
      draft: true,
    })
    expect(live.docs.map((c) => c.workflowState)).toEqual(captions.docs.map(() => 'published'))
    await transition(payload, {
      collection: 'articles',
      id: imported.id,
      action: 'publish_now',
      note: 'round trip test',
      user: admin,
    })
    const again = await ninjsForArticle(payload, (await articleById(payload, imported.id))!, await readSite(payload))
    expect(validate(again)).toEqual([])
    const [before, after] = [content(exported), content(again)]
    expect(after.headline).toBe(before.headline)
    expect({ ...after, photos: undefined }).toEqual({ ...before, photos: undefined })
  })

  it('importing the same item again updates the same draft', async () => {
    const first = await payload.find({
      collection: 'articles',
      draft: true,
      where: { importSource: { like: 'ninjs:' } },
    })
    const report = await importNinjsItem(payload, exported, { source: 'again.json' })
    expect(report).toMatchObject({ ok: true, outcome: 'updated', articleId: first.docs[0].id })
  })

  it('export → import → export keeps the pictures and their captions when the renditions can be fetched', async () => {
    // The sender's media server: this test's media folder, over HTTP on a local address the import is allowed.
    const mediaDir = getEnv().mediaDir
    const server = http.createServer((req, res) => {
      const file = path.join(mediaDir, path.basename(new URL(req.url ?? '/', 'http://x').pathname))
      if (!fs.existsSync(file)) return void res.writeHead(404).end()
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fs.readFileSync(file))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const delivered: NinjsItem = {
        ...exported,
        uri: 'urn:masthead:round-trip-with-pictures',
        associations: exported.associations!.map((a) => ({
          ...a,
          renditions: a.renditions?.map((r) => ({
            ...r,
            href: `${local}/${path.posix.basename(new URL(r.href).pathname)}`,
          })),
        })),
      }
      const report = await importNinjsItem(payload, delivered, { source: 'pictures.json', allowHosts: ['127.0.0.1'] })
      if (!report.ok || report.kind !== 'article') throw new Error(JSON.stringify(report))
      expect(report.warnings).toEqual([])
      const photos = await payload.find({
        collection: 'photos',
        where: { importSource: { like: 'ninjs:urn:masthead:round-trip-with-pictures' } },
        draft: true,
      })
      expect(photos.docs.map((p) => p.needsImage)).toEqual([false, false, false])
      const links = await payload.find({
        collection: 'related-links',
        where: { importSource: { like: 'ninjs:urn:masthead:round-trip-with-pictures' } },
        draft: true,
      })
      for (const [collection, docs] of [
        ['photos', photos.docs],
        ['related-links', links.docs],
      ] as const)
        for (const d of docs)
          await transition(payload, { collection, id: d.id, action: 'publish_now', note: 'round trip', user: admin })
      await transition(payload, {
        collection: 'articles',
        id: report.articleId!,
        action: 'publish_now',
        note: 'round trip',
        user: admin,
      })
      const again = await ninjsForArticle(
        payload,
        (await articleById(payload, report.articleId!))!,
        await readSite(payload),
      )
      const pictures = (item: NinjsItem) =>
        item
          .associations!.filter((a) => a.type === 'picture')
          .map((a) => ({
            name: a.name,
            alt: a.headlines?.[0]?.value,
            caption: a.descriptions?.[0]?.value,
            by: a.by,
            copyright: a.copyrightnotice,
            original: a.renditions?.filter((r) => r.name === 'original').map((r) => [r.width, r.height, r.contenttype]),
          }))
      expect(pictures(again)).toEqual(pictures(exported))
      expect(pictures(again)).toHaveLength(3)
      expect(ninjsToArticle(again).lead).toBe('hero')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('refuses a picture item with no image to fetch, or a broken JSON structure, with a message', async () => {
    expect(await importNinjsItem(payload, { uri: 'urn:x', type: 'picture' }, { source: 'p.json' })).toMatchObject({
      ok: false,
      error: /picture rendition|no image rendition|names no image/,
    })
    expect(await importNinjsItem(payload, [1, 2], { source: 'a.json' })).toMatchObject({
      ok: false,
      error: /headline|uri/,
    })
  })
})
