import type { Client, InStatement } from '@libsql/client'
import { beforeAll, describe, expect, it } from 'vitest'

import { articleBySlug, listedArticles, publishedEditions, searchArticles } from '@/server/queries'
import { publishedEditions as groupEditions, translatedStories } from '@/server/queries/editions'
import { translateArticle } from '@/server/translations'

import { makeStaff, payload, withPayload } from './helpers'

/**
 * How SQLite answers the reads every reader's page and every editor's form make. Without statistics its planner
 * prefers the status index, and Payload indexes text lists on (order, parent): both read every live story (or
 * every list row) to find one story's, so a page's cost grew with the archive. These rules name those plans.
 */
type PlanLine = { parent: number; detail: string }
const topLevel = (plan: PlanLine[]) => plan.filter((l) => l.parent === 0).map((l) => l.detail)

const FULL_READS: { rule: string; test: (plan: PlanLine[], sql: string) => boolean }[] = [
  {
    rule: 'reads every live row by status, then sorts them',
    test: (plan) =>
      topLevel(plan).some((l) => /USING INDEX \S+ \(_status=\?\)$/.test(l)) &&
      topLevel(plan).some((l) => /USE TEMP B-TREE FOR ORDER BY/.test(l)),
  },
  {
    rule: "scans a list table's whole (order, parent) index for one parent's rows",
    test: (plan) => plan.some((l) => /^SCAN \S+ USING INDEX \S+_order_parent$/.test(l.detail)),
  },
  {
    // A listing's pager counts the live stories of its edition: from an index that holds every column asked about,
    // not by reading each story's row (~20 ms on 1,000 stories).
    rule: 'counts stories by reading each one’s row',
    test: (plan, sql) =>
      /^select count\(/i.test(sql) && plan.some((l) => /^SEARCH (articles|_articles_v) USING INDEX /.test(l.detail)),
  },
  {
    // A document's newest version (every save, publication and editor's form asks): read from an index in order, not
    // by gathering each of its versions (hundreds, for a story edited all day) and sorting them.
    rule: 'reads every version of a document, then sorts them',
    test: (plan) =>
      topLevel(plan).some((l) => /^SEARCH _\w+_v USING (COVERING )?INDEX \S+ \(parent_id=\?\)$/.test(l)) &&
      topLevel(plan).some((l) => /USE TEMP B-TREE FOR ORDER BY/.test(l)),
  },
  {
    rule: 'finds versions by the `latest` flag alone (one row per document in the archive)',
    test: (plan) => plan.some((l) => /^SEARCH _\w+_v USING (COVERING )?INDEX \S+ \(latest=\?\)$/.test(l.detail)),
  },
  {
    rule: 'scans a whole table of stories, captions or photos',
    test: (plan) =>
      plan.some((l) => /^SCAN (articles|captions|photos|_articles_v|_captions_v|_photos_v)$/.test(l.detail)),
  },
]

type Read = { sql: string; args: unknown[] }

/** The SELECTs `work` sends to the database, as sent. */
async function readsOf(work: () => Promise<unknown>): Promise<Read[]> {
  const client = payload.db.client as unknown as Client
  const execute = client.execute
  const reads: Read[] = []
  client.execute = function (this: Client, ...call: unknown[]) {
    const [stmt, args] = call as [InStatement, unknown[] | undefined]
    const statement = typeof stmt === 'string' ? { sql: stmt, args: args ?? [] } : stmt
    if (/^\s*select\b/i.test(statement.sql))
      reads.push({ sql: statement.sql, args: [...((statement.args as unknown[]) ?? [])] })
    return (execute as (...a: unknown[]) => ReturnType<Client['execute']>).apply(this, call)
  } as Client['execute']
  try {
    await work()
  } finally {
    client.execute = execute
  }
  return reads
}

async function planOf({ sql, args }: Read): Promise<PlanLine[]> {
  const client = payload.db.client as unknown as Client
  const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: args as never })
  return rows.map((r) => ({ parent: Number(r.parent), detail: String(r.detail) }))
}

async function fullReadsIn(work: () => Promise<unknown>) {
  const reads = await readsOf(work)
  expect(reads.length).toBeGreaterThan(0)
  const found: { rule: string; sql: string; plan: string[] }[] = []
  for (const read of reads) {
    const plan = await planOf(read)
    for (const { rule, test } of FULL_READS)
      if (test(plan, read.sql)) found.push({ rule, sql: read.sql.slice(0, 300), plan: plan.map((l) => l.detail) })
  }
  return found
}

