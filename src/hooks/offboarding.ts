import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeLoginHook,
  FlattenedField,
  Payload,
  Where,
} from 'payload'

import { refusal } from '../server/errors'

/** A deactivated account cannot sign in; its name stays on bylines and in the audit trail. */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { deactivated?: boolean }).deactivated)
    throw refusal('not_permitted', 'This account is deactivated; ask an administrator to reactivate it.')
  return user
}

/** Deactivating an account ends every session it has: tokens already handed out stop working at once. */
export const endSessionsOnDeactivation: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.deactivated && !originalDoc?.deactivated) return { ...data, sessions: [] }
  return data
}

/** Every field, in every collection and its revisions, that can point at a user: where a user's work is recorded. */
function userReferences(payload: Payload): { collection: string; path: string }[] {
  const found: { collection: string; path: string }[] = []
  const walk = (collection: string, fields: FlattenedField[], prefix: string) => {
    for (const field of fields) {
      const path = `${prefix}${field.name}`
      if (
        (field.type === 'relationship' || field.type === 'upload') &&
        (field.relationTo === 'users' || (Array.isArray(field.relationTo) && field.relationTo.includes('users')))
      ) {
        if (typeof field.relationTo === 'string') found.push({ collection, path })
      } else if (field.type === 'group' || field.type === 'tab') walk(collection, field.flattenedFields, `${path}.`)
    }
  }
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    if (slug.startsWith('payload-')) continue // sessions of the tool itself (preferences, locks, jobs)
    walk(slug, config.flattenedFields, '')
  }
  return found
}

/**
 * Staff who wrote, edited or approved anything are deactivated, not deleted: deleting them would break bylines,
 * ownership and the audit trail (and the database refuses it). 409 with what to do instead.
 */
export const refuseDeletingContributors: CollectionBeforeDeleteHook = async ({ id, req }) => {
  let total = 0
  for (const { collection, path } of userReferences(req.payload)) {
    const where: Where = { [path]: { equals: id } }
    const { totalDocs } = await req.payload.count({ collection: collection as never, where, overrideAccess: true, req })
    total += totalDocs
  }
  if (total > 0) {
    throw refusal(
      'conflict',
      `This account is named on ${total} item${total === 1 ? '' : 's'} (bylines, ownership, the audit trail). Deactivate it instead: it can no longer sign in and its name stays where it appears.`,
    )
  }
}
