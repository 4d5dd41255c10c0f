import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSerialClient, type SerialClient } from '@/server/sqlite/serialClient'

import { holdWriteLock, tempSqliteFile } from '../sqliteLock'

/** The SQLite client under Payload's transactions: one writer at a time, reads beside it, other processes waited for. */
let file: string
let removeFile: () => void
let db: SerialClient

beforeAll(async () => {
  ;({ file, remove: removeFile } = tempSqliteFile('masthead-serial-'))
  db = createSerialClient({ url: `file:${file}` }, { waitMs: 800 })
  await db.execute('PRAGMA journal_mode = WAL')
  await db.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)')
})
afterAll(() => {
  db.close()
  removeFile()
})

const count = async (client: SerialClient = db) =>
  Number((await client.execute('SELECT count(*) AS n FROM t')).rows[0].n)
const openConnections = () =>
  fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  }).length

describe('the serial SQLite client', () => {
  it('commits a transaction as a whole, and a rollback leaves nothing', async () => {
    const before = await count()
    const tx = await db.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['a'] })
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['b'] })
    // Reads outside the transaction run beside it and do not see its writes yet.
    expect(await count()).toBe(before)
    await tx.commit()
    expect(await count()).toBe(before + 2)

    const undone = await db.transaction('write')
    await undone.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['c'] })
    await undone.rollback()
    expect(await count()).toBe(before + 2)
    expect(undone.closed).toBe(true)
  })

  it('runs concurrent transactions one after the other, none lost, without blocking writes outside them', async () => {
    const before = await count()
    const order: number[] = []
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const tx = await db.transaction('write')
        order.push(i)
        const n = Number((await tx.execute('SELECT count(*) AS n FROM t')).rows[0].n)
        await new Promise((r) => setTimeout(r, 2)) // other transactions are waiting meanwhile
        await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`n${n}`] })
        await tx.commit()
      }),
    )
    await db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['outside'] })
    expect(await count()).toBe(before + 21)
    // Each transaction saw the one before it: the counts it read are all different.
    const seen = (await db.execute("SELECT v FROM t WHERE v LIKE 'n%'")).rows.map((r) => r.v)
    expect(new Set(seen).size).toBe(seen.length)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('keeps two connections however many transactions it runs (libsql leaks one per transaction)', async () => {
    for (let i = 0; i < 50; i++) {
      const tx = await db.transaction('write')
      await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`leak ${i}`] })
      await tx.commit()
    }
    expect(openConnections()).toBe(2)
  })

  it('waits for another process holding the write lock, fails busy past the bound, and recovers', async () => {
    await db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['before the lock'] })
    const release = await holdWriteLock(file)
    try {
      const started = Date.now()
      const error = await db
        .execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['blocked'] })
        .catch((e: unknown) => e)
      expect(String((error as Error).message)).toMatch(/SQLITE_BUSY|database is locked/)
      // It waited for the lock (about the 800 ms bound) rather than failing at the first attempt.
      expect(Date.now() - started).toBeGreaterThanOrEqual(600)
      await expect(db.transaction('write')).rejects.toThrow(/SQLITE_BUSY|locked/)
      // Reads go on meanwhile.
      expect(await count()).toBeGreaterThan(0)
    } finally {
      await release()
    }
    const before = await count()
    await db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['after'] })
    const tx = await db.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['after, in a transaction'] })
    await tx.commit()
    expect(await count()).toBe(before + 2)
    // And a second client on the same file (a new process would be the same) sees every write.
    const other = createSerialClient({ url: `file:${file}` })
    try {
      expect(await count(other)).toBe(before + 2)
    } finally {
      other.close()
    }
  })

  it('a write that waits for the writer longer than the bound fails busy instead of hanging', async () => {
    const tx = await db.transaction('write')
    try {
      await expect(db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['queued'] })).rejects.toThrow(/SQLITE_BUSY/)
    } finally {
      await tx.rollback()
    }
    await db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['next turn'] })
  })

  it('reports a failed COMMIT to whoever asks after it', async () => {
    await db.execute('CREATE TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY)')
    await db.execute(
      'CREATE TABLE IF NOT EXISTS child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)',
    )
    const tx = await db.transaction('write')
    const failure = db.watchCommit()
    await tx.execute({ sql: 'INSERT INTO child (p) VALUES (?)', args: [999] }) // checked only at COMMIT
    await expect(tx.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect(String(failure())).toMatch(/FOREIGN KEY/)
    // The writer is clean for the next one.
    await db.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['after a failed commit'] })
  })
})
