import type { Payload, PayloadRequest, Where } from 'payload'
import { cache } from 'react'

import { PUBLISHED } from '../../access'
import { articlePageTags, LISTINGS } from '../../domain/publishing/cacheTags'
import { idOf } from '../../domain/relations'
import { articleBundle } from '../../domain/workflow/bundle'
import { rank, searchTerms } from '../../domain/publishing/search'
import { SITE_DEFAULTS } from '../../globals/Site'
import type { Article, Caption, Photo, RelatedLink, Section, Tag, User } from '../../payload-types'
import { recordPageTags } from '../cache/bridge'
import { payloadInstance } from '../payload'

/**
 * The one door the public site reads through. Every call runs as an anonymous reader (overrideAccess: false,
 * no user) AND asks for published documents explicitly, so a mistake in either layer still leaks nothing.
 */
const asReader = { overrideAccess: false, draft: false } as const

const published = (extra?: Where): Where => (extra ? { and: [PUBLISHED, extra] } : PUBLISHED)

export type SiteSettings = typeof SITE_DEFAULTS

/** One read per request: the layout, metadata and page of a request share it (React's request cache). */
export const getSite = cache(readSite)

async function readSite(): Promise<SiteSettings> {
  const payload = await payloadInstance()
  const site = await payload.findGlobal({ slug: 'site', ...asReader, depth: 0 })
  return {
    name: site.name || SITE_DEFAULTS.name,
    language: site.language || SITE_DEFAULTS.language,
    timeZone: site.timeZone || SITE_DEFAULTS.timeZone,
    // Without a trailing slash, so every caller can append a path.
    baseUrl: (site.baseUrl || SITE_DEFAULTS.baseUrl).replace(/\/+$/, ''),
  }
}

export type ResolvedCaption = { text: string; credit: string | null }

export type ArticlePage = {
  article: Article
  authors: Pick<User, 'id' | 'name' | 'title'>[]
  section: Section | null
  tags: Tag[]
  /** The caption each photo prints in this article: the per-use caption, else the photo's default one. */
  captionFor: (photoId: number | string, perUse?: number | Caption | null) => ResolvedCaption | null
  relatedLinks: (RelatedLink & { tags?: (number | Tag)[] | null })[]
}

const asObject = <T extends { id: unknown }>(v: unknown): T | null => (v && typeof v === 'object' ? (v as T) : null)

/** Shared by an article route's metadata and page within one request. */
export const articleBySlug = cache((slug: string): Promise<ArticlePage | null> => publishedArticle({ slug: { equals: slug } }))

/** Where a published story that was renamed lives now (for a permanent redirect from its old address). */
export async function currentSlugFor(oldSlug: string): Promise<string | null> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: published({ previousSlugs: { in: [oldSlug] } }),
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}

export function articleById(id: number | string): Promise<ArticlePage | null> {
  return publishedArticle({ id: { equals: id } })
}

async function publishedArticle(where: Where): Promise<ArticlePage | null> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'articles', ...asReader, where: published(where), limit: 1, depth: 0 })
  if (!docs[0]) return null
  recordPageTags(...articlePageTags(docs[0]))
  return assemblePage(payload, await populate(payload, docs[0], reader), reader)
}

/**
 * What the page shows besides the article, read with one query per collection. Payload's own population (depth 2)
 * builds a query per relationship and per body block, which made it most of the cost of rendering an article.
 * What the reader may not see stays an id, exactly as Payload's population leaves it.
 */
