import { getPayload, type CollectionSlug, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { User } from '@/payload-types'
import { afterCommitSettled } from '@/server/transactions'
import { transition, type TransitionInput } from '@/server/workflow/transition'

export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

/** This file's Payload: set by `withPayload()` before the first test (an ES live binding). */
export let payload: Payload

/** Boots Payload on this file's own database before its first test and shuts it down after its last. */
export function withPayload(): void {
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(async () => {
    // As a clean shutdown does: what a commit started (a mail delivery, a purge) finishes before the database closes.
    await afterCommitSettled()
    await payload?.destroy()
  })
}

let counter = 0
/** A staff account with the given roles, created by trusted server code. */
export async function makeUser(on: Payload, roles: User['roles'], name = roles.join('+')): Promise<User> {
  counter++
  return on.create({
    collection: 'users',
    data: {
      email: `${name.replace(/\W/g, '')}-${counter}-${Date.now()}@test.local`,
      name,
      roles,
      password: 'test-password-1',
    },
  })
}

/** The newsroom most tests need: an administrator, a writer, two editors (four eyes) and the photo desk. */
export async function makeStaff(prefix = '') {
  const staff = {
    admin: await makeUser(payload, ['admin'], `${prefix}admin`),
    writer: await makeUser(payload, ['writer'], `${prefix}writer`),
    editor: await makeUser(payload, ['editor'], `${prefix}editor`),
    editor2: await makeUser(payload, ['editor'], `${prefix}editor-two`),
    desk: await makeUser(payload, ['photo_desk'], `${prefix}desk`),
  }
  return staff
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

type WriteOptions = { draft?: boolean }

/** A create as `user` would make it over REST: their access applies. */
export function createAs<C extends CollectionSlug>(
  user: User | null,
  collection: C,
  data: Partial<RequiredDataFromCollectionSlug<C>>,
  options: WriteOptions = {},
) {
  return payload.create({ collection, data: data as never, user, overrideAccess: false, ...options })
}

/** An update of one document as `user` would make it over REST: their access applies. */
export function updateAs<C extends CollectionSlug>(
  user: User | null,
  collection: C,
  id: number,
  data: Record<string, unknown>,
  options: WriteOptions = {},
) {
  return payload.update({ collection, id, data: data as never, user, overrideAccess: false, ...options })
}

/** A workflow action as `user`, through the one workflow door. */
export function act(
  collection: TransitionInput['collection'],
  id: number,
  action: TransitionInput['action'],
  user: User | null,
  extra: Pick<TransitionInput, 'note' | 'at' | 'until'> = {},
) {
  return transition(payload, { collection, id, action, user, ...extra })
}

/** The workflow's audit trail of one item, oldest first. */
export async function eventsOf(collection: TransitionInput['collection'], id: number) {
  const found = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] },
    sort: 'at',
    limit: 100,
  })
  return found.docs
}

/** The article as an anonymous reader gets it, or null when readers cannot see it. */
export async function asReader(id: number) {
  const found = await payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })
  return found.docs[0] ?? null
}

/**
 * A photo the desk uploaded and took live (two desk members: four eyes), then gave a new file as a draft over the
 * live version, as the admin's upload form does: what the live readers see and what waits for review.
 */
export async function livePhotoWithNewFileInDraft(first: Buffer, second: Buffer, name = 'picture') {
  const desk = await makeUser(payload, ['photo_desk'])
  const desk2 = await makeUser(payload, ['photo_desk'])
  const photo = await payload.create({
    collection: 'photos',
    data: { alt: name, defaultCaption: `Caption of ${name}.` } as never,
    file: { data: first, name: `${name}.jpg`, mimetype: 'image/jpeg', size: first.length },
    user: desk,
    overrideAccess: false,
  })
  for (const [action, who] of [
    ['submit', desk],
    ['approve', desk2],
    ['publish', desk2],
  ] as const)
    await act('photos', photo.id, action, who)
  const live = await payload.findByID({ collection: 'photos', id: photo.id })
  const draft = await payload.update({
    collection: 'photos',
    id: photo.id,
    draft: true,
    data: { baseVersion: live.updatedAt } as never,
    file: { data: second, name: `${name}-new.jpg`, mimetype: 'image/jpeg', size: second.length },
    user: desk,
    overrideAccess: false,
  })
  return { live, draft }
}
