import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { ALL_PAGES, publicationTags, retiredAddressTags } from '../../domain/publishing/cacheTags'
import { getEnv } from '../env'
import { pageCacheBridge, purgeToken } from './bridge'
import { purgeEdges, sendPurge } from './edges'
import { recordPurge } from './purgeLog'
import type { PurgeMode } from './pageCache'

/**
 * The one revalidation module: every change readers can see ends here, whichever collection it comes from.
 * In the web server the purge is in-process; elsewhere (the jobs worker) it is posted to the web server.
 * True when every edge cache took the purge, null when no edge is configured.
 */
export async function purgePublicPages(
  payload: Payload | null,
  tags: string[],
  mode: PurgeMode,
): Promise<boolean | null> {
  const { edges } = getEnv()
  const [, edgesTookIt] = await Promise.all([
    tags.length ? purgeOwnPages(payload, tags, mode) : undefined,
    tags.length && edges.length ? purgeEdges(edges, tags, mode, payload) : true,
  ])
  return edges.length ? edgesTookIt : null
}

/** This process's page cache, or the web server's from a process without one (the jobs worker). */
async function purgeOwnPages(payload: Payload | null, tags: string[], mode: PurgeMode): Promise<void> {
  const bridge = pageCacheBridge()
  if (bridge) return bridge.purge(tags, mode)
  const env = getEnv()
  if (!env.pageCachePurgeUrl) return
  await sendPurge(payload, env.pageCachePurgeUrl, tags, {
    url: env.pageCachePurgeUrl,
    method: 'POST',
    headers: { authorization: `Bearer ${purgeToken(env.payloadSecret)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags, mode }),
  })
}

export type PublicationChange = {
  collection: string
  doc: Record<string, unknown>
  change: 'publish' | 'unpublish'
  bundled: { collection: string; id: number | string }[]
}

/**
 * Published or corrected: pages are refreshed in the background while readers get the previous copy for the
 * moment that takes. Unpublished: pages showing it are dropped at once and never served again; so are pages at
 * a renamed story's old addresses, which now redirect.
 */
export async function revalidateForPublication(
  req: PayloadRequest,
  { collection, doc, change, bundled }: PublicationChange,
) {
  const tags = [
    ...publicationTags(collection, doc as { id: number | string }),
    ...bundled.flatMap((b) => (b.collection === 'captions' ? [] : publicationTags(b.collection, { id: b.id }))),
  ]
  if (collection === 'articles') await purgeWithChange(req, retiredAddressTags(doc), 'hard')
  await purgeWithChange(req, [...new Set(tags)], change === 'unpublish' ? 'hard' : 'soft')
}

/**
 * A purge that belongs to a change: written to the purge log in the change's transaction (every other web node
 * applies it from there), and applied here and at the edges once the change has committed.
 */
export const purgeWithChange = (req: PayloadRequest, tags: string[], mode: PurgeMode) =>
  recordPurge(req, tags, mode, () => purgePublicPages(req.payload, tags, mode))

/** Deleting a document takes it off every page at once. */
export const purgeOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await purgeWithChange(req, publicationTags(collection.slug, doc), 'hard')
}

/**
 * Taxonomy, bylines and site settings show on every page. Only changes to the fields readers see purge: a login
 * (which writes the user's session) must not empty the cache.
 */
export function purgeAllWhenChanged(publicFields: string[]): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    if (publicFields.every((f) => JSON.stringify(doc?.[f]) === JSON.stringify(previousDoc?.[f]))) return
    await purgeWithChange(req, [ALL_PAGES], 'soft')
  }
}

export const purgeAllOnDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await purgeWithChange(req, [ALL_PAGES], 'hard')
}

export const purgeAllOnSiteChange: GlobalAfterChangeHook = async ({ req }) => {
  await purgeWithChange(req, [ALL_PAGES], 'soft')
}
