import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './src/collections/Articles'
import { Captions } from './src/collections/Captions'
import { Photos } from './src/collections/Photos'
import { RelatedLinks } from './src/collections/RelatedLinks'
import { Sections } from './src/collections/Sections'
import { Tags } from './src/collections/Tags'
import { Users } from './src/collections/Users'
import { Site } from './src/globals/Site'
import { databaseAdapter, migrateIfSqlite } from './src/server/db'
import { getEnv } from './src/server/env'

const root = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()

export default buildConfig({
  secret: env.payloadSecret,
  serverURL: env.serverUrl,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  sharp,
  collections: [Articles, Photos, Captions, RelatedLinks, Sections, Tags, Users],
  globals: [Site],
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Masthead' },
    importMap: { baseDir: path.resolve(root, 'src'), importMapFile: path.resolve(root, 'src/app/(payload)/admin/importMap.js') },
  },
  typescript: { outputFile: path.resolve(root, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  logger: { options: { level: env.logLevel } },
  onInit: async (payload) => {
    await migrateIfSqlite(payload, env)
  },
})