async function populate(payload: Payload, article: Article, readAs: ReadAs): Promise<Article> {
  const onlyPublished = visibleTo(readAs)
  const bundle = articleBundle(article)
  const sectionId = idOf(article.section)
  const tagIds = (article.tags ?? []).map(idOf).filter((id): id is number | string => id !== null)
  const byId = <T extends { id: number | string }>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))
  const some = <T,>(ids: unknown[], run: () => Promise<{ docs: T[] }>) => (ids.length ? run() : Promise.resolve({ docs: [] as T[] }))
  const [photos, captions, links, section, tags] = await Promise.all([
    some(bundle.photos, () => payload.find({ collection: 'photos', ...readAs, where: onlyPublished({ id: { in: bundle.photos } }), limit: bundle.photos.length, depth: 0 })),
    some(bundle.captions, () => payload.find({ collection: 'captions', ...readAs, where: onlyPublished({ id: { in: bundle.captions } }), limit: bundle.captions.length, depth: 0 })),
    some(bundle['related-links'], () =>
      payload.find({ collection: 'related-links', ...readAs, where: onlyPublished({ id: { in: bundle['related-links'] } }), limit: bundle['related-links'].length, depth: 1 }),
    ),
    some(sectionId ? [sectionId] : [], () => payload.find({ collection: 'sections', ...readAs, where: { id: { equals: sectionId } }, limit: 1, depth: 0 })),
    some(tagIds, () => payload.find({ collection: 'tags', ...readAs, where: { id: { in: tagIds } }, limit: tagIds.length, depth: 0 })),
  ])
  const photoById = byId(photos.docs)
  const captionById = byId(captions.docs)
  const linkById = byId(links.docs)
  const tagById = byId(tags.docs)
  const photo = (v: unknown) => photoById.get(String(idOf(v))) ?? v
  const caption = (v: unknown) => (v === null || v === undefined ? v : (captionById.get(String(idOf(v))) ?? v))
  const body = article.body && {
    ...article.body,
    root: {
      ...article.body.root,
      children: article.body.root.children.map((node) => {
        const fields = (node as { fields?: { photo?: unknown; caption?: unknown } }).fields
        return node.type === 'block' && fields ? { ...node, fields: { ...fields, photo: photo(fields.photo), caption: caption(fields.caption) } } : node
      }),
    },
  }
  return {
    ...article,
    section: section.docs[0] ?? article.section,
    tags: (article.tags ?? []).map((t) => tagById.get(String(idOf(t))) ?? t),
    hero: article.hero && { ...article.hero, photo: photo(article.hero.photo), caption: caption(article.hero.caption) },
    body: body as Article['body'],
    relatedLinks: (article.relatedLinks ?? []).map((l) => linkById.get(String(idOf(l))) ?? l),
  } as Article
}

/**
 * Staff preview: the latest revision of any article, as the staff member may see it (drafts of the photos,
 * captions and links it shows included). Never cached; the route checks the login on every request.
 */
export async function articlePreview(id: number | string, user: NonNullable<PayloadRequest['user']>): Promise<ArticlePage | null> {
  const payload = await payloadInstance()
  const article = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, user, overrideAccess: false, disableErrors: true })
  const readAs: ReadAs = { user, overrideAccess: false, draft: true }
  return article ? assemblePage(payload, await populate(payload, article, readAs), readAs) : null
}

type ReadAs = { overrideAccess: false; draft: boolean; user?: PayloadRequest['user'] }
const reader: ReadAs = { overrideAccess: false, draft: false }
/** Staff previewing see drafts of what the article shows; readers only what is published. */
const visibleTo = (readAs: ReadAs) => (w: Where) => (readAs.user ? w : published(w))

