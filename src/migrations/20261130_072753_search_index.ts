import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { searchRow } from '../domain/publishing/search'

/**
 * The archive's full-text index (SQLite FTS5): rowid = article id; headline, deck and body hold index terms made by
 * `src/domain/publishing/search.ts` (stemmed words, Chinese as two-character terms); the rest is carried for
 * snippets and filters. Filled here from every published story; kept by the publish and unpublish path after.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE \`article_search\` USING fts5(
    headline, deck, body,
    plain UNINDEXED, language UNINDEXED, section UNINDEXED, released_at UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
  );`)
  const published = await db.all<{
    id: number
    headline: string | null
    deck: string | null
    search_text: string | null
    language: string | null
    section_id: number | null
    released_at: string | null
    first_published_at: string | null
    updated_at: string | null
  }>(sql`SELECT id, headline, deck, search_text, language, section_id, released_at, first_published_at, updated_at
         FROM \`articles\` WHERE \`_status\` = 'published'`)
  for (const a of published) {
    const row = searchRow({
      id: a.id,
      headline: a.headline,
      deck: a.deck,
      searchText: a.search_text,
      language: a.language,
      section: a.section_id,
      releasedAt: a.released_at,
      firstPublishedAt: a.first_published_at,
      updatedAt: a.updated_at,
    })
    await db.run(sql`INSERT INTO \`article_search\` (rowid, headline, deck, body, plain, language, section, released_at)
      VALUES (${a.id}, ${row.headline}, ${row.deck}, ${row.body}, ${row.plain}, ${row.language}, ${row.section},
              ${row.releasedAt})`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`article_search\`;`)
}
