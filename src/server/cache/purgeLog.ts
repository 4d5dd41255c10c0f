import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

import type { EdgeConfig } from '../../domain/publishing/edgePurge.ts'
import { afterCommit } from '../transactions'
import { purgeEdges } from './edges'
import type { PurgeMode } from './pageCache'

/** This process, as the origin of the purges it writes (it applies its own at once). */
export const PROCESS_ID = randomUUID()
const POLL_MS = 100
const KEEP_MS = 24 * 60 * 60 * 1000
/** How long the process that made a change has to reach the edges itself before the web nodes send it again. */
export const EDGE_GRACE_MS = 2000
const EDGE_CHECK_EVERY_MS = 1000

/**
 * Records a purge in the caller's transaction, so it exists exactly when the change does, and runs `apply` (this
 * process's own cache and the edges) once the change has committed. When every edge took it, the row says so;
 * otherwise (an edge down, or this process killed before it got there) the web nodes send it again.
 */
export async function recordPurge(
  req: PayloadRequest,
  tags: string[],
  mode: PurgeMode,
  /** Purges here and at the edges: true when every edge took it, null when there is no edge to tell. */
  apply: () => Promise<boolean | null>,
): Promise<void> {
  if (!tags.length) return
  const row = await req.payload.create({
    collection: 'page-purges',
    data: { tags, mode, origin: PROCESS_ID },
    req,
    depth: 0,
  })
  await afterCommit(req, async () => {
    if ((await apply()) === true) await markEdgesPurged(req.payload, row.id)
  })
}

/**
 * A bookkeeping write straight to the database: the Local API's update would check document locks and run hooks for
 * a row no person edits. A row already swept away is no error.
 */
const markEdgesPurged = (payload: Payload, id: number | string) =>
  payload.db.updateMany({
    collection: 'page-purges',
    where: { id: { equals: id } },
    data: { edgesPurgedAt: new Date().toISOString() },
    returning: false,
  })

/**
 * Sends again, to every edge, the purges no process has delivered: older than the grace period and younger than
 * `retryForMs` (past it the edges' own copies have expired; the row is closed with a warning). Several nodes may
 * both send one: a purge twice is harmless, a purge never is a takedown left standing.
 */
export async function redeliverEdgePurges(
  payload: Payload,
  edges: EdgeConfig[],
  { retryForMs, now = Date.now() }: { retryForMs: number; now?: number },
): Promise<number> {
  if (!edges.length) return 0
  const { docs } = await payload.find({
    collection: 'page-purges',
    where: {
      and: [
        { edgesPurgedAt: { exists: false } },
        { createdAt: { less_than: new Date(now - EDGE_GRACE_MS).toISOString() } },
        // A minute past the retry window, for the warning; older rows (from before this column) are left alone.
        { createdAt: { greater_than: new Date(now - retryForMs - 60_000).toISOString() } },
      ],
    },
    sort: 'id',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  let sent = 0
  for (const row of docs) {
    const tags = row.tags as string[]
    if (Date.parse(row.createdAt) < now - retryForMs) {
      payload.logger.warn({ msg: 'An edge purge was never delivered; the edges’ copies have expired since', tags })
      await markEdgesPurged(payload, row.id)
      continue
    }
    // An edge that refuses one purge is likely down: try the rest on the next pass, not one timeout after another.
    if (!(await purgeEdges(edges, tags, row.mode, payload))) break
    await markEdgesPurged(payload, row.id)
    sent++
  }
  return sent
}

/**
 * Every web node follows the log: a purge written by another process (a node, a jobs worker) reaches this node's
 * page cache within a poll. A node starts at the log's end: its cache is empty, so nothing it missed can be stale.
 * Every second it also sends the edges what no process delivered to them.
 */
export function followPurgeLog(
  payload: Payload,
  purge: (tags: string[], mode: PurgeMode) => void,
  edges: { edges: EdgeConfig[]; retryForMs: number } = { edges: [], retryForMs: 0 },
): () => void {
  let last: number | string | null = null
  let busy = false
  let sweptAt = 0
  let edgesCheckedAt = 0
  let redelivering = false
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
      // Beside the poll, not in it: an edge timing out must not hold up this node's own cache.
      if (edges.edges.length && !redelivering && Date.now() - edgesCheckedAt > EDGE_CHECK_EVERY_MS) {
        edgesCheckedAt = Date.now()
        redelivering = true
        void redeliverEdgePurges(payload, edges.edges, { retryForMs: edges.retryForMs })
          .catch((err: unknown) => payload.logger.warn({ err, msg: 'Sending edge purges again failed; retrying' }))
          .finally(() => {
            redelivering = false
          })
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
