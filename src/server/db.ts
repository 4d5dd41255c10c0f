import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { keepHeldLeases } from '../hooks/editLease'
import { migrations } from '../migrations'
import type { Env } from './env'
import { createSerialClient } from './sqlite/serialClient'
import { claimJobsOneAtATime, type JobsModel } from './jobClaims'
import { trackTransactions } from './transactions'
import { createMongoVersionIndexes, sqliteVersionIndexes } from './versionIndexes'

/** The Mongoose adapter keeps each collection's model by slug. */
type MongoCollections = { collections: Record<string, JobsModel> }
type MongoVersions = { versions: Parameters<typeof createMongoVersionIndexes>[0] }

/**
 * DATABASE_URI → adapter. SQLite never pushes its schema: every SQLite file, dev, test or demo, is built by the
 * committed migrations, so a file made in development can be migrated later (a pushed one cannot).
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.database.kind === 'mongodb') {
    const mongo = mongooseAdapter({ url: env.database.url, transactionOptions: {} })
    return {
      ...mongo,
      init: (args) => {
        const adapter = mongo.init(args)
        keepHeldLeases(adapter)
        trackTransactions(adapter)
        claimJobsOneAtATime(adapter, () => (adapter as unknown as MongoCollections).collections['payload-jobs'])
        const connect = adapter.connect
        adapter.connect = async (...options) => {
          await connect?.apply(adapter, options)
          await createMongoVersionIndexes((adapter as unknown as MongoVersions).versions)
        }
        return adapter
      },
    }
  }
  const url = env.database.url
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  }
  const sqlite = sqliteAdapter({
    client: { url },
    push: false,
    beforeSchemaInit: [sqliteVersionIndexes],
    // A deleted row's id is never given to a new one: the audit trail, search index, leases and purge log refer to
    // items by id, and a reused id would hand a new story the old one's history (and its workflow keys).
    autoIncrement: true,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    // Every operation runs in a transaction: an upload, a publication with its bundle and its audit event commit
    // together or not at all. The serial client below is what makes SQLite transactions safe in one process.
    transactionOptions: { behavior: 'immediate' },
    // The client sets its own short, per-connection busy timeout and waits for other processes asynchronously.
    busyTimeout: 0,
  })
  return {
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args)
      keepHeldLeases(adapter)
      withoutTransactionsWhileMigrating(adapter)
      if (!url.startsWith('file:')) {
        trackTransactions(adapter)
        return adapter
      }
      const client = createSerialClient(
        { url },
        {
          wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
          onSetupFailed: (pragma, error) =>
            args.payload.logger.warn(`SQLite: PRAGMA ${pragma} failed (${String(error)}); carrying on without it`),
          waitMs: env.databaseBusyWaitMs,
          onStuck: (ms) =>
            args.payload.logger.error(
              `A database transaction held the writer for ${Math.round(ms / 1000)} s; rolled back`,
            ),
        },
      )
      adapter.client = client
      trackTransactions(adapter, () => client.watchCommit())
      return adapter
    },
  }
}

/**
 * Migrations run statement by statement, as drizzle wrote them: a table rebuild turns foreign keys off first, which
 * SQLite ignores inside a transaction — and dropping the old table would then cascade into its children.
 */
function withoutTransactionsWhileMigrating(adapter: BaseDatabaseAdapter) {
  let migrating = 0
  const begin = adapter.beginTransaction
  adapter.beginTransaction = (options) => (migrating ? Promise.resolve(null) : begin.call(adapter, options))
  for (const name of ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const) {
    const run = adapter[name] as ((...a: unknown[]) => Promise<void>) | undefined
    if (typeof run !== 'function') continue
    ;(adapter as unknown as Record<string, unknown>)[name] = async (...a: unknown[]) => {
      migrating++
      try {
        await run.apply(adapter, a)
      } finally {
        migrating--
      }
    }
  }
}

/** Development and test boots migrate too (the adapter only does it by itself in production). */
export async function migrateIfSqlite(payload: Payload, env: Env) {
  if (env.database.kind === 'sqlite' && !env.isProduction) {
    type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>
    await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
  }
}
