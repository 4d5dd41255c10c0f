import type {
  BaseDatabaseAdapter,
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

const LOCKS = 'payload-locked-documents'
const HELD = 'masthead.leaseHeld'

/** How long an edit lease lasts without a heartbeat (the admin renews it while the person types). */
export const LEASE_SECONDS = 120

const leaseOf = (slug: string, id: number | string): Where => ({
  and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }],
})

/**
 * Holders' saves under way, by `slug:id`: noted when the save starts, and taken by the lock clean-up of the same save
 * (Payload's, which deletes the lease) so that it leaves the lease as it is. Saves that never reach the clean-up
 * (refused earlier) leave a note that lapses after NOTE_MS.
 */
const holderSaves = new Map<string, { count: number; at: number }>()
const NOTE_MS = 10_000

/**
 * Edit leases that saves do not release. Payload's document lock (holder, since, heartbeat, "Take over") is the
 * lease, but every save deletes it — and autosave saves every few seconds, so a second person could start typing
 * over the first one's work between two autosaves. A save by the lease holder keeps the lease row itself: a
 * take-over reads the lease's id, then rewrites that row, so a lease deleted and made again by a save landing in
 * between would make the take-over miss (404) while the taker's screen says they hold it.
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
  if (holder !== undefined && String(holder) === String(req.user.id)) {
    const key = `${collection.slug}:${id}`
    ;(req.context as Record<string, unknown>)[HELD] = key
    forgetLapsedNotes()
    const noted = holderSaves.get(key)
    const live = noted && Date.now() - noted.at < NOTE_MS ? noted.count : 0
    holderSaves.set(key, { count: live + 1, at: Date.now() })
  }
  return args
}

/** Notes of saves refused before their clean-up would otherwise stay until the same document is saved again. */
function forgetLapsedNotes(now = Date.now()) {
  for (const [key, noted] of holderSaves) if (now - noted.at >= NOTE_MS) holderSaves.delete(key)
}

/** `slug:id` when `where` names exactly one document's lease (as Payload's clean-up after a save does). */
function leaseKeyOf(where: Where | undefined): string | undefined {
  const and = where?.and
  if (!Array.isArray(and) || and.length !== 2) return undefined
  const slug = (and[0] as Record<string, { equals?: unknown } | undefined>)['document.relationTo']?.equals
  const id = (and[1] as Record<string, { equals?: unknown } | undefined>)['document.value']?.equals
  return typeof slug === 'string' && (typeof id === 'string' || typeof id === 'number') ? `${slug}:${id}` : undefined
}

/**
 * The lock clean-up of a holder's save leaves the lease row in place (see holderSaves). At the adapter, because
 * Payload deletes the lock with the adapter directly, with no hook in between — on MongoDB even without the request.
 */
export function keepHeldLeases(adapter: BaseDatabaseAdapter) {
  const deleteMany = adapter.deleteMany
  adapter.deleteMany = (args) => {
    const key = args.collection === LOCKS ? leaseKeyOf(args.where) : undefined
    const noted = key ? holderSaves.get(key) : undefined
    if (!key || !noted) return deleteMany.call(adapter, args)
    if (noted.count > 1) noted.count--
    else holderSaves.delete(key)
    return Date.now() - noted.at < NOTE_MS ? Promise.resolve() : deleteMany.call(adapter, args)
  }
}

export const keepLeaseAfterSave: CollectionAfterChangeHook = async ({ doc, req, collection, operation }) => {
  if (operation !== 'update' || (req.context as Record<string, unknown>)[HELD] !== `${collection.slug}:${doc.id}`)
    return doc
  await renewLease(req, collection.slug, doc.id)
  return doc
}

/** The save is the holder's heartbeat: the lease they kept is renewed, or made again if it is gone. */
async function renewLease(req: PayloadRequest, slug: string, id: number | string) {
  const { docs } = await req.payload.db.find<{ id: number | string }>({
    collection: LOCKS,
    where: leaseOf(slug, id),
    limit: 1,
    pagination: false,
    req,
  })
  if (docs[0]) {
    await req.payload.db.updateOne({
      collection: LOCKS,
      id: docs[0].id,
      data: { updatedAt: new Date().toISOString() },
      returning: false,
      req,
    })
    return
  }
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
