import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

import { afterCommit } from '../transactions'
import type { PurgeMode } from './pageCache'

/** This process, as the origin of the purges it writes (it applies its own at once). */
export const PROCESS_ID = randomUUID()
const POLL_MS = 100
const KEEP_MS = 24 * 60 * 60 * 1000

/**
 * Records a purge in the caller's transaction, so it exists exactly when the change does, and runs `apply` (this
 * process's own cache and the edges) once the change has committed.
 */
export async function recordPurge(
  req: PayloadRequest,
  tags: string[],
  mode: PurgeMode,
  apply: () => Promise<void>,
): Promise<void> {
  if (!tags.length) return
  await req.payload.create({ collection: 'page-purges', data: { tags, mode, origin: PROCESS_ID }, req, depth: 0 })
  await afterCommit(req, apply)
}

/**
 * Every web node follows the log: a purge written by another process (a node, a jobs worker) reaches this node's
 * page cache within a poll. A node starts at the log's end: its cache is empty, so nothing it missed can be stale.
 */
export function followPurgeLog(payload: Payload, purge: (tags: string[], mode: PurgeMode) => void): () => void {
  let last: number | string | null = null
  let busy = false
  let sweptAt = 0
  const read = (where: Where, sort: string, limit: number) =>
    payload.find({ collection: 'page-purges', where, sort, limit, depth: 0, overrideAccess: true, pagination: false })
  const poll = async () => {
    if (busy) return
    busy = true
    try {
      if (last === null) {
        last = (await read({}, '-id', 1)).docs[0]?.id ?? 0
        return
      }
      const { docs } = await read({ id: { greater_than: last } }, 'id', 500)
      for (const row of docs) {
        last = row.id
        if (row.origin !== PROCESS_ID) purge(row.tags as string[], row.mode)
      }
      if (Date.now() - sweptAt > 10 * 60 * 1000) {
        sweptAt = Date.now()
        await payload.delete({
          collection: 'page-purges',
          where: { createdAt: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } },
          overrideAccess: true,
        })
      }
    } catch (err) {
      payload.logger.warn({ err, msg: 'Reading the purge log failed; retrying' })
    } finally {
      busy = false
    }
  }
  const timer = setInterval(() => void poll(), POLL_MS)
  timer.unref()
  void poll()
  return () => clearInterval(timer)
}
