import type { AfterErrorHook } from 'payload'

import { URL_UPLOADS_OFF } from '../server/errors'

/** Errors of a malformed request body that Payload reports as its own (500): they are the client's to fix. */
const MALFORMED_MULTIPART = /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of file|Malformed urlencoded form)$/

/**
 * Turns what a client sent wrong, but Payload answers with a 500, into a 400 that says what to fix; and a database
 * held by another writer into a 503 with Retry-After (the client may simply try again).
 */
/** SQLite's "another process holds the write lock", however deep the adapter wrapped it. */
function isBusyDatabase(error: unknown): boolean {
  for (let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === 'SQLITE_BUSY' || /SQLITE_BUSY|database is locked/i.test(String(e.message ?? ''))) return true
  }
  return false
}

export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (isBusyDatabase(error)) {
    const message = 'The database is busy with another write; try again in a few seconds.'
    if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
    req.responseHeaders = new Headers({ ...Object.fromEntries(req.responseHeaders ?? []), 'Retry-After': '5' })
    return { status: 503, response: { errors: [{ message }] } }
  }
  const message = clientMessageFor(error, typeof (req.data as { url?: unknown } | undefined)?.url === 'string')
  if (!message) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message }] } }
}

function clientMessageFor(error: Error, sentUrl: boolean): string | null {
  if (MALFORMED_MULTIPART.test(error.message)) return `The multipart body cannot be read (${error.message}); send a well-formed multipart/form-data body.`
  if (error.name === 'SyntaxError') return 'A JSON part of the request (the body or its _payload field) is not valid JSON.'
  // Payload's wrapper of any failure to fetch a document's `url` (a refused scheme, our refusal of every fetch).
  if (error.message.includes(URL_UPLOADS_OFF) || (sentUrl && error.message.startsWith('There was a problem while uploading the file'))) return URL_UPLOADS_OFF
  return null
}
