import type { Payload } from 'payload'

import { type EdgeConfig, type EdgeRequest, edgePurgeRequests } from '../../domain/publishing/edgePurge.ts'
import type { PurgeMode } from './pageCache.ts'

/** Every edge cache configured (Varnish, Fastly, Cloudflare), each as its API asks. */
export async function purgeEdges(
  edges: EdgeConfig[],
  tags: string[],
  mode: PurgeMode,
  payload: Pick<Payload, 'logger'> | null,
): Promise<void> {
  await Promise.all(
    edges.flatMap((edge) =>
      edgePurgeRequests(edge, tags, mode).map((request) => sendPurge(payload, edge.kind, tags, request)),
    ),
  )
}

/** One purge request. A failure is logged: the change itself has happened, and the caches' maximum age bounds the lag. */
export async function sendPurge(
  payload: Pick<Payload, 'logger'> | null,
  target: string,
  tags: string[],
  request: EdgeRequest,
): Promise<void> {
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status} ${(await res.text()).slice(0, 200)}`)
  } catch (error) {
    payload?.logger.warn({ msg: `Could not purge ${target}: ${String(error)}`, tags })
  }
}
