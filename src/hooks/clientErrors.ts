import type { AfterErrorHook } from 'payload'

import { URL_UPLOADS_OFF } from '../server/errors'

/** Errors of a malformed request body that Payload reports as its own (500): they are the client's to fix. */
const MALFORMED_MULTIPART = /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of file|Malformed urlencoded form)$/

/** Turns what a client sent wrong, but Payload answers with a 500, into a 400 that says what to fix. */
export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult }) => {
  const message = clientMessageFor(error)
  if (!message) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message }] } }
}

function clientMessageFor(error: Error): string | null {
  if (MALFORMED_MULTIPART.test(error.message)) return `The multipart body cannot be read (${error.message}); send a well-formed multipart/form-data body.`
  if (error.name === 'SyntaxError') return 'A JSON part of the request (the body or its _payload field) is not valid JSON.'
  if (error.message.includes(URL_UPLOADS_OFF)) return URL_UPLOADS_OFF
  return null
}
