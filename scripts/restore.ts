// npm run restore -- <backup folder> [--force]: into the database and media folder DATABASE_URI and MEDIA_DIR name.
import { restore } from '../src/server/backup'
import { getEnv } from '../src/server/env'

async function main() {
  const args = process.argv.slice(2)
  const source = args.find((a) => !a.startsWith('--'))
  if (!source) throw new Error('Usage: npm run restore -- <backup folder> [--force]')
  const env = getEnv()
  if (env.database.kind === 'mongodb') {
    throw new Error(
      'MongoDB: restore with `mongorestore --uri "$DATABASE_URI" --archive=<file> --gzip --drop` and copy the media back into MEDIA_DIR (README "Backup and restore").',
    )
  }
  const manifest = await restore({
    source,
    databaseUrl: env.database.url,
    mediaDir: env.mediaDir,
    force: args.includes('--force'),
  })
  console.log(
    `Restored the backup of ${manifest.createdAt} (${manifest.media.length} media files); row counts and checksums match its manifest.`,
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
