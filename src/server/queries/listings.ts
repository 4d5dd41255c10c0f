import type { Payload, Where } from 'payload'

import { LISTINGS } from '../../domain/publishing/cacheTags'
import type { Photo } from '../../payload-types'
import { bylineNames } from '../../domain/publishing/byline'
import { articlePath, storyLanguage } from '../../domain/editions'
import { idOf } from '../../domain/relations'
import { releaseTimeOf } from '../../domain/time'
import { recordPageTags } from '../cache/bridge'
import { asReader, published, uncounted } from './reader'
import { taxonomyBySlug } from './taxonomy'

export type ListedArticle = {
  id: number | string
  headline: string
  deck: string | null
  slug: string
  published: string
  updated: string
  section: { name: string; slug: string } | null
  byline: string[]
  hero: Photo | null
  /** The story's edition, and its address on the site (the edition's prefix included). */
  language: string
  path: string
  /** The lead picture as feeds enclose it: the feature rendition (else the original), with its size and type. */
  image: { url: string; bytes: number | null; type: string | null } | null
}

/** Published articles for feeds and sitemaps, newest first, with only the fields those need. */
export async function listedArticles(
  payload: Payload,
  {
    limit = 50,
    page = 1,
    sectionSlug,
    tagSlug,
    authorId,
    since,
    excluding = [],
    counted = true,
    ids,
    language,
    defaultLanguage = 'en',
  }: {
    limit?: number
    page?: number
    sectionSlug?: string
    tagSlug?: string
    authorId?: number | string
    since?: Date
    /** Stories already shown elsewhere on the page. */
    excluding?: (number | string)[]
    /** False for a block with no pager (the front page's): the total is then not counted (one query less). */
    counted?: boolean
    /** Only these stories (search results, ranked elsewhere). */
    ids?: (number | string)[]
    /** The edition listed: a language, or '*' for every edition; the publication's own language when not given. */
    language?: string
    /** The publication's language: its stories have the plain addresses (and those from before editions are in it). */
    defaultLanguage?: string
  } = {},
): Promise<{
  docs: ListedArticle[]
  totalDocs: number
  totalPages: number
}> {
  recordPageTags(LISTINGS)
  const filters: Where[] = []
  // By id, not by a join on the slug: the (section, status, release time) index then answers list and count alone.
  for (const [collection, slug, field] of [
    ['sections', sectionSlug, 'section'],
    ['tags', tagSlug, 'tags'],
  ] as const) {
    if (!slug) continue
    const term = await taxonomyBySlug(payload, collection, slug)
    if (!term) return { docs: [], totalDocs: 0, totalPages: 0 }
    filters.push({ [field]: { equals: term.id } })
  }
  if (authorId !== undefined) filters.push({ authors: { in: [authorId] } })
  if (excluding.length) filters.push({ id: { not_in: excluding } })
  if (ids) filters.push({ id: { in: ids } })
  if (since) filters.push({ firstPublishedAt: { greater_than_equal: since.toISOString() } })
  const edition = language ?? defaultLanguage
  if (edition !== '*')
    filters.push(
      edition === defaultLanguage
        ? { or: [{ language: { equals: edition } }, { language: { exists: false } }] }
        : { language: { equals: edition } },
    )
  const result = await payload.find({
    collection: 'articles',
    ...asReader,
    where: published(filters.length ? { and: filters } : undefined),
    // Named stories are read by their ids (the caller orders them); sorting them by release time would walk the
    // release-time index over the whole archive to find a page of twenty.
    sort: ids ? 'id' : ['-releasedAt', '-id'],
    limit,
    page,
    pagination: counted,
    // Relations are read below, one query per collection for the whole page: Payload's population (depth 1)
    // costs ~20 % more on a page of fifty.
    depth: 0,
    select: {
      headline: true,
      deck: true,
      slug: true,
      firstPublishedAt: true,
      releasedAt: true,
      updatedAt: true,
      section: true,
      bylineText: true,
      authors: true,
      hero: true,
      language: true,
    },
  })
  const idsOf = (values: unknown[]) => [
    ...new Set(values.map(idOf).filter((id): id is number | string => id !== null && id !== undefined)),
  ]
  const authorIds = idsOf(result.docs.flatMap((d) => d.authors ?? []))
  const heroIds = idsOf(result.docs.map((d) => d.hero?.photo))
  const sectionIds = idsOf(result.docs.map((d) => d.section))
  const [names, heroes, sections] = await Promise.all([
    byId(
      authorIds,
      // Readers may not list staff accounts; a byline needs only the public name.
      (ids) =>
        payload.find({
          collection: 'users',
          overrideAccess: true,
          ...uncounted,
          where: { id: { in: ids } },
          select: { name: true },
          depth: 0,
          limit: ids.length,
        }),
    ),
    byId(heroIds, (ids) =>
      payload.find({
        collection: 'photos',
        ...asReader,
        ...uncounted,
        where: published({ id: { in: ids } }),
        depth: 0,
        limit: ids.length,
      }),
    ),
    byId(sectionIds, (ids) =>
      payload.find({
        collection: 'sections',
        ...asReader,
        ...uncounted,
        where: { id: { in: ids } },
        select: { name: true, slug: true },
        depth: 0,
        limit: ids.length,
      }),
    ),
  ])
  return {
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    docs: result.docs.map((d) => {
      const hero = heroes.get(String(idOf(d.hero?.photo))) ?? null
      const section = sections.get(String(idOf(d.section)))
      return {
        id: d.id,
        headline: d.headline,
        deck: d.deck ?? null,
        slug: d.slug ?? String(d.id),
        published: releaseTimeOf(d),
        updated: d.updatedAt,
        section: section ? { name: section.name, slug: section.slug ?? '' } : null,
        byline: bylineNames(
          (d.authors ?? []).map((a) => ({ name: names.get(String(idOf(a)))?.name })),
          d.bylineText,
        ),
        hero: hero ?? null,
        image: leadImage(hero),
        language: storyLanguage(d, defaultLanguage),
        path: articlePath(d.slug ?? String(d.id), storyLanguage(d, defaultLanguage), defaultLanguage),
      }
    }),
  }
}

function leadImage(hero: Photo | null): ListedArticle['image'] {
  const feature = hero?.sizes?.feature
  if (feature?.url) return { url: feature.url, bytes: feature.filesize ?? null, type: feature.mimeType ?? null }
  if (hero?.url) return { url: hero.url, bytes: hero.filesize ?? null, type: hero.mimeType ?? null }
  return null
}

/** The documents with these ids, by id (none asked, none read). */
async function byId<T extends { id: number | string }>(
  ids: (number | string)[],
  read: (ids: (number | string)[]) => Promise<{ docs: T[] }>,
): Promise<Map<string, T>> {
  if (!ids.length) return new Map()
  return new Map((await read(ids)).docs.map((d) => [String(d.id), d]))
}
