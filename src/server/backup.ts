import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/**
 * Backup and restore of a SQLite newsroom: a consistent snapshot of the database taken while the server runs
 * (`VACUUM INTO` reads one transaction's view, WAL included, which a file copy would miss), the media files that
 * snapshot refers to, and a manifest of row counts and checksums that a restore verifies before it is trusted.
 */
export type Manifest = {
  format: 'masthead-backup/1'
  createdAt: string
  database: { file: string; bytes: number; sha256: string; tables: Record<string, number> }
  media: { file: string; bytes: number; sha256: string }[]
  /** Files the database names that were not in the media folder when the backup was taken. */
  missingMedia: string[]
}

const MANIFEST = 'manifest.json'
const DATABASE = 'masthead.db'

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The path of a `file:` SQLite URL; anything else (a remote libsql server) is not ours to snapshot. */
export function sqliteFile(url: string): string {
  if (!url.startsWith('file:'))
    throw new Error(`Backups of ${url.split(':')[0]}: databases are not made here; see README "Backup and restore".`)
  return path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
}

async function tableCounts(file: string): Promise<Record<string, number>> {
  const db = createClient({ url: `file:${file}` })
  try {
    const tables = await db.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      counts[name] = Number((await db.execute(`SELECT count(*) AS n FROM ${quoteIdent(name)}`)).rows[0].n)
    }
    return counts
  } finally {
    db.close()
  }
}

/** Every media file name the photos table refers to (originals and renditions). */
async function mediaNames(file: string): Promise<string[]> {
  const db = createClient({ url: `file:${file}` })
  try {
    const columns = (await db.execute("SELECT name FROM pragma_table_info('photos')")).rows
      .map((r) => String(r.name))
      .filter((c) => c === 'filename' || /^sizes_.*_filename$/.test(c))
    if (!columns.length) return []
    const names = new Set<string>()
    for (const column of columns) {
      const rows = await db.execute(
        `SELECT DISTINCT ${quoteIdent(column)} AS f FROM photos WHERE ${quoteIdent(column)} IS NOT NULL`,
      )
      for (const row of rows.rows) names.add(String(row.f))
    }
    return [...names].sort()
  } finally {
    db.close()
  }
}

export async function backup({
  databaseUrl,
  mediaDir,
  target,
}: {
  databaseUrl: string
  mediaDir: string
  target: string
}): Promise<Manifest> {
  const source = sqliteFile(databaseUrl)
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}.`)
  if (fs.existsSync(target) && fs.readdirSync(target).length)
    throw new Error(`${target} is not empty; back up into a new folder.`)
  fs.mkdirSync(path.join(target, 'media'), { recursive: true })
  const snapshot = path.join(target, DATABASE)
  const db = createClient({ url: `file:${source}` })
  try {
    // Waits for a writer holding the lock rather than failing at once.
    await db.execute('PRAGMA busy_timeout = 10000')
    await db.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
  } finally {
    db.close()
  }
  const media: Manifest['media'] = []
  const missingMedia: string[] = []
  for (const name of await mediaNames(snapshot)) {
    // Names come from our own database, but a backup never writes outside its folder.
    if (name !== path.basename(name)) continue
    const from = path.join(mediaDir, name)
    if (!fs.existsSync(from)) {
      missingMedia.push(name)
      continue
    }
    fs.copyFileSync(from, path.join(target, 'media', name))
    media.push({ file: name, bytes: fs.statSync(from).size, sha256: sha256(path.join(target, 'media', name)) })
  }
  const manifest: Manifest = {
    format: 'masthead-backup/1',
    createdAt: new Date().toISOString(),
    database: {
      file: DATABASE,
      bytes: fs.statSync(snapshot).size,
      sha256: sha256(snapshot),
      tables: await tableCounts(snapshot),
    },
    media,
    missingMedia,
  }
  fs.writeFileSync(path.join(target, MANIFEST), JSON.stringify(manifest, null, 2))
  return manifest
}

/** Checks a backup folder against its manifest; returns the problems found (none = sound). */
export function verifyBackup(dir: string): { manifest: Manifest; problems: string[] } {
  const manifestFile = path.join(dir, MANIFEST)
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} has no ${MANIFEST}: not a Masthead backup.`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== 'masthead-backup/1') throw new Error(`Unknown backup format "${manifest.format}".`)
  const problems: string[] = []
  const db = path.join(dir, manifest.database.file)
  if (!fs.existsSync(db)) problems.push(`the database file ${manifest.database.file} is missing`)
  else if (sha256(db) !== manifest.database.sha256) problems.push('the database file does not match its checksum')
  for (const m of manifest.media) {
    const file = path.join(dir, 'media', m.file)
    if (!fs.existsSync(file)) problems.push(`media/${m.file} is missing`)
    else if (sha256(file) !== m.sha256) problems.push(`media/${m.file} does not match its checksum`)
  }
  return { manifest, problems }
}

export async function restore({
  source,
  databaseUrl,
  mediaDir,
  force,
}: {
  source: string
  databaseUrl: string
  mediaDir: string
  force: boolean
}): Promise<Manifest> {
  const { manifest, problems } = verifyBackup(source)
  if (problems.length)
    throw new Error(`The backup in ${source} is damaged: ${problems.join('; ')}. Nothing was restored.`)
  const target = sqliteFile(databaseUrl)
  const occupied =
    (fs.existsSync(target) && fs.statSync(target).size > 0) ||
    (fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length > 0)
  if (occupied && !force)
    throw new Error(
      `${target} or ${mediaDir} already holds data; restore into empty ones, or add --force to replace them.`,
    )
  fs.mkdirSync(path.dirname(target), { recursive: true })
  for (const leftover of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(leftover, { force: true })
  fs.copyFileSync(path.join(source, manifest.database.file), target)
  fs.mkdirSync(mediaDir, { recursive: true })
  for (const m of manifest.media) fs.copyFileSync(path.join(source, 'media', m.file), path.join(mediaDir, m.file))
  // What was restored is checked against the manifest, not assumed.
  const counts = await tableCounts(target)
  const differing = Object.keys(manifest.database.tables).filter((t) => counts[t] !== manifest.database.tables[t])
  if (differing.length) throw new Error(`The restored database differs from the manifest in: ${differing.join(', ')}.`)
  const badMedia = manifest.media.filter((m) => sha256(path.join(mediaDir, m.file)) !== m.sha256)
  if (badMedia.length)
    throw new Error(`Restored media differ from the manifest: ${badMedia.map((m) => m.file).join(', ')}.`)
  return manifest
}
