/**
 * Grows a benchmark archive to `total` stories by copying the first `originals` article rows (new slugs, release
 * times pushed back by `daysPerCopy` per copy) together with their full-text index rows, in SQLite directly: a
 * 200,000-story archive in minutes instead of hours through Payload. Copies keep their numbering across calls.
 */
export function archiveGrower(dbFile: string, originals: number, daysPerCopy = 30) {
  let copies = 0
  return async function grow(total: number) {
    const { createClient } = await import('@libsql/client')
    const db = createClient({ url: `file:${dbFile}` })
    const cols = (await db.execute('PRAGMA table_info(articles)')).rows
      .map((r) => String(r.name))
      .filter((c) => c !== 'id')
    const count = async () => Number((await db.execute('SELECT count(*) AS n FROM articles')).rows[0].n)
    while ((await count()) < total) {
      const copy = ++copies
      const missing = total - (await count())
      const select = cols.map((c) =>
        c === 'slug'
          ? `slug || '-c${copy}'`
          : c === 'released_at'
            ? `strftime('%Y-%m-%dT%H:%M:%fZ', released_at, '-${copy * daysPerCopy} days')`
            : `"${c}"`,
      )
      await db.execute('BEGIN')
      await db.execute(
        `INSERT INTO articles (${cols.map((c) => `"${c}"`).join(',')}) SELECT ${select.join(',')} FROM articles ORDER BY id LIMIT ${Math.min(missing, originals)}`,
      )
      await db.execute(
        `INSERT INTO article_search (rowid, headline, deck, body, plain, language, section, released_at)
         SELECT c.id, s.headline, s.deck, s.body, s.plain, s.language, s.section, c.released_at
         FROM articles c JOIN articles o ON c.slug = o.slug || '-c${copy}' JOIN article_search s ON s.rowid = o.id`,
      )
      await db.execute('COMMIT')
    }
    await db.execute("INSERT INTO article_search(article_search) VALUES ('optimize')")
    db.close()
  }
}