let source: { id: number; slug: string }
let sectionSlug: string

withPayload()
beforeAll(async () => {
  const { writer } = await makeStaff('plans-')
  const section = await payload.create({ collection: 'sections', data: { name: 'Plans', slug: 'plans' } })
  sectionSlug = section.slug!
  const photo = await payload.create({ collection: 'photos', data: { alt: 'A photo', _status: 'published' } as never })
  await payload.create({
    collection: 'captions',
    data: { text: 'A caption', photo: photo.id, _status: 'published' } as never,
  })
  for (let i = 0; i < 12; i++)
    await payload.create({
      collection: 'articles',
      data: {
        headline: `Story ${i}`,
        section: section.id,
        hero: { photo: photo.id },
        _status: i % 3 ? 'published' : 'draft',
      } as never,
    })
  const created = await payload.create({
    collection: 'articles',
    data: { headline: 'The source', section: section.id, hero: { photo: photo.id }, _status: 'published' } as never,
  })
  // Renamed once, so the story has a previous slug in its text list.
  const renamed = await payload.update({
    collection: 'articles',
    id: created.id,
    data: { slug: 'the-source-renamed', _status: 'published' } as never,
  })
  source = { id: renamed.id as number, slug: renamed.slug! }
  await translateArticle(payload, { id: source.id, language: 'zh', user: writer })
}, 120_000)

describe('query plans: no page reads every story to show one', () => {
  it('an article page (the story, its pictures and captions, its editions)', async () => {
    expect(
      await fullReadsIn(async () => {
        const page = await articleBySlug(source.slug)
        expect(page).not.toBeNull()
        expect((await publishedEditions([page!.article])).get(String(source.id))?.length).toBeGreaterThan(0)
        // What a translated story's page reads: which stories are translated, then its group.
        expect((await translatedStories(payload)).ids).not.toBeNull()
        expect((await groupEditions(payload, [source.id], 'en')).get(String(source.id))?.length).toBeGreaterThan(0)
      }),
    ).toEqual([])
  })

  it('the home page, a section page and search', async () => {
    expect(
      await fullReadsIn(async () => {
        expect((await listedArticles({ limit: 5 })).docs.length).toBe(5)
        expect((await listedArticles({ sectionSlug, limit: 5 })).docs.length).toBe(5)
        await searchArticles('story')
      }),
    ).toEqual([])
  })

  it('the editor’s form: the working draft and its versions', async () => {
    expect(
      await fullReadsIn(async () => {
        await payload.findByID({ collection: 'articles', id: source.id, draft: true, depth: 0 })
        await payload.findVersions({ collection: 'articles', where: { parent: { equals: source.id } }, limit: 5 })
        // The drafts list: each story's latest version.
        await payload.find({ collection: 'articles', draft: true, where: { id: { in: [source.id] } }, depth: 0 })
      }),
    ).toEqual([])
  })

  it('the rules catch the plans they name (the status index alone, then a sort)', async () => {
    const found = await fullReadsIn(() =>
      payload.find({
        collection: 'articles',
        where: {
          and: [
            { _status: { equals: 'published' } },
            { or: [{ id: { in: [source.id] } }, { translationGroup: { in: [String(source.id)] } }] },
          ],
        },
        overrideAccess: true,
        pagination: false,
        depth: 0,
      }),
    )
    expect(found.map((f) => f.rule)).toContain('reads every live row by status, then sorts them')
  })
})

describe('what a reader’s story page reads', () => {
  it('none of the story’s staff-only columns: its search text is as long as its body', async () => {
    const reads = await readsOf(() => articleBySlug(source.slug))
    const storyReads = reads.filter((r) => /from "articles"/.test(r.sql))
    expect(storyReads.length).toBeGreaterThan(0)
    for (const column of ['search_text', 'workflow_note', 'translation_group'])
      for (const read of storyReads) expect(read.sql, column).not.toContain(`"${column}"`)
  })
})

describe('the database file', () => {
  it('is written ahead (WAL) with NORMAL syncs: a commit appends to the log instead of syncing a rollback journal', async () => {
    const client = payload.db.client as unknown as Client
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal')
    // 1 = NORMAL (2, FULL, is SQLite's default: an fsync on every commit).
    expect(Number((await client.execute('PRAGMA synchronous')).rows[0]?.synchronous)).toBe(1)
  })
})
