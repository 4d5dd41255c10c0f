// npm run backup -- <folder>: a consistent snapshot of the database and its media, while the server runs.
import { backup } from '../src/server/backup'
import { getEnv } from '../src/server/env'

async function main() {
  const target = process.argv[2]
  if (!target) throw new Error('Usage: npm run backup -- <new folder>')
  const env = getEnv()
  if (env.database.kind === 'mongodb') {
    throw new Error(
      'MongoDB: back up with `mongodump --uri "$DATABASE_URI" --archive=<file> --gzip` and copy MEDIA_DIR beside it (README "Backup and restore").',
    )
  }
  if (env.mediaStore.kind === 's3')
    // The backup's media check would report every photo missing, and a restore would bring back rows without files.
    throw new Error(
      `Photos are in the bucket ${env.mediaStore.bucket}: back the database up with the bucket's own versioning or replication beside it (docs/deploy.md, "Photo files"), or unset S3_BUCKET for a local copy.`,
    )
  const started = Date.now()
  const manifest = await backup({ databaseUrl: env.database.url, mediaDir: env.mediaDir, target })
  const rows = Object.values(manifest.database.tables).reduce((a, b) => a + b, 0)
  console.log(
    `Backed up ${rows} rows in ${Object.keys(manifest.database.tables).length} tables and ${manifest.media.length} media files to ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  for (const t of ['articles', 'photos', 'captions', 'related_links', 'users'])
    if (t in manifest.database.tables) console.log(`  ${t.padEnd(14)} ${manifest.database.tables[t]}`)
  if (manifest.missingMedia.length)
    console.warn(
      `Warning: ${manifest.missingMedia.length} media files named in the database were missing: ${manifest.missingMedia.slice(0, 5).join(', ')}…`,
    )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
