import { sql } from '@payloadcms/db-sqlite'
import { beforeAll, describe, expect, it } from 'vitest'

import { bodyToLexical } from '@/domain/richtext/body'
import type { User } from '@/payload-types'
import { searchArticles } from '@/server/queries/search'
import { indexedText, parseSearchQuery } from '@/domain/publishing/search'
import { rebuildSearchIndex, searchIndexOf } from '@/server/search'
import { RANK_WINDOW } from '@/server/search/sqlite'
import { up as createSearchIndex } from '@/migrations/20261130_072753_search_index'

import { act, createAs, makeStaff, payload, updateAs, withPayload } from './helpers'

let writer: User, editor: User, editor2: User

withPayload()
beforeAll(async () => {
  ;({ writer, editor, editor2 } = await makeStaff())
})

const found = async (q: string, options: Parameters<typeof searchArticles>[2] = {}) =>
  (await searchArticles(payload, q, options)).docs.map((d) => d.id)

/** A story taken through the workflow to publication: the way readers' stories go live. */
async function publish(data: Record<string, unknown>) {
  const story = await createAs(writer, 'articles', { deck: 'A deck.', ...data } as never)
  await act('articles', story.id, 'submit', writer)
  await act('articles', story.id, 'approve', editor2)
  await act('articles', story.id, 'publish', editor)
  return story
}

const body = (...paragraphs: string[]) => bodyToLexical(paragraphs.map((text) => ({ kind: 'paragraph', text })))

