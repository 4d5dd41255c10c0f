import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations } from '../migrations'
import type { Env } from './env'

/**
 * DATABASE_URI → adapter. SQLite never pushes its schema: every SQLite file, dev, test or demo, is built by the
 * committed migrations, so a file made in development can be migrated later (a pushed one cannot).
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.database.kind === 'mongodb') {
    return mongooseAdapter({ url: env.database.url, transactionOptions: {} })
  }
  const url = env.database.url
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  }
  return sqliteAdapter({
    client: { url },
    push: false,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    busyTimeout: 5000,
    // Transactions stay off (the adapter's default): libsql hands its connection to each transaction and opens a
    // fresh one without the busy timeout, so concurrent requests then fail with SQLITE_BUSY or lose writes
    // (seen as vanished login sessions under load). The workflow and importer compensate instead; MongoDB
    // (a replica set) runs them in real transactions.
    wal: url.startsWith('file:') ? { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' } : undefined,
  })
}

/** Development and test boots migrate too (the adapter only does it by itself in production). */
export async function migrateIfSqlite(payload: Payload, env: Env) {
  if (env.database.kind === 'sqlite' && !env.isProduction) {
    type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>
    await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
  }
}
