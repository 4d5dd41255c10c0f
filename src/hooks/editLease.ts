import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const LOCKS = 'payload-locked-documents'
const HELD = 'masthead.leaseHeld'

/** How long an edit lease lasts without a heartbeat (the admin renews it while the person types). */
export const LEASE_SECONDS = 120

const leaseOf = (slug: string, id: number | string) => ({
  and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }],
})

/**
 * Edit leases that saves do not release. Payload's document lock (holder, since, heartbeat, "Take over") is the
 * lease, but every save deletes it — and autosave saves every few seconds, so a second person could start typing
 * over the first one's work between two autosaves. A save by the lease holder hands the lease straight back to
 * them, in the save's own transaction.
 */
export const noteLeaseHolder: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || !req.user || req.payloadAPI === 'local') return args
  const { docs } = await req.payload.find({
    collection: LOCKS as 'users',
    where: leaseOf(collection.slug, id) as never,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const holder = (docs[0] as { user?: { value?: unknown } } | undefined)?.user?.value
  if (holder !== undefined && String(holder) === String(req.user.id))
    (req.context as Record<string, unknown>)[HELD] = `${collection.slug}:${id}`
  return args
}

export const keepLeaseAfterSave: CollectionAfterChangeHook = async ({ doc, req, collection, operation }) => {
  if (operation !== 'update' || (req.context as Record<string, unknown>)[HELD] !== `${collection.slug}:${doc.id}`)
    return doc
  await renewLease(req, collection.slug, doc.id)
  return doc
}

async function renewLease(req: PayloadRequest, slug: string, id: number | string) {
  const { totalDocs } = await req.payload.count({
    collection: LOCKS as 'users',
    where: leaseOf(slug, id) as never,
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  await req.payload.create({
    collection: LOCKS as 'users',
    overrideAccess: true,
    req,
    data: {
      document: { relationTo: slug, value: id },
      globalSlug: null,
      user: { relationTo: 'users', value: req.user!.id },
    } as never,
  })
}
