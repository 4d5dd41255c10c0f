import { APIError } from 'payload'

import { REFUSAL_STATUS, type RefusalCode, type RefusalStatus } from '../domain/refusals'

export type { RefusalCode }
export type Refusal = APIError<{ code: RefusalCode }> & { status: RefusalStatus; name: 'Refusal' }

/**
 * A refusal the caller caused and can fix: its message reaches REST, GraphQL and the admin UI as written, with its
 * code (`errors[0].data.code` on REST, `extensions.data.code` on GraphQL) and the code's one HTTP status.
 * The name is set by hand because minified production builds erase class names, and Payload replaces the
 * message of a nameless error with "An unknown error occurred".
 */
export function refusal(code: RefusalCode, message: string): Refusal {
  const error = new APIError(message, REFUSAL_STATUS[code], { code }, true)
  error.name = 'Refusal'
  return error as Refusal
}

export function isRefusal(error: unknown): error is Refusal {
  return (
    error instanceof Error && error.name === 'Refusal' && typeof (error as { status?: unknown }).status === 'number'
  )
}

/** The refusal's code, or null for any other error. */
export const refusalCode = (error: unknown): RefusalCode | null =>
  isRefusal(error) ? (error.data?.code ?? null) : null

/** A refusal as REST answers it, for endpoints that answer by hand: Payload's error shape, with the code. */
export const refusalResponse = (code: RefusalCode, message: string) =>
  Response.json({ errors: [{ name: 'Refusal', message, data: { code } }] }, { status: REFUSAL_STATUS[code] })

/** An endpoint's answer, with a refusal it runs into answered as REST answers refusals (other errors go on up). */
export async function answeringRefusals(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (isRefusal(error)) return refusalResponse(error.data?.code ?? 'invalid_request', error.message)
    throw error
  }
}

/** Payload wraps what its file fetch throws in its own 500; the message is how the refusal is recognised. */
export const URL_UPLOADS_OFF = 'Upload from a URL is turned off: download the picture and upload the file itself.'

/** SQLite's "another process holds the write lock", however deep the adapter wrapped it. */
export function isBusyDatabase(error: unknown): boolean {
  for (
    let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e.code === 'SQLITE_BUSY' || /SQLITE_BUSY|database is locked/i.test(String(e.message ?? ''))) return true
  }
  return false
}
