import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { FIELD_WEIGHTS, ftsMatch, type SearchRow } from '../../domain/publishing/search'
import type { SearchHit, SearchIndex } from '.'

type Runner = {
  run(query: ReturnType<typeof sql>): Promise<unknown>
  all<T>(query: ReturnType<typeof sql>): Promise<T[]>
}
type SqliteDb = { drizzle: Runner; sessions?: Record<string, { db?: Runner }> }

/** The request's transaction when it has one, so index rows commit (or roll back) with the publication. */
async function runnerFor(payload: Payload, req?: PayloadRequest): Promise<Runner> {
  const db = payload.db as unknown as SqliteDb
  const id = req?.transactionID ? await req.transactionID : null
  return (id != null && db.sessions?.[String(id)]?.db) || db.drizzle
}

/** How many of the newest matches a query ranks: every match of a specific query, the newest of a common one. */
export const RANK_WINDOW = 2000

/**
 * SQLite FTS5 (the `article_search` virtual table, made by a migration): rowid = article id, the three text columns
 * hold index terms, the rest are carried for snippets and filters. Ranked by FTS5's BM25 with field weights.
 */
export function sqliteSearchIndex(payload: Payload): SearchIndex {
  return {
    async put(row: SearchRow, req) {
      const db = await runnerFor(payload, req)
      await db.run(sql`DELETE FROM article_search WHERE rowid = ${Number(row.id)}`)
      await db.run(
        sql`INSERT INTO article_search (rowid, headline, deck, body, plain, language, section, released_at)
            VALUES (${Number(row.id)}, ${row.headline}, ${row.deck}, ${row.body}, ${row.plain}, ${row.language},
                    ${row.section}, ${row.releasedAt})`,
      )
    },
    async remove(id, req) {
      await (await runnerFor(payload, req)).run(sql`DELETE FROM article_search WHERE rowid = ${Number(id)}`)
    },
    async clear() {
      await (await runnerFor(payload)).run(sql`DELETE FROM article_search`)
    },
    async isEmpty() {
      return (await (await runnerFor(payload)).all(sql`SELECT rowid FROM article_search LIMIT 1`)).length === 0
    },
    async find(query, filters, { offset, limit }) {
      const db = await runnerFor(payload)
      const { headline, deck, body } = FIELD_WEIGHTS
      const match = ftsMatch(query)
      const where = sql`article_search MATCH ${match}
          ${filters.section ? sql`AND section = ${filters.section}` : sql``}
          ${filters.from ? sql`AND released_at >= ${filters.from}` : sql``}
          ${filters.to ? sql`AND released_at < ${filters.to}` : sql``}`
      // BM25 scores every row it ranks, so a query of common words would score most of the archive. The inner query
      // walks the matches from the newest row and stops after RANK_WINDOW of them (every match of a specific query,
      // the newest of a common one); only those are ranked, from the index alone (ties: the newer row first). Only
      // the page's rows are then read whole, for their text.
      return db.all<SearchHit>(sql`
        SELECT s.rowid AS id, s.plain AS plain
        FROM (
          SELECT id, score FROM (
            SELECT rowid AS id, bm25(article_search, ${headline}, ${deck}, ${body}) AS score
            FROM article_search WHERE ${where}
            ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
          )
          ORDER BY score, id DESC LIMIT ${limit} OFFSET ${offset}
        ) AS page
        JOIN article_search AS s ON s.rowid = page.id
        ORDER BY page.score, page.id DESC`)
    },
  }
}
