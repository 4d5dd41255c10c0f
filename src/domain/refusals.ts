/**
 * Why a request was refused, as a stable code for programs (the scheduler, API clients, tests), each with the one
 * HTTP status it is answered with on every door. The message beside it is for people and may change.
 */
export const REFUSAL_STATUS = {
  /** The request itself is malformed: a field of the wrong type, a date that is not a date, an unknown value. */
  invalid_request: 400,
  /** Content the workflow needs before review is missing (alt text, a correction's date…). */
  incomplete: 400,
  /** The action needs a note or a time that was not given, or a time that is not in the future. */
  needs_note: 400,
  needs_time: 400,
  login_required: 401,
  /** The caller's role or relation to the item does not allow this. */
  not_permitted: 403,
  /** Four-eyes: whoever submitted or last edited an item may not approve it. */
  four_eyes: 403,
  /** Publication changes go through the workflow, not through a save. */
  workflow_only: 403,
  not_found: 404,
  /** The item's state does not allow this action now. */
  wrong_state: 409,
  /** Someone else's change got there first (a concurrent transition, a newer revision). */
  conflict: 409,
  /** Items the article shows are not approved yet. */
  bundle_not_ready: 409,
  /** Nothing to accept: nobody else edited the item since it was submitted. */
  nothing_to_accept: 409,
  stale_version: 412,
  too_large: 413,
  unsupported_media: 415,
  version_required: 428,
  rate_limited: 429,
  busy: 503,
} as const

export type RefusalCode = keyof typeof REFUSAL_STATUS
export type RefusalStatus = (typeof REFUSAL_STATUS)[RefusalCode]
