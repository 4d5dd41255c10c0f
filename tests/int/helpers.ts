import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

let counter = 0
/** A staff account with the given roles, created by trusted server code. */
export async function makeUser(payload: Payload, roles: User['roles'], name = roles.join('+')): Promise<User> {
  counter++
  return payload.create({
    collection: 'users',
    data: {
      email: `${name.replace(/\W/g, '')}-${counter}-${Date.now()}@test.local`,
      name,
      roles,
      password: 'test-password-1',
    },
  })
}

/** Runs `fn` and returns the error it throws (fails the test if it does not). */
export async function refusal(
  fn: () => Promise<unknown>,
): Promise<Error & { status?: number; data?: { code?: string } }> {
  try {
    await fn()
  } catch (error) {
    return error as Error & { status?: number }
  }
  throw new Error('Expected the call to be refused, but it succeeded')
}
