import { sameId } from './relations'

/**
 * Optimistic concurrency for reviewed content. A document's version token is the time of its latest revision
 * (`updatedAt`, drafts included): REST sends it as the ETag, GraphQL and the admin form carry it as `baseVersion`.
 */
export type Revision = {
  updatedAt?: string | null
  lastEditedBy?: number | string | { id: number | string } | null
  /** The form (one open editor: a tab, a window, a device) whose save made this revision, when one said so. */
  editSession?: string | null
}

/** What an edit session id may look like: a form's random id, nothing a client could smuggle text in. */
export const EDIT_SESSION = /^[A-Za-z0-9_-]{8,64}$/

/** The request header a write names its edit session in (REST and GraphQL alike). */
export const EDIT_SESSION_HEADER = 'X-Edit-Session'

export const etagOf = (updatedAt: string) => `"${updatedAt}"`

/** RFC 9110 If-Match: `*`, or a list of entity tags (weak ones never match a strong comparison). */
export function ifMatchAccepts(header: string, updatedAt: string): boolean {
  const value = header.trim()
  if (value === '*') return true
  return value.split(',').some((tag) => tag.trim() === etagOf(updatedAt))
}

/**
 * A write based on `base` is stale when a newer revision exists that it did not make itself. "Itself" is the same
 * edit session when the write names one (the admin form does: its autosaves keep going while the token it carries
 * lags behind its own last save), so the same person in two tabs or on two devices is two writers; a client that
 * names no session is one writer per person.
 */
export function isStale(
  base: string,
  current: Revision,
  writer: number | string | null | undefined,
  session?: string | null,
): boolean {
  if (!current.updatedAt) return false
  const baseTime = Date.parse(base)
  if (Number.isNaN(baseTime)) return true
  if (Date.parse(current.updatedAt) <= baseTime) return false
  if (session) return current.editSession !== session
  return !sameId(current.lastEditedBy, writer)
}
