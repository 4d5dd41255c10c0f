import { Buffer } from 'node:buffer'

import { LibsqlError, type InStatement, type ResultSet, type Row } from '@libsql/client'
import Database from 'libsql'

/**
 * The read connection of a local SQLite file, answering SELECTs as libsql's client does but without its per-call
 * costs: libsql's client prepares every statement anew, asks for its columns twice and builds each row with one
 * `Object.defineProperty` per column and another per index. Reading one story page ran about a dozen statements,
 * and those costs were a quarter of the time Payload's database adapter spent on them.
 *
 * Here statements are prepared once and kept (least recently used dropped past `maxStatements`), their columns are
 * read once, and rows are built from a shared prototype: the column names are the row's own enumerable properties
 * (what Payload and drizzle's object mode read) and the positions and `length` are getters on the prototype (what
 * drizzle's array mode reads), so a row looks the same as libsql's.
 *
 * A kept statement is only ever run to its end (reads are synchronous, no other call can interleave), which ends
 * its read transaction; one that fails is dropped, never run again. Only SELECTs come here (the serial client sends
 * every other statement to the writer). After a change of the schema (a migration, by this process or another)
 * SQLite prepares a kept statement again by itself at its next run; its columns are read again when a row comes
 * back wider or narrower than before (a `*` over a changed table; Payload names its columns). Reading the schema
 * version before every statement instead cost more than the preparing it saved.
 */
export type ReadConnection = {
  execute(stmt: InStatement): Promise<ResultSet>
  close(): void
  readonly closed: boolean
  /** How many prepared statements are kept now. */
  readonly keptStatements: number
}

type Kept = {
  statement: Database.Statement
  columns: string[]
  proto: object
  /** The columns that become named properties: the first of each name, as in libsql's rows. */
  named: { at: number; name: string }[]
}

const VALUES = Symbol('row values')

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER)
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)
const MIN_INT64 = -(2n ** 63n)
const MAX_INT64 = 2n ** 63n - 1n

/** The path of a plain local file URL this connection can open itself, or null (let libsql's client handle it). */
export function localFilePath(url: string): string | null {
  const match = /^file:(?:\/\/(?=\/))?([^?#]+)$/.exec(url)
  if (!match || match[1] === ':memory:') return null
  return decodeURIComponent(match[1]!)
}

export function openReadConnection(
  path: string,
  { busyTimeoutMs, maxStatements = 500 }: { busyTimeoutMs: number; maxStatements?: number },
): ReadConnection {
  const db = new Database(path)
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  let closed = false
  const kept = new Map<string, Kept>()

  const prepare = (sql: string): Kept => {
    const found = kept.get(sql)
    if (found) {
      // Most recently used last: the first entry is the one to drop.
      kept.delete(sql)
      kept.set(sql, found)
      return found
    }
    const statement = db.prepare(sql)
    statement.safeIntegers(true)
    statement.raw(true)
    const entry: Kept = { statement, columns: [], proto: {}, named: [] }
    kept.set(sql, entry)
    if (kept.size > maxStatements) kept.delete(kept.keys().next().value!)
    return entry
  }
  /**
   * The statement's columns, read after it ran: SQLite prepares against the schema this connection last loaded
   * and re-prepares at the first step if another connection changed it since, so only then are they current.
   */
  const describe = (entry: Kept, width: number | undefined) => {
    if (entry.columns.length && (width === undefined || width === entry.columns.length)) return
    entry.columns = (entry.statement.columns() as { name: string }[]).map((c) => c.name)
    entry.proto = rowPrototype(entry.columns.length)
    entry.named = namedColumns(entry.columns)
  }

  return {
    async execute(stmt) {
      if (closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
      const sql = typeof stmt === 'string' ? stmt : stmt.sql
      const args = typeof stmt === 'string' ? [] : argsToSql(stmt.args)
      let entry: Kept | undefined
      try {
        entry = prepare(sql)
        const values = entry.statement.all(args) as unknown[][]
        describe(entry, values[0]?.length)
        const rows = values.map((raw) => toRow(raw, entry!))
        return resultSet(entry.columns, rows)
      } catch (error) {
        if (entry) kept.delete(sql)
        throw asLibsqlError(error)
      }
    },
    get keptStatements() {
      return kept.size
    },
    close() {
      if (closed) return
      closed = true
      kept.clear()
      db.close()
    },
    get closed() {
      return closed
    },
  }
}

/** Index getters and `length` for rows of `count` columns, shared by every row of that width. */
const prototypes = new Map<number, object>()
function rowPrototype(count: number): object {
  let proto = prototypes.get(count)
  if (proto) return proto
  proto = {}
  Object.defineProperty(proto, 'length', { value: count })
  for (let i = 0; i < count; i++)
    Object.defineProperty(proto, i, {
      get(this: { [VALUES]: unknown[] }) {
        return this[VALUES][i]
      },
    })
  prototypes.set(count, proto)
  return proto
}

function namedColumns(columns: string[]): Kept['named'] {
  const seen = new Set<string>()
  const named: Kept['named'] = []
  columns.forEach((name, at) => {
    // A name that is also a position keeps the position (libsql defines positions first).
    if (seen.has(name) || (/^\d+$/.test(name) && Number(name) < columns.length)) return
    seen.add(name)
    named.push({ at, name })
  })
  return named
}

function toRow(raw: unknown[], { proto, named }: Kept): Row {
  const row = Object.create(proto) as Record<string | symbol, unknown>
  for (let i = 0; i < raw.length; i++) raw[i] = fromSql(raw[i])
  Object.defineProperty(row, VALUES, { value: raw })
  for (const { at, name } of named) {
    if (name === '__proto__') Object.defineProperty(row, name, { value: raw[at], enumerable: true, writable: true })
    else row[name] = raw[at]
  }
  return row as unknown as Row
}

function fromSql(value: unknown): unknown {
  if (typeof value === 'bigint') {
    if (value < MIN_SAFE || value > MAX_SAFE)
      throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    return Number(value)
  }
  if (value instanceof Buffer) return value.buffer
  return value
}

function argsToSql(args: unknown): unknown[] | Record<string, unknown> {
  if (args === undefined || args === null) return []
  if (Array.isArray(args)) return args.map(toSql)
  const named: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(args as Record<string, unknown>))
    named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value)
  return named
}

function toSql(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    return value
  }
  if (typeof value === 'bigint') {
    if (value < MIN_INT64 || value > MAX_INT64)
      throw new RangeError('bigint is too large to be represented as a 64-bit integer and passed as argument')
    return value
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

function asLibsqlError(error: unknown): unknown {
  if (error instanceof LibsqlError || !(error instanceof Database.SqliteError)) return error
  const e = error as Error & { code: string; rawCode?: number }
  return new LibsqlError(e.message, e.code, e.rawCode, e)
}

function resultSet(columns: string[], rows: Row[]): ResultSet {
  return {
    columns,
    columnTypes: columns.map(() => ''),
    rows,
    rowsAffected: 0,
    lastInsertRowid: undefined,
    toJSON: () => ({
      columns,
      columnTypes: columns.map(() => ''),
      rows: rows.map((row) => Array.prototype.slice.call(row)),
      rowsAffected: 0,
      lastInsertRowid: null,
    }),
  }
}
