import type { Endpoint } from 'payload'

import { isBusyDatabase } from '../server/errors'

const TIMEOUT_MS = 2000

/** Rejects when `work` has not settled within the timeout (a held lock, a hung disk). */
function within<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)),
  )
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * GET /api/health (and /api/health?ready for load balancers): 200 when the database takes a write and gives it
 * back, 503 with the reason when it does not. A read alone is not enough: SQLite serves a small table from its page
 * cache while the disk fails or another process holds the write lock. Never cached.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    const headers = { 'Cache-Control': 'no-store' }
    const beat = `${process.pid}:${started}:${Math.random().toString(36).slice(2)}`
    try {
      // A key of its own per check, so that concurrent checks (other requests, other servers) cannot mix.
      const key = `masthead-health:${beat}`
      await within(req.payload.kv.set(key, { beat }), 'a database write')
      const read = await within(req.payload.kv.get<{ beat: string }>(key), 'a database read')
      if (read?.beat !== beat) throw new Error('the database gave back a different value than it was given')
      await within(req.payload.kv.delete(key), 'a database delete')
      return Response.json({ status: 'ok', database: 'ok', ms: Date.now() - started }, { headers })
    } catch (error) {
      const reason = isBusyDatabase(error)
        ? 'the database is locked by another writer (SQLITE_BUSY)'
        : (error as Error).message
      req.payload.logger.warn({ msg: `Health check failed: ${reason}` })
      return Response.json(
        { status: 'error', database: reason },
        { status: 503, headers: { ...headers, 'Retry-After': '5' } },
      )
    }
  },
}