describe('archive search through the full-text index', () => {
  it('finds what is published, ranks a headline match first, and matches stems and phrases', async () => {
    const inBody = await publish({
      headline: 'Council meets on budget',
      body: body('Later, the quinoxa floods were discussed at length by the council.'),
    })
    const inHeadline = await publish({ headline: 'Quinoxa flooding closes the harbour', body: body('Water rose.') })
    const draft = await createAs(writer, 'articles', { headline: 'Quinoxa draft', deck: 'Not yet.' } as never)
    expect(await found('quinoxa flood')).toEqual([inHeadline.id, inBody.id])
    expect(await found('"quinoxa floods were"')).toEqual([inBody.id])
    expect(await found('"floods quinoxa"')).toEqual([])
    expect(await found('quinoxa')).not.toContain(draft.id)
    const [first] = (await searchArticles(payload, 'quinoxa discussed')).docs
    expect(first.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['quinoxa', 'discussed'])
  })

  it('a Chinese query of two characters finds a Chinese story', async () => {
    const zh = await publish({ headline: '台风逼近沿海城市', language: 'zh', body: body('渔船回港避风。') })
    expect(await found('台风')).toEqual([zh.id])
    expect(await found('渔船回港')).toEqual([zh.id])
    expect(await found('船港')).toEqual([])
  })

  it('a draft over a live story changes nothing until published; an unpublished story is gone from the next search', async () => {
    const story = await publish({ headline: 'Vordaline harbour reopens', body: body('Ships return.') })
    expect(await found('vordaline')).toEqual([story.id])
    // A pending revision (a draft saved over the live story) is not what readers see: search keeps the live words.
    await updateAs(writer, 'articles', story.id, { headline: 'Zentrafine harbour reopens' }, { draft: true })
    expect(await found('zentrafine')).toEqual([])
    expect(await found('vordaline')).toEqual([story.id])
    await act('articles', story.id, 'submit', writer)
    await act('articles', story.id, 'approve', editor2)
    await act('articles', story.id, 'publish', editor)
    expect(await found('zentrafine')).toEqual([story.id])
    expect(await found('vordaline')).toEqual([])
    await act('articles', story.id, 'unpublish', editor, { note: 'Legal' })
    expect(await found('zentrafine harbour')).toEqual([])
  })

  it('filters by section and release day, and pages without counting', async () => {
    const science = await payload.create({
      collection: 'sections',
      data: { name: 'Science', slug: `sci-${Date.now()}` },
    })
    const ids: number[] = []
    for (let i = 0; i < 5; i++) {
      const story = await publish({
        headline: `Marrowind survey ${i}`,
        section: i < 2 ? science.id : undefined,
        releasedAt: `2024-04-1${i}T04:00:00.000Z`,
      })
      ids.push(story.id)
    }
    const all = await searchArticles(payload, 'marrowind', { perPage: 2 })
    expect(all.docs).toHaveLength(2)
    expect(all.hasMore).toBe(true)
    // Equal relevance: the newer story first.
    expect(all.docs.map((d) => d.id)).toEqual([ids[4], ids[3]])
    const last = await searchArticles(payload, 'marrowind', { perPage: 2, page: 3 })
    expect([last.docs.map((d) => d.id), last.hasMore]).toEqual([[ids[0]], false])
    expect(await found('marrowind', { filters: { section: String(science.id) } })).toEqual([ids[1], ids[0]])
    expect(
      await found('marrowind', { filters: { from: '2024-04-11T00:00:00.000Z', to: '2024-04-13T00:00:00.000Z' } }),
    ).toEqual([ids[2], ids[1]])
  })

  it('a query matching more than the rank window ranks the newest matches only', async () => {
    const index = searchIndexOf(payload)
    const row = (id: number, headline: string) => ({
      id,
      headline: indexedText(headline),
      deck: '',
      body: indexedText('a common windowterm story'),
      plain: '',
      language: 'en',
      section: null,
      releasedAt: '2020-01-01T00:00:00.000Z',
    })
    // Index rows only (no stories): ids far above the stories', the oldest with the best match.
    const base = 1_000_000
    await index.put(row(base, 'windowterm windowterm windowterm'))
    for (let i = 1; i <= RANK_WINDOW; i++)
      await index.put(row(base + i, i === RANK_WINDOW - 5 ? 'windowterm' : 'plain'))
    const hits = await index.find(parseSearchQuery('windowterm'), {}, { offset: 0, limit: 3 })
    expect(hits[0].id).toBe(base + RANK_WINDOW - 5)
    expect(hits.map((h) => h.id)).not.toContain(base)
    // A narrower query still ranks every one of its matches.
    expect((await index.find(parseSearchQuery('"windowterm windowterm"'), {}, { offset: 0, limit: 3 }))[0].id).toBe(
      base,
    )
    for (let i = 0; i <= RANK_WINDOW; i++) await index.remove(base + i)
  })

  it('the migration fills the index from published stories, and a rebuild gives the same answers', async () => {
    const story = await publish({ headline: 'Quillhaven ferry returns' })
    const db = payload.db as unknown as { drizzle: Parameters<typeof createSearchIndex>[0]['db'] }
    await db.drizzle.run(sql`DROP TABLE article_search`)
    await createSearchIndex({ db: db.drizzle, payload, req: {} as never })
    expect(await found('quillhaven')).toEqual([story.id])
    await searchIndexOf(payload).clear()
    expect(await found('quillhaven')).toEqual([])
    // In batches of two, walked by id: every published story once.
    const published = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
    expect(published.totalDocs).toBeGreaterThan(5)
    expect(await rebuildSearchIndex(payload, 2)).toBe(published.totalDocs)
    expect(await found('quillhaven')).toEqual([story.id])
    expect(await found('台风')).toHaveLength(1)
  })

  it('a failed publication leaves the index as it was; a deleted story is gone', async () => {
    const other = await createAs(writer, 'articles', { headline: 'Obsidrax mine opens', deck: 'd' } as never)
    await act('articles', other.id, 'submit', writer)
    // Publishing a story still in review is refused: nothing reaches the index.
    await expect(act('articles', other.id, 'publish', editor)).rejects.toThrow(/in review/)
    expect(await found('obsidrax')).toEqual([])

    const story = await publish({ headline: 'Pellucite mine closes' })
    expect(await found('pellucite mine')).toEqual([story.id])
    // Last in this file: SQLite would give the next new story the id of this deleted newest one.
    await payload.delete({ collection: 'articles', id: story.id })
    expect(await found('pellucite')).toEqual([])
  })
})