async function assemblePage(payload: Payload, article: Article, readAs: ReadAs): Promise<ArticlePage> {
  const onlyPublished = visibleTo(readAs)

  const photoIds = new Set<number | string>()
  const hero = asObject<Photo>(article.hero?.photo)
  if (hero) photoIds.add(hero.id)
  for (const node of article.body?.root.children ?? []) {
    const photo = asObject<Photo>((node as { fields?: { photo?: unknown } }).fields?.photo)
    if (photo) photoIds.add(photo.id)
  }
  // Per-article captions (written for this article) win over the photo's default caption.
  const candidates = photoIds.size
    ? await payload.find({
        collection: 'captions',
        ...readAs,
        where: onlyPublished({
          and: [
            { photo: { in: [...photoIds] } },
            { or: [{ article: { exists: false } }, { article: { equals: article.id } }] },
          ],
        }),
        sort: 'createdAt',
        limit: photoIds.size * 4,
        depth: 0,
      })
    : { docs: [] as Caption[] }
  const byPhoto = new Map<string, Caption>()
  for (const c of candidates.docs) {
    const key = String(typeof c.photo === 'object' ? c.photo.id : c.photo)
    const forThisArticle = c.article !== null && c.article !== undefined
    if (!byPhoto.has(key) || forThisArticle) byPhoto.set(key, c)
  }
  const toResolved = (c: Caption): ResolvedCaption => ({ text: c.text, credit: c.creditLine || null })
  const captionFor: ArticlePage['captionFor'] = (photoId, perUse) => {
    const chosen = asObject<Caption>(perUse) ?? byPhoto.get(String(photoId))
    return chosen ? toResolved(chosen) : null
  }

  // Readers may not list staff accounts; a byline needs only the public name and title of this article's authors.
  const authorIds = (article.authors ?? []).map((a) => (typeof a === 'object' ? a.id : a))
  const authors = authorIds.length
    ? (
        await payload.find({
          collection: 'users',
          overrideAccess: true,
          where: { id: { in: authorIds } },
          select: { name: true, title: true },
          depth: 0,
          limit: authorIds.length,
        })
      ).docs.map((u) => ({ id: u.id, name: u.name, title: u.title }))
    : []

  return {
    article,
    authors: authorIds.map((id) => authors.find((a) => a.id === id)).filter((a): a is (typeof authors)[number] => Boolean(a)),
    section: asObject<Section>(article.section),
    tags: (article.tags ?? []).map((t) => asObject<Tag>(t)).filter((t): t is Tag => Boolean(t)),
    captionFor,
    relatedLinks: (article.relatedLinks ?? []).map((l) => asObject<RelatedLink>(l)).filter((l): l is RelatedLink => Boolean(l)),
  }
}

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
  imageUrl: string | null
}

/** Published articles for feeds and sitemaps, newest first, with only the fields those need. */
export async function listedArticles({
  limit = 50,
  page = 1,
  sectionSlug,
  tagSlug,
  authorId,
  since,
}: { limit?: number; page?: number; sectionSlug?: string; tagSlug?: string; authorId?: number | string; since?: Date } = {}): Promise<{
  docs: ListedArticle[]
  totalDocs: number
  totalPages: number
}> {
  recordPageTags(LISTINGS)
  const payload = await payloadInstance()
  const filters: Where[] = []
  // By id, not by a join on the slug: the (section, status, release time) index then answers list and count alone.
  for (const [collection, slug, field] of [['sections', sectionSlug, 'section'], ['tags', tagSlug, 'tags']] as const) {
    if (!slug) continue
    const term = await taxonomyBySlug(collection, slug)
    if (!term) return { docs: [], totalDocs: 0, totalPages: 0 }
    filters.push({ [field]: { equals: term.id } })
  }
  if (authorId !== undefined) filters.push({ authors: { in: [authorId] } })
  if (since) filters.push({ firstPublishedAt: { greater_than_equal: since.toISOString() } })
  const result = await payload.find({
    collection: 'articles',
    ...asReader,
    where: published(filters.length ? { and: filters } : undefined),
    sort: ['-releasedAt', '-id'],
    limit,
    page,
    depth: 1,
    select: { headline: true, deck: true, slug: true, firstPublishedAt: true, releasedAt: true, updatedAt: true, section: true, bylineText: true, authors: true, hero: true },
  })
  const authorIds = [...new Set(result.docs.flatMap((d) => (d.authors ?? []).map((a) => (typeof a === 'object' ? a.id : a))))]
  const names = authorIds.length
    ? new Map(
        (await payload.find({ collection: 'users', overrideAccess: true, where: { id: { in: authorIds } }, select: { name: true }, depth: 0, limit: authorIds.length })).docs.map(
          (u) => [String(u.id), u.name],
        ),
      )
    : new Map<string, string>()
  return {
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    docs: result.docs.map((d) => {
      const hero = typeof d.hero?.photo === 'object' ? d.hero.photo : null
      return {
        id: d.id,
        headline: d.headline,
        deck: d.deck ?? null,
        slug: d.slug ?? String(d.id),
        published: d.releasedAt ?? d.firstPublishedAt ?? d.updatedAt,
        updated: d.updatedAt,
        section: typeof d.section === 'object' && d.section ? { name: d.section.name, slug: d.section.slug ?? '' } : null,
        byline: [...(d.authors ?? []).map((a) => names.get(String(typeof a === 'object' ? a.id : a))).filter((n): n is string => Boolean(n)), ...(d.bylineText ? [d.bylineText] : [])],
        hero: hero ?? null,
        imageUrl: hero?.sizes?.feature?.url ?? hero?.url ?? null,
      }
    }),
  }
}

