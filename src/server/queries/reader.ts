import type { CollectionSlug, Payload, PayloadRequest, SelectType, Where } from 'payload'

import { PUBLISHED } from '../../access'
import { INTERNAL_FIELD } from '../../fields/internal'

/**
 * How the public site reads. Every call runs as an anonymous reader (overrideAccess: false, no user) AND asks for
 * published documents explicitly, so a mistake in either layer still leaks nothing.
 */
export const asReader = { overrideAccess: false, draft: false } as const

/**
 * For reads whose size is known (an id, a slug, the ids a page shows, a fixed number): Payload's page count would
 * be a second query for each, half of an article page's queries.
 */
export const uncounted = { pagination: false } as const

export const published = (extra?: Where): Where => (extra ? { and: [PUBLISHED, extra] } : PUBLISHED)

export type ReadAs = { overrideAccess: false; draft: boolean; user?: PayloadRequest['user'] }
export const reader: ReadAs = { overrideAccess: false, draft: false }
/** Staff previewing see drafts of what the article shows; readers only what is published. */
export const visibleTo = (readAs: ReadAs) => (w: Where) => (readAs.user ? w : published(w))

const withoutInternal = new WeakMap<object, SelectType | undefined>()
/**
 * A reader's read of whole documents leaves out the collection's staff-only fields, which field access would drop
 * after reading them anyway: a story's search text alone is as long as its body.
 */
export function readerSelect(payload: Payload, collection: CollectionSlug): SelectType | undefined {
  const config = payload.collections[collection].config
  if (!withoutInternal.has(config)) {
    const internal = config.fields.filter(
      (f) => 'name' in f && (f as { custom?: Record<string, unknown> }).custom?.[INTERNAL_FIELD],
    )
    withoutInternal.set(
      config,
      internal.length ? Object.fromEntries(internal.map((f) => [(f as { name: string }).name, false])) : undefined,
    )
  }
  return withoutInternal.get(config)
}
