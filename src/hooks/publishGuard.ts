import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, type Role } from '../domain/roles'
import { Refusal } from '../server/errors'

/**
 * Only `publishers` may save a document as published (create-as-published, PATCH with _status, the admin's
 * Publish button: all reach this hook). Calls without a user are trusted server code (seed, jobs).
 */
export const publishGuard =
  (publishers: Role[]): CollectionBeforeChangeHook =>
  ({ data, req, collection }) => {
    if (data?._status !== 'published' || !req.user) return data
    if (hasRole(req.user, ...publishers)) return data
    throw new Refusal(
      `You may not publish ${collection.labels.plural ?? collection.slug}: publishing needs the ${publishers.join(' or ')} role. Save a draft instead.`, 403)
  }
