import { localFilePath, openReadConnection } from './readConnection'
import {
  type Client,
  type Config,
  createClient,
  type InStatement,
  LibsqlError,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'

/**
 * A libsql client for one process writing to a SQLite file, made for Payload's transactions.
 *
 * Why not libsql's own client: its `transaction()` hands its only connection to the transaction and lazily opens
 * a fresh one for everything else — without the busy timeout or any other setting — and never closes the one it
 * handed over. Worse, libsql runs statements synchronously: while one transaction holds the write lock, a write on
 * any other connection of the same process blocks the whole event loop for the busy timeout, so the transaction
 * can never finish; both fail with SQLITE_BUSY. SQLite allows one writer at a time anyway, so this client makes
 * that explicit:
 *
 * - two long-lived connections, both set up the same way: one for reads outside transactions (WAL lets them run
 *   beside a writer) and one for everything that writes;
 * - the writer is taken in turn, first come first served, by a transaction (from BEGIN to COMMIT/ROLLBACK) or by one
 *   statement outside a transaction — never blocking the event loop while waiting;
 * - another process holding the lock (a backup, a script) is waited for asynchronously with short synchronous
 *   attempts and backoff, within a bound; past it the error says SQLITE_BUSY and the server answers 503.
 */
export type SerialClientOptions = {
  /** How long one synchronous attempt may wait for another process's lock (blocks the event loop; keep it short). */
  attemptMs?: number
  /** How long a write may wait in all, for this process's turn and for other processes' locks, before it fails busy. */
  waitMs?: number
  /** A transaction holding the writer longer than this is rolled back (a bug left it open), so writes do not stop. */
  holdMs?: number
  onStuck?: (heldMs: number) => void
  /**
   * Write-ahead logging for the file: readers beside the writer, and a commit that appends to the log instead of
   * rewriting a rollback journal with an fsync each time (NORMAL syncs at checkpoints). The database adapter's own
   * `wal` option is not applied to a client handed to it, so the client sets it.
   */
  wal?: { journalSizeLimit: number; synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA' }
  onSetupFailed?: (pragma: string, error: unknown) => void
}

type Turn = { release: () => void }

const READ = /^\s*select\b/i

export const BUSY_CODE = 'SQLITE_BUSY'

export function busyError(detail: string): LibsqlError {
  return new LibsqlError(`SQLITE_BUSY: database is locked (${detail})`, BUSY_CODE)
}

const isBusy = (error: unknown) => {
  const e = error as { code?: unknown; message?: unknown; rawCode?: unknown }
  return e?.code === BUSY_CODE || e?.rawCode === 5 || /SQLITE_BUSY|database is locked/i.test(String(e?.message ?? ''))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type SerialClient = Client & {
  /** The open transaction's outcome, to be asked after its commit: the failure of a COMMIT that went wrong. */
  watchCommit(): () => unknown
}

export function createSerialClient(config: Config, options: SerialClientOptions = {}): SerialClient {
  const attemptMs = options.attemptMs ?? 50
  const waitMs = options.waitMs ?? 4000
  const holdMs = options.holdMs ?? 60_000

  const open = () => {
    const connection = createClient(config)
    // Settings are per connection: both get the same ones. (A local client runs each statement as it is called.)
    void connection.execute(`PRAGMA busy_timeout = ${attemptMs}`)
    if (options.wal) {
      // The journal mode is the file's own (it stays); the other two are the connection's. Switching needs the file
      // to itself for a moment: another process holding it leaves this one on the rollback journal (slower, as safe)
      // until the next start.
      for (const pragma of [
        'journal_mode = WAL',
        `journal_size_limit = ${Math.floor(options.wal.journalSizeLimit)}`,
        `synchronous = ${options.wal.synchronous}`,
      ])
        connection.execute(`PRAGMA ${pragma}`).catch((error) => options.onSetupFailed?.(pragma, error))
    }
    return connection
  }
  /**
   * A connection that starts afresh after SQLITE_BUSY. libsql leaves the statement that failed busy "in progress"
   * (SQLite keeps it resumable) until the garbage collector finalises it; meanwhile its connection stays inside an
   * implicit transaction — every later write on it joins that transaction and is never committed (lost at exit),
   * and its reads see an old snapshot. Closing the connection is the only way to let go of that statement.
   */
  const connection = <C extends { close(): void }>(open: () => C) => {
    let current = open()
    return {
      get client() {
        return current
      },
      recycle() {
        current.close()
        current = open()
      },
      async use<T>(work: (c: C) => Promise<T>): Promise<T> {
        try {
          return await work(current)
        } catch (error) {
          if (isBusy(error)) this.recycle()
          throw error
        }
      },
    }
  }
  const writer = connection(open)
  const readPath = localFilePath(config.url)
  // A plain local file gets the read connection that keeps its prepared statements; anything else libsql's client.
  const reader = connection<Pick<Client, 'execute' | 'close' | 'closed'>>(
    readPath ? () => openReadConnection(readPath, { busyTimeoutMs: attemptMs }) : open,
  )

  const queue: (() => void)[] = []
  let held: { since: number; timer?: NodeJS.Timeout; abort?: () => void; failure?: unknown } | null = null

  /** The writer's turn, in arrival order; bounded so a stuck holder cannot pile up requests forever. */
  function takeTurn(deadline: number): Promise<Turn> {
    const grant = (): Turn => {
      held = { since: Date.now() }
      held.timer = setTimeout(() => {
        options.onStuck?.(Date.now() - (held?.since ?? Date.now()))
        held?.abort?.()
      }, holdMs)
      held.timer.unref?.()
      let released = false
      return {
        release: () => {
          if (released) return
          released = true
          clearTimeout(held?.timer)
          held = null
          queue.shift()?.()
        },
      }
    }
    if (!held && queue.length === 0) return Promise.resolve(grant())
    return new Promise((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer)
        resolve(grant())
      }
      const timer = setTimeout(
        () => {
          const at = queue.indexOf(waiter)
          if (at >= 0) queue.splice(at, 1)
          reject(busyError(`waited ${Math.round(waitMs / 1000)} s for another write in this server to finish`))
        },
        Math.max(0, deadline - Date.now()),
      )
      queue.push(waiter)
    })
  }

  /** Runs `work` until it stops failing busy (another process's lock) or the deadline passes. */
  async function retryBusy<T>(work: () => Promise<T>, deadline: number): Promise<T> {
    for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
      try {
        return await work()
      } catch (error) {
        const left = deadline - Date.now()
        if (!isBusy(error) || left <= 0) throw error
        await sleep(Math.min(pause, left))
      }
    }
  }

  async function withWriter<T>(work: (c: Client) => Promise<T>): Promise<T> {
    const deadline = Date.now() + waitMs
    const turn = await takeTurn(deadline)
    try {
      return await retryBusy(() => writer.use(work), deadline)
    } finally {
      turn.release()
    }
  }

  const client: SerialClient = {
    watchCommit() {
      const turn = held
      return () => turn?.failure
    },
    get closed() {
      return reader.client.closed || writer.client.closed
    },
    protocol: 'file',
    execute(stmt: InStatement | string, args?: unknown) {
      const statement = (typeof stmt === 'string' && args !== undefined ? { sql: stmt, args } : stmt) as InStatement
      const sql = typeof statement === 'string' ? statement : statement.sql
      if (READ.test(sql)) return retryBusy(() => reader.use((c) => c.execute(statement)), Date.now() + waitMs)
      return withWriter((c) => c.execute(statement))
    },
    batch: (stmts: InStatement[], mode?: TransactionMode) => withWriter((c) => c.batch(stmts, mode)),
    migrate: (stmts: InStatement[]) => withWriter((c) => c.migrate(stmts)),
    executeMultiple: (sql: string) => withWriter((c) => c.executeMultiple(sql)),
    async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
      const deadline = Date.now() + waitMs
      const turn = await takeTurn(deadline)
      try {
        // IMMEDIATE takes the file's write lock now, so nothing later in the transaction can fail busy.
        await retryBusy(
          () => writer.use((c) => c.execute(mode === 'read' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE')),
          deadline,
        )
      } catch (error) {
        turn.release()
        throw error
      }
      return openTransaction(turn)
    },
    sync: () => Promise.reject(new LibsqlError('sync is not supported by a local file', 'SYNC_NOT_SUPPORTED')),
    close() {
      reader.client.close()
      writer.client.close()
    },
  } as SerialClient

  function openTransaction(turn: Turn): Transaction {
    let open = true
    let busy = false
    const state = held
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return
      open = false
      try {
        // A statement that failed busy stays in progress and would make COMMIT fail: the transaction is undone.
        if (busy && sql === 'COMMIT') throw busyError('a statement of this transaction could not take the lock')
        await writer.client.execute(sql)
      } catch (error) {
        if (sql === 'COMMIT' && state) state.failure = error
        // A failed COMMIT leaves the transaction open: roll it back so the writer is clean for the next turn.
        if (sql === 'COMMIT') await writer.client.execute('ROLLBACK').catch(() => undefined)
        // SQLite may already have rolled back by itself (an I/O error, a full disk): nothing left to undo.
        if (sql === 'COMMIT' || !/no transaction is active/i.test(String((error as Error).message))) throw error
      } finally {
        if (busy) writer.recycle()
        turn.release()
      }
    }
    const run = async (stmt: InStatement) => {
      if (!open) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
      try {
        return await writer.client.execute(stmt)
      } catch (error) {
        busy ||= isBusy(error)
        throw error
      }
    }
    if (held) held.abort = () => void end('ROLLBACK').catch(() => undefined)
    return {
      execute: run,
      async batch(stmts: InStatement[]) {
        const results: ResultSet[] = []
        for (const stmt of stmts) results.push(await run(stmt))
        return results
      },
      async executeMultiple() {
        // libsql's executeMultiple rolls back whatever transaction is open when it ends.
        throw new LibsqlError(
          'executeMultiple cannot run inside a transaction; execute the statements one by one',
          'NOT_SUPPORTED',
        )
      },
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close() {
        void end('ROLLBACK').catch(() => undefined)
      },
      get closed() {
        return !open
      },
    }
  }

  return client
}
