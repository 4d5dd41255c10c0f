import type { Payload } from 'payload'

export type PublicationChange = {
  collection: string
  doc: Record<string, unknown>
  change: 'publish' | 'unpublish'
  bundled: { collection: string; id: number | string }[]
}

/**
 * Called once for every change to what readers can see. The public site renders per request today, so there is
 * no cache to purge yet; this is the single place on-demand revalidation will hook into.
 */
export async function onPublicationChange(payload: Payload, change: PublicationChange): Promise<void> {
  payload.logger.info({
    msg: `Publication change: ${change.change} ${change.collection} ${String(change.doc.id)}`,
    bundled: change.bundled.length,
  })
}
