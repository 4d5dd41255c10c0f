import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * Indexes on every versions table, for the reads Payload makes of one document's versions: its latest version
 * (newest first, on every save, publication and editor's form), its history and whether it has a latest draft. Payload indexes
 * `parent`, `updatedAt` and `latest` one by one, so SQLite read and sorted every version of the story to find the
 * newest (with each version's list tables gathered first): ~10 ms a read at 100 versions, on each of several reads
 * per publication. A story edited all day has hundreds.
 */
export const VERSION_INDEXES: { suffix: string; fields: string[] }[] = [
  { suffix: 'parent_updated', fields: ['parent', 'updatedAt', 'createdAt'] },
  // A document's history, newest first (findVersions' own order).
  { suffix: 'parent_created', fields: ['parent', 'createdAt'] },
  { suffix: 'latest_parent', fields: ['latest', 'parent'] },
]

type RawTables = Record<
  string,
  { name: string; columns: Record<string, unknown>; indexes?: Record<string, { name: string; on: string | string[] }> }
>

/** SQLite (drizzle): the indexes join each versions table's schema, so migrations create them like Payload's own. */
export const sqliteVersionIndexes: SQLiteSchemaHook = (args) => {
  // The hook is given the adapter too (untyped): its raw tables are what the drizzle tables are built from.
  const { adapter, schema } = args as typeof args & { adapter: { rawTables: RawTables; versionsSuffix?: string } }
  const tables = adapter.rawTables
  const versionsSuffix = adapter.versionsSuffix ?? '_v'
  for (const table of Object.values(tables)) {
    if (!table.name.startsWith('_') || !table.name.endsWith(versionsSuffix)) continue
    table.indexes ??= {}
    for (const { suffix, fields } of VERSION_INDEXES)
      if (fields.every((f) => f in table.columns))
        table.indexes[`${suffix}_idx`] = { name: `${table.name}_${suffix}_idx`, on: fields }
  }
  return schema
}

type MongoVersions = Record<string, { collection: { createIndex(spec: Record<string, 1>): Promise<unknown> } }>

/** MongoDB: the same indexes on each versions collection, made (idempotently) once connected. */
export async function createMongoVersionIndexes(versions: MongoVersions): Promise<void> {
  await Promise.all(
    Object.values(versions).flatMap((model) =>
      VERSION_INDEXES.map(({ fields }) =>
        model.collection.createIndex(Object.fromEntries(fields.map((f) => [f, 1 as const]))),
      ),
    ),
  )
}
