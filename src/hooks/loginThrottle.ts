import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { RESET_PER_EMAIL, Throttle } from '../domain/auth/throttle'
import { CLIENT_ADDRESS_HEADER } from '../server/http/clientAddress'
import { refusal } from '../server/errors'

const throttle = new Throttle()
const resetsPerClient = new Throttle()
const resetsPerEmail = new Throttle(RESET_PER_EMAIL)
const hash = promisify(pbkdf2)
// Payload's current password hashing (generatePasswordSaltHash.js): the cost an existing account's check has.
const PASSWORD_HASH = { iterations: 600_000, keyLength: 32 }

function keysFor(req: PayloadRequest, email: unknown): string[] {
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  return [
    `ip:${address}`,
    `ip+email:${address}:${String(email ?? '')
      .trim()
      .toLowerCase()}`,
  ]
}

/**
 * Before each sign-in: the client is throttled (429 with the wait), and an unknown email costs the same time as a
 * known one, so response times do not tell which staff accounts exist.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Trusted server code (scripts, tests through the Local API) signs in without a client to throttle.
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const verdict = throttle.attempt(keysFor(req, email))
  if (!verdict.allowed) {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000)
    throw refusal(
      'rate_limited',
      `Too many sign-in attempts from this address; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    )
  }
  if (typeof email === 'string' && email.trim()) {
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      where: { email: { equals: email.trim().toLowerCase() } },
      overrideAccess: true,
    })
    if (!totalDocs)
      await hash(
        String((args as { data?: { password?: unknown } }).data?.password ?? ''),
        randomBytes(32),
        PASSWORD_HASH.iterations,
        PASSWORD_HASH.keyLength,
        'sha256',
      )
  }
  return args
}

export const forgiveLogin: CollectionAfterLoginHook = ({ req, user }) => {
  throttle.succeeded(keysFor(req, (user as { email?: string }).email))
  return user
}

/**
 * Before each password-reset request: the client (as for sign-ins) and the email address asked for are throttled,
 * 429 with the wait. This stands in for Payload's own per-account interval, which is turned off on the users
 * collection: Payload reserves it with a write outside the operation's transaction, and on SQLite that write waits
 * for the very transaction it runs in, so every reset request failed busy after 4 s (503).
 */
export const throttleResetRequests: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .trim()
    .toLowerCase()
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  // The client first: a refused client does not use up the address's turn.
  for (const [limiter, key, what] of [
    [resetsPerClient, `ip:${address}`, 'from this address'],
    [resetsPerEmail, `email:${email}`, 'for this email address'],
  ] as const) {
    const verdict = limiter.attempt([key])
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000)
      throw refusal(
        'rate_limited',
        `A password reset was asked for ${what} moments ago; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      )
    }
  }
  return args
}
