import type { PayloadRequest } from 'payload'

import { type PublicationChange, revalidateForPublication } from '../cache/revalidate'

export type { PublicationChange }

/** Called once for every change to what readers can see: the public pages showing it are revalidated. */
export async function onPublicationChange(req: PayloadRequest, change: PublicationChange): Promise<void> {
  req.payload.logger.info({
    msg: `Publication change: ${change.change} ${change.collection} ${String(change.doc.id)}`,
    bundled: change.bundled.length,
  })
  await revalidateForPublication(req, change)
}