/** A section or tag by slug (public taxonomy), or null. */
export async function taxonomyBySlug(collection: 'sections' | 'tags', slug: string): Promise<{ id: number | string; name: string; slug: string } | null> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection, ...asReader, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  const d = docs[0] as { id: number | string; name: string; slug?: string | null } | undefined
  return d ? { id: d.id, name: d.name, slug: d.slug ?? slug } : null
}

/** A byline page's person: only staff who have at least one published article are public. */
export async function publicAuthor(id: number | string): Promise<{ id: number | string; name: string; title: string | null } | null> {
  recordPageTags(LISTINGS)
  const payload = await payloadInstance()
  const { totalDocs } = await payload.count({ collection: 'articles', ...asReader, where: published({ authors: { in: [id] } }) })
  if (!totalDocs) return null
  const user = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0, select: { name: true, title: true }, disableErrors: true })
  return user ? { id: user.id, name: user.name, title: user.title ?? null } : null
}

const SEARCH_CANDIDATES = 300

/** Published stories matching every term of the query, most relevant first (among the newest 300 that match). */
export async function searchArticles(query: string, { page = 1, perPage = 20 } = {}): Promise<{ docs: ListedArticle[]; total: number; totalPages: number; terms: string[] }> {
  const terms = searchTerms(query)
  if (!terms.length) return { docs: [], total: 0, totalPages: 0, terms }
  recordPageTags(LISTINGS)
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'articles',
    // The search text is staff-only as a field (readers never receive it); the public filter stays explicit.
    overrideAccess: true,
    draft: false,
    where: published({ and: terms.map((t): Where => ({ or: [{ headline: { like: t } }, { searchText: { like: t } }] })) }),
    // The newest matches are ranked (walking the release-time index); no count of every match is made, so the
    // cost stays flat as the archive grows.
    sort: ['-releasedAt', '-id'],
    limit: SEARCH_CANDIDATES,
    pagination: false,
    depth: 0,
    select: { headline: true, deck: true, searchText: true, firstPublishedAt: true, releasedAt: true, updatedAt: true, slug: true },
  })
  const ranked = rank(
    docs.map((d) => ({ id: d.id, headline: d.headline, deck: d.deck ?? null, body: d.searchText ?? '', published: d.releasedAt ?? d.firstPublishedAt ?? d.updatedAt, slug: d.slug ?? String(d.id), updated: d.updatedAt })),
    terms,
  )
  const slice = ranked.slice((page - 1) * perPage, page * perPage)
  return {
    terms,
    total: ranked.length,
    totalPages: Math.ceil(ranked.length / perPage),
    docs: slice.map((d) => ({ id: d.id, headline: d.headline, deck: d.deck, slug: d.slug, published: d.published, updated: d.updated, section: null, byline: [], hero: null, imageUrl: null })),
  }
}

/** Sections in their navigation order (public taxonomy). */
export async function sections(): Promise<{ id: number | string; name: string; slug: string }[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'sections', ...asReader, sort: 'order', limit: 50, depth: 0 })
  return docs.map((d) => ({ id: d.id, name: d.name, slug: d.slug ?? String(d.id) }))
}
