import type { Payload } from 'payload'

import { LISTINGS } from '../../domain/publishing/cacheTags'
import { recordPageTags } from '../cache/bridge'
import { asReader, published, uncounted } from './reader'

/** A section or tag by slug (public taxonomy), or null. */
export async function taxonomyBySlug(
  payload: Payload,
  collection: 'sections' | 'tags',
  slug: string,
): Promise<{ id: number | string; name: string; slug: string } | null> {
  const { docs } = await payload.find({
    collection,
    ...asReader,
    ...uncounted,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  const d = docs[0] as { id: number | string; name: string; slug?: string | null } | undefined
  return d ? { id: d.id, name: d.name, slug: d.slug ?? slug } : null
}

/** A byline page's person: only staff who have at least one published article are public. */
export async function publicAuthor(
  payload: Payload,
  id: number | string,
): Promise<{ id: number | string; name: string; title: string | null } | null> {
  recordPageTags(LISTINGS)
  // An id is a number (SQLite) or an ObjectId (MongoDB); anything else names nobody.
  if (!/^(?:\d{1,15}|[a-f0-9]{24})$/i.test(String(id))) return null
  const { totalDocs } = await payload.count({
    collection: 'articles',
    ...asReader,
    where: published({ authors: { in: [id] } }),
  })
  if (!totalDocs) return null
  const user = await payload.findByID({
    collection: 'users',
    id,
    overrideAccess: true,
    depth: 0,
    select: { name: true, title: true },
    disableErrors: true,
  })
  return user ? { id: user.id, name: user.name, title: user.title ?? null } : null
}

/** A section as the masthead links it. */
export type SectionLink = { id: number | string; name: string; slug: string }

/** Sections in their navigation order (public taxonomy). */
export async function sections(payload: Payload): Promise<SectionLink[]> {
  const { docs } = await payload.find({
    collection: 'sections',
    ...asReader,
    ...uncounted,
    sort: 'order',
    limit: 50,
    depth: 0,
  })
  return docs.map((d) => ({ id: d.id, name: d.name, slug: d.slug ?? String(d.id) }))
}
