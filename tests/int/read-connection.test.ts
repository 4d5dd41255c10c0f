import fs from 'node:fs'

import { type Client, createClient, type Row } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localFilePath, openReadConnection, type ReadConnection } from '@/server/sqlite/readConnection'

import { tempSqliteFile } from '../sqliteLock'

/** The read connection that keeps prepared statements: rows as libsql's client builds them, never a stale read. */
let file: string
let removeFile: () => void
let libsql: Client
let reads: ReadConnection

beforeAll(async () => {
  ;({ file, remove: removeFile } = tempSqliteFile('masthead-read-'))
  libsql = createClient({ url: `file:${file}` })
  await libsql.execute('PRAGMA journal_mode = WAL')
  await libsql.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, big INTEGER)')
  await libsql.execute({
    sql: 'INSERT INTO t (name, score, data, big) VALUES (?, ?, ?, ?), (?, ?, ?, ?)',
    args: ['one', 1.5, new Uint8Array([1, 2, 3]).buffer, 7, null, -2, null, 9007199254740991n],
  })
  reads = openReadConnection(file, { busyTimeoutMs: 50, maxStatements: 3 })
})
afterAll(() => {
  reads.close()
  libsql.close()
  removeFile()
})

/** What drizzle and Payload read from a row: its named properties, its positions and its length. */
const blobAsBytes = (v: unknown) => (v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v)
const seen = (rows: Row[]) =>
  rows.map((row) => ({
    named: Object.fromEntries(Object.keys(row).map((k) => [k, blobAsBytes(row[k])])),
    positions: Array.prototype.slice.call(row).map(blobAsBytes),
    length: row.length,
  }))

describe('the kept-statement read connection', () => {
  it('answers with rows shaped as libsql’s client shapes them', async () => {
    const queries = [
      'SELECT * FROM t ORDER BY id',
      // Two columns of one name: the name reads the first, the positions keep both (drizzle's joins read positions).
      'SELECT id, name, id + 10 AS id, \'x\' AS "1", json_array(name, score) AS j FROM t ORDER BY id',
      { sql: 'SELECT name FROM t WHERE id = ? OR big = ?', args: [1, 9007199254740991n] },
      { sql: 'SELECT name FROM t WHERE name = :name', args: { ':name': 'one' } },
      { sql: 'SELECT ? AS flag, ? AS at', args: [true, new Date(0)] },
    ]
    for (const query of queries) {
      const ours = await reads.execute(query)
      const theirs = await libsql.execute(query)
      expect(seen(ours.rows), typeof query === 'string' ? query : query.sql).toEqual(seen(theirs.rows))
      expect(ours.columns).toEqual(theirs.columns)
      expect(JSON.stringify(ours.rows)).toBe(JSON.stringify(theirs.rows))
    }
    const [row] = (await reads.execute('SELECT data FROM t WHERE id = 1')).rows
    expect([...new Uint8Array(row!.data as ArrayBuffer)]).toEqual([1, 2, 3])
  })

  it('refuses what libsql refuses, with the same errors', async () => {
    await expect(reads.execute({ sql: 'SELECT ?', args: [undefined as never] })).rejects.toThrow(/undefined/)
    await expect(reads.execute({ sql: 'SELECT ?', args: [Number.NaN] })).rejects.toThrow(/finite/)
    await expect(reads.execute('SELECT 9007199254740993 AS n')).rejects.toThrow(RangeError)
    await expect(reads.execute('SELECT nope FROM t')).rejects.toMatchObject({ code: 'SQLITE_ERROR' })
  })

  it('keeps a statement once prepared, up to its bound, and drops one that failed', async () => {
    const fresh = openReadConnection(file, { busyTimeoutMs: 50, maxStatements: 3 })
    try {
      await fresh.execute('SELECT 1')
      await fresh.execute('SELECT 1')
      expect(fresh.keptStatements).toBe(1)
      for (const n of [2, 3, 4, 5]) await fresh.execute(`SELECT ${n}`)
      expect(fresh.keptStatements).toBe(3)
      // Fails while running (not while preparing): the prepared statement must not be kept.
      const overflow = 'SELECT abs(-9223372036854775807 - 1) FROM t'
      await expect(fresh.execute(overflow)).rejects.toThrow(/overflow/)
      expect(fresh.keptStatements).toBe(2)
    } finally {
      fresh.close()
    }
  })

  it('sees every commit at once and holds no snapshot between reads', async () => {
    const query = 'SELECT count(*) AS n FROM t'
    const before = Number((await reads.execute(query)).rows[0]!.n)
    await libsql.execute({ sql: 'INSERT INTO t (name) VALUES (?)', args: ['later'] })
    expect(Number((await reads.execute(query)).rows[0]!.n)).toBe(before + 1)
    // A reader holding a snapshot would keep the checkpoint from emptying the log (busy = 1).
    const [checkpoint] = (await libsql.execute('PRAGMA wal_checkpoint(TRUNCATE)')).rows
    expect(Number(checkpoint![0])).toBe(0)
    expect(fs.statSync(`${file}-wal`).size).toBe(0)
  })

  it('reads the new columns after another connection changes the schema', async () => {
    const query = 'SELECT * FROM t WHERE id = 1'
    expect((await reads.execute(query)).columns).not.toContain('extra')
    await libsql.execute("ALTER TABLE t ADD COLUMN extra TEXT NOT NULL DEFAULT 'added'")
    const after = await reads.execute(query)
    expect(after.columns).toContain('extra')
    expect(after.rows[0]!.extra).toBe('added')
  })

  it('opens plain file addresses itself and leaves the others to libsql', () => {
    expect(localFilePath('file:./data/masthead.db')).toBe('./data/masthead.db')
    expect(localFilePath('file:/var/lib/masthead/site.db')).toBe('/var/lib/masthead/site.db')
    expect(localFilePath('file:///var/lib/masthead/site%20one.db')).toBe('/var/lib/masthead/site one.db')
    expect(localFilePath('file::memory:')).toBeNull()
    expect(localFilePath('file:site.db?mode=ro')).toBeNull()
    expect(localFilePath('libsql://example.invalid')).toBeNull()
  })
})
