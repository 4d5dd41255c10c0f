import type { Payload, PayloadRequest } from 'payload'

import { FIELD_WEIGHTS, mongoTextSearch, type SearchRow } from '../../domain/publishing/search'
import type { SearchHit, SearchIndex } from '.'

type Collection = {
  createIndex(spec: Record<string, unknown>, options: Record<string, unknown>): Promise<unknown>
  replaceOne(filter: object, doc: object, options: object): Promise<unknown>
  deleteOne(filter: object, options: object): Promise<unknown>
  deleteMany(filter: object): Promise<unknown>
  find(filter: object, options: object): { toArray(): Promise<Record<string, unknown>[]> }
}
type MongoDb = { connection: { collection(name: string): Collection }; sessions?: Record<string, unknown> }

const COLLECTION = 'search_index'

async function sessionFor(payload: Payload, req?: PayloadRequest) {
  const id = req?.transactionID ? await req.transactionID : null
  return id != null ? (payload.db as unknown as MongoDb).sessions?.[String(id)] : undefined
}

const collectionOf = (payload: Payload) => (payload.db as unknown as MongoDb).connection.collection(COLLECTION)

/**
 * MongoDB: a `search_index` collection whose text index holds the same pre-made terms as SQLite's FTS5 (MongoDB's
 * own tokeniser does not segment Chinese; `default_language: none` keeps it from stemming or dropping words a
 * second time). Ranked by MongoDB's text score with the same field weights.
 */
export function mongoSearchIndex(payload: Payload): SearchIndex {
  const collection = collectionOf(payload)
  return {
    async put(row: SearchRow, req) {
      const { id, ...fields } = row
      await collection.replaceOne({ _id: String(id) }, fields, {
        upsert: true,
        session: await sessionFor(payload, req),
      })
    },
    async remove(id, req) {
      await collection.deleteOne({ _id: String(id) }, { session: await sessionFor(payload, req) })
    },
    async clear() {
      await collection.deleteMany({})
    },
    async isEmpty() {
      return (await collection.find({}, { projection: { _id: 1 }, limit: 1 }).toArray()).length === 0
    },
    async find(query, filters, { offset, limit }) {
      const releasedAt = {
        ...(filters.from ? { $gte: filters.from } : {}),
        ...(filters.to ? { $lt: filters.to } : {}),
      }
      const rows = await collection
        .find(
          {
            $text: { $search: mongoTextSearch(query) },
            ...(filters.section ? { section: filters.section } : {}),
            ...(Object.keys(releasedAt).length ? { releasedAt } : {}),
          },
          {
            projection: { plain: 1, score: { $meta: 'textScore' } },
            sort: { score: { $meta: 'textScore' }, _id: -1 },
            skip: offset,
            limit,
          },
        )
        .toArray()
      return rows.map((r): SearchHit => ({ id: String(r._id), plain: String(r.plain ?? '') }))
    },
  }
}

/** Creates the text index once per deployment (idempotent); called when Payload starts on MongoDB. */
export async function ensureMongoSearchIndex(payload: Payload) {
  await collectionOf(payload).createIndex(
    { headline: 'text', deck: 'text', body: 'text' },
    {
      name: 'search_terms',
      weights: FIELD_WEIGHTS,
      default_language: 'none',
      // Stories have a `language` field of their own ("zh"), which MongoDB would otherwise read as the text index's
      // language for that document and refuse.
      language_override: 'textIndexLanguage',
    },
  )
  await collectionOf(payload).createIndex({ section: 1, releasedAt: -1 }, { name: 'search_filters' })
}
