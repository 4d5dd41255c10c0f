import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, Field, Payload } from 'payload'

import { etagOf, ifMatchAccepts, isStale, type Revision } from '../domain/concurrency'
import { formatInZone } from '../domain/time'
import { refusal } from '../server/errors'
import { editSessionOf, rememberEditSession } from './editSession'
import { storedItem } from './storedItem'
import { WORKFLOW_CONTEXT } from './workflowGuard'

export const BASE_VERSION = 'baseVersion'

/**
 * The version a write is based on, carried with the document: filled with the revision's time on every read, sent
 * back by the admin form with every save and autosave, and by GraphQL clients in `data`. Never stored.
 */
export const baseVersionField: Field = {
  name: BASE_VERSION,
  type: 'text',
  virtual: true,
  admin: { hidden: true },
  hooks: { afterRead: [({ data }) => (data?.updatedAt as string | undefined) ?? null] },
}

async function whoAndWhen(payload: Payload, current: Revision) {
  const id =
    current.lastEditedBy && typeof current.lastEditedBy === 'object' ? current.lastEditedBy.id : current.lastEditedBy
  const user = id
    ? await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
    : null
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  const zone = (site as { timeZone?: string }).timeZone ?? 'UTC'
  return `${(user as { name?: string } | null)?.name ?? 'Someone'} changed it at ${formatInZone(String(current.updatedAt), zone)} (${zone})`
}

/**
 * Throws unless the write is based on the current revision: 412 for a stale If-Match (HTTP's rule), 409 naming
 * who changed it and when for a stale `baseVersion`. Saves and workflow transitions alike.
 */
export async function assertBasedOnCurrent(
  payload: Payload,
  current: Revision,
  {
    ifMatch,
    base,
    writer,
    session,
  }: { ifMatch?: string | null; base?: string | null; writer?: number | string | null; session?: string | null },
) {
  if (!current.updatedAt) return
  if (ifMatch && !ifMatchAccepts(ifMatch, current.updatedAt)) {
    throw refusal(
      'stale_version',
      `This item changed since you read it: ${await whoAndWhen(payload, current)}. Read it again (its ETag is ${etagOf(current.updatedAt)}) and apply your change to that version.`,
    )
  }
  if (!ifMatch && base && isStale(base, current, writer, session)) {
    throw refusal(
      'conflict',
      `Not done — ${await whoAndWhen(payload, current)}, after the version you were looking at. Your text is still in your form: copy it, reload, and apply it to their version.`,
    )
  }
}

/**
 * Lost updates are refused on every API door (REST, GraphQL, the admin, which uses REST): a write names the version
 * it was based on — `If-Match` with the ETag of a REST read (412 when stale, by HTTP's rules), or `baseVersion` in
 * the data (409 naming who changed it and when). A write to a live item without either is refused with 428: a
 * client that cannot say what it saw would silently put old text back on a corrected story. Drafts never published
 * accept writes without a token, and so does restoring a chosen version (as a draft, which goes through review). Trusted server code (the Local API) is not asked.
 */
export const refuseStaleWrites: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  if (req.payloadAPI === 'local' || req.context?.[WORKFLOW_CONTEXT]) return args
  let id = (args as { id?: number | string }).id
  if (id === undefined) return args // bulk edits: refused for live items by the workflow guard
  if (operation === 'restoreVersion') {
    // Restoring names a version; the document it restores over is that version's parent.
    const version = await req.payload.findVersionByID({
      collection: collection.slug as 'articles',
      id: String(id),
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!version?.parent) return args
    id =
      typeof version.parent === 'object'
        ? (version.parent as { id: number | string }).id
        : (version.parent as number | string)
  }
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const ifMatch = req.headers.get('if-match')
  const base = typeof data[BASE_VERSION] === 'string' ? (data[BASE_VERSION] as string) : null
  const session = editSessionOf(req)
  if (operation === 'update') rememberEditSession(req, collection.slug, id, session)
  const current = (await storedItem(args, req, collection.slug, id, 'draft')) as Revision | null
  if (!current?.updatedAt) return args // a missing item gets Payload's own 404
  if (ifMatch || base) {
    await assertBasedOnCurrent(req.payload, current, { ifMatch, base, writer: req.user?.id, session })
    return args
  }
  // Restoring is an explicit choice of a version (and becomes a draft that goes through review): no token needed.
  if (operation === 'restoreVersion') return args
  const live = await storedItem(args, req, collection.slug, id, 'live')
  if ((live as { _status?: string } | null)?._status === 'published') {
    throw refusal(
      'version_required',
      `This item is live: say which version your change is based on — send If-Match with the ETag of your read (or "${BASE_VERSION}" in the data) — so that a correction made meanwhile is not overwritten.`,
    )
  }
  return args
}

/** REST reads and saves of one document answer with its version token as the ETag. */
export const sendVersionTag: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'findByID' && operation !== 'updateByID') return result
  const updatedAt = (result as { updatedAt?: string } | null)?.updatedAt
  if (updatedAt && req.payloadAPI === 'REST') {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('ETag', etagOf(updatedAt))
  }
  return result
}
