import { randomUUID } from 'node:crypto'

import type { AfterErrorHook } from 'payload'

import { isBusyDatabase, URL_UPLOADS_OFF } from '../server/errors'

/** Errors of a malformed request body that Payload reports as its own (500): they are the client's to fix. */
const MALFORMED_MULTIPART =
  /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of file|Malformed urlencoded form)$/

/**
 * Turns what a client sent wrong, but Payload answers with a 500, into a 400 that says what to fix; and a database
 * held by another writer into a 503 with Retry-After (the client may simply try again).
 */
export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (isBusyDatabase(error)) {
    const message = 'The database is busy with another write; try again in a few seconds.'
    if (graphqlResult)
      return {
        graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } },
      }
    req.responseHeaders = new Headers({ ...Object.fromEntries(req.responseHeaders ?? []), 'Retry-After': '5' })
    return { status: 503, response: { errors: [{ message }] } }
  }
  const message = clientMessageFor(error, typeof (req.data as { url?: unknown } | undefined)?.url === 'string')
  if (!message) {
    const status = (error as { status?: number }).status ?? 500
    if (graphqlResult) {
      // Payload logged it at info (config: GraphQLError); one of ours to fix gets its stack in the log.
      if (Number(graphqlResult.extensions?.statusCode ?? 500) >= 500)
        req.payload.logger.error({
          err: (error as { originalError?: Error }).originalError ?? error,
          msg: `GraphQL ${graphqlResult.path?.join('.') ?? 'request'} failed`,
        })
      return
    }
    if (status < 500) return
    // Ours to fix: the reader gets an id to quote, the log the same id beside Payload's record of the error.
    const id = randomUUID()
    req.payload.logger.error({ msg: `request ${id} failed: ${req.method} ${req.url?.slice(0, 200)}: ${error.message}` })
    req.responseHeaders = new Headers({ ...Object.fromEntries(req.responseHeaders ?? []), 'X-Request-Id': id })
    return { status: 500, response: { errors: [{ message: `Something went wrong on our side (request ${id}).` }] } }
  }
  if (graphqlResult)
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } },
    }
  return { status: 400, response: { errors: [{ message }] } }
}

function clientMessageFor(error: Error, sentUrl: boolean): string | null {
  if (MALFORMED_MULTIPART.test(error.message))
    return `The multipart body cannot be read (${error.message}); send a well-formed multipart/form-data body.`
  if (error.name === 'SyntaxError')
    return 'A JSON part of the request (the body or its _payload field) is not valid JSON.'
  // Payload's wrapper of any failure to fetch a document's `url` (a refused scheme, our refusal of every fetch).
  if (
    error.message.includes(URL_UPLOADS_OFF) ||
    (sentUrl && error.message.startsWith('There was a problem while uploading the file'))
  )
    return URL_UPLOADS_OFF
  return null
}
