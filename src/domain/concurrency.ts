import { sameId } from './relations'

/**
 * Optimistic concurrency for reviewed content. A document's version token is the time of its latest revision
 * (`updatedAt`, drafts included): REST sends it as the ETag, GraphQL and the admin form carry it as `baseVersion`.
 */
export type Revision = { updatedAt?: string | null; lastEditedBy?: number | string | { id: number | string } | null }

export const etagOf = (updatedAt: string) => `"${updatedAt}"`

/** RFC 9110 If-Match: `*`, or a list of entity tags (weak ones never match a strong comparison). */
export function ifMatchAccepts(header: string, updatedAt: string): boolean {
  const value = header.trim()
  if (value === '*') return true
  return value.split(',').some((tag) => tag.trim() === etagOf(updatedAt))
}

/**
 * A write based on `base` is stale when a newer revision exists that someone else made. One's own newer
 * revisions do not count: the admin's autosave keeps the token the form was opened with while it saves again and
 * again, and must not conflict with itself.
 */
export function isStale(base: string, current: Revision, writer: number | string | null | undefined): boolean {
  if (!current.updatedAt) return false
  const baseTime = Date.parse(base)
  if (Number.isNaN(baseTime)) return true
  if (Date.parse(current.updatedAt) <= baseTime) return false
  return !sameId(current.lastEditedBy, writer)
}
