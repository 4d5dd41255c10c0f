import { APIError } from 'payload'

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503

export type Refusal = APIError & { status: RefusalStatus; name: 'Refusal' }

/**
 * A refusal the caller caused and can fix: its message reaches REST, GraphQL and the admin UI as written.
 * The name is set by hand because minified production builds erase class names, and Payload replaces the
 * message of a nameless error with "An unknown error occurred".
 */
export function refusal(message: string, status: RefusalStatus): Refusal {
  const error = new APIError(message, status, null, true)
  error.name = 'Refusal'
  return error as Refusal
}

export function isRefusal(error: unknown): error is Refusal {
  return error instanceof Error && error.name === 'Refusal' && typeof (error as { status?: unknown }).status === 'number'
}

/** Payload wraps what its file fetch throws in its own 500; the message is how the refusal is recognised. */
export const URL_UPLOADS_OFF = 'Upload from a URL is turned off: download the picture and upload the file itself.'

/** SQLite's "another process holds the write lock", however deep the adapter wrapped it. */
export function isBusyDatabase(error: unknown): boolean {
  for (let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === 'SQLITE_BUSY' || /SQLITE_BUSY|database is locked/i.test(String(e.message ?? ''))) return true
  }
  return false
}
