import type { Payload, PayloadRequest } from 'payload'

import { type SearchQuery, type SearchRow, searchRow } from '../../domain/publishing/search'
import { ensureMongoSearchIndex, mongoSearchIndex } from './mongo'
import { sqliteSearchIndex } from './sqlite'

/** Filters a reader can add to a search: a section (its id) and a release-time range (ISO instants, end exclusive). */
export type SearchFilters = { section?: string | null; from?: string | null; to?: string | null }
export type SearchHit = { id: number | string; plain: string }

/**
 * The archive's full-text index: one row per published story, written in the same transaction as the publication
 * (or unpublication) that changes it, so what search finds is what readers may see, from the next request on.
 */
export interface SearchIndex {
  put(row: SearchRow, req?: PayloadRequest): Promise<void>
  remove(id: number | string, req?: PayloadRequest): Promise<void>
  clear(): Promise<void>
  isEmpty(): Promise<boolean>
  /** Best first (BM25-style relevance with the headline weighted most; on a tie, the story added later). */
  find(query: SearchQuery, filters: SearchFilters, page: { offset: number; limit: number }): Promise<SearchHit[]>
}

export function searchIndexOf(payload: Payload): SearchIndex {
  return payload.db.name === 'mongoose' ? mongoSearchIndex(payload) : sqliteSearchIndex(payload)
}

/** The live (published) row of an article, read past access control and versions, in the request's transaction. */
async function liveArticle(req: PayloadRequest, id: number | string) {
  const live = await req.payload.db.findOne<Parameters<typeof searchRow>[0] & { _status?: string }>({
    collection: 'articles',
    where: { id: { equals: id } },
    req,
  })
  return live?._status === 'published' ? live : null
}

/**
 * After any write to an article: a publication (re)indexes what went live; a write that leaves nothing live removes
 * the story; a draft saved over a live story leaves the live story's row as it is.
 */
export async function followArticle(req: PayloadRequest, id: number | string, wrotePublished: boolean) {
  const index = searchIndexOf(req.payload)
  const live = await liveArticle(req, id)
  if (!live) await index.remove(id, req)
  else if (wrotePublished) await index.put(searchRow(live), req)
}

/** Rebuilds the index from every published article (a new MongoDB deployment, or `npm run search:rebuild`). */
export async function rebuildSearchIndex(payload: Payload, batchSize = 200): Promise<number> {
  const index = searchIndexOf(payload)
  await index.clear()
  let indexed = 0
  let after: number | string | null = null
  for (;;) {
    // Walked by id (not by page), so stories published meanwhile neither shift nor repeat a batch.
    const batch: { docs: Parameters<typeof searchRow>[0][] } = await payload.db.find({
      collection: 'articles',
      where: {
        and: [{ _status: { equals: 'published' } }, ...(after === null ? [] : [{ id: { greater_than: after } }])],
      },
      limit: batchSize,
      sort: 'id',
      pagination: false,
    })
    for (const article of batch.docs) await index.put(searchRow(article))
    indexed += batch.docs.length
    if (batch.docs.length < batchSize) return indexed
    after = batch.docs[batch.docs.length - 1].id
  }
}

/**
 * At start-up on MongoDB: the text index exists, and a deployment that has stories but no index rows (new, or
 * upgraded to a version with search) gets them. SQLite's index is made and filled by its migration.
 */
export async function prepareSearchIndex(payload: Payload) {
  if (payload.db.name !== 'mongoose') return
  await ensureMongoSearchIndex(payload)
  if (await searchIndexOf(payload).isEmpty())
    payload.logger.info(`Search index rebuilt: ${await rebuildSearchIndex(payload)} stories`)
}
