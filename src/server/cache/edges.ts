import type { Payload } from 'payload'

import { type EdgeConfig, type EdgeRequest, edgePurgeRequests } from '../../domain/publishing/edgePurge.ts'
import type { PurgeMode } from './pageCache.ts'

/**
 * Every edge cache configured (Varnish, Fastly, Cloudflare), each as its API asks. True when every edge took it:
 * the purge log sends it again otherwise (src/server/cache/purgeLog.ts).
 */
export async function purgeEdges(
  edges: EdgeConfig[],
  tags: string[],
  mode: PurgeMode,
  payload: Pick<Payload, 'logger'> | null,
): Promise<boolean> {
  const sent = await Promise.all(
    edges.flatMap((edge) =>
      edgePurgeRequests(edge, tags, mode).map((request) => sendPurge(payload, edge.kind, tags, request)),
    ),
  )
  return sent.every(Boolean)
}

/** One purge request. A failure is logged, not thrown: the change itself has happened. */
export async function sendPurge(
  payload: Pick<Payload, 'logger'> | null,
  target: string,
  tags: string[],
  request: EdgeRequest,
): Promise<boolean> {
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status} ${(await res.text()).slice(0, 200)}`)
    return true
  } catch (error) {
    payload?.logger.warn({ msg: `Could not purge ${target}: ${String(error)}`, tags })
    return false
  }
}
