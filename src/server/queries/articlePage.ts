import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { articlePageTags } from '../../domain/publishing/cacheTags'
import { idOf } from '../../domain/relations'
import { articleBundle } from '../../domain/workflow/bundle'
import type { Article, Caption, Photo, RelatedLink, Tag, User } from '../../payload-types'
import { recordPageTags } from '../cache/bridge'
import { asReader, published, type ReadAs, reader, readerSelect, uncounted, visibleTo } from './reader'
import type { SectionLink } from './taxonomy'

export type ResolvedCaption = { text: string; credit: string | null }

export type ArticlePage = {
  article: Article
  authors: Pick<User, 'id' | 'name' | 'title'>[]
  section: SectionLink | null
  tags: Tag[]
  /** The caption one use of a photo prints: its own text, else the Caption chosen for it, else the photo's default. */
  captionFor: (
    photoId: number | string,
    perUse?: number | Caption | null,
    text?: string | null,
  ) => ResolvedCaption | null
  relatedLinks: (RelatedLink & { tags?: (number | Tag)[] | null })[]
}

const asObject = <T extends { id: unknown }>(v: unknown): T | null => (v && typeof v === 'object' ? (v as T) : null)

/**
 * The section list the caller already holds (the reader site keeps it until the next purge, and a change to any
 * section purges every page): the story's section is looked up there instead of read again.
 */
export type KnownSections = () => Promise<SectionLink[]>

export function articleBySlug(payload: Payload, slug: string, known?: KnownSections): Promise<ArticlePage | null> {
  return publishedArticle(payload, { slug: { equals: slug } }, known)
}

/** Where a published story that was renamed lives now (for a permanent redirect from its old address). */
export async function currentSlugFor(payload: Payload, oldSlug: string): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    ...uncounted,
    where: published({ previousSlugs: { in: [oldSlug] } }),
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}

export function articleById(payload: Payload, id: number | string): Promise<ArticlePage | null> {
  return publishedArticle(payload, { id: { equals: id } })
}

async function publishedArticle(payload: Payload, where: Where, known?: KnownSections): Promise<ArticlePage | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    ...uncounted,
    where: published(where),
    limit: 1,
    depth: 0,
    select: readerSelect(payload, 'articles'),
  })
  if (!docs[0]) return null
  recordPageTags(...articlePageTags(docs[0]))
  return assemblePage(payload, await populate(payload, docs[0], reader, known))
}

/**
 * What the page shows besides the article, read with one query per collection. Payload's own population (depth 2)
 * builds a query per relationship and per body block, which made it most of the cost of rendering an article.
 * What the reader may not see stays an id, exactly as Payload's population leaves it.
 */
async function populate(
  payload: Payload,
  article: Article,
  readAs: ReadAs,
  known?: KnownSections,
): Promise<{ article: Article; captions: Caption[] }> {
  const onlyPublished = visibleTo(readAs)
  const bundle = articleBundle(article)
  const sectionId = idOf(article.section)
  const tagIds = (article.tags ?? []).map(idOf).filter((id): id is number | string => id !== null)
  const byId = <T extends { id: number | string }>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))
  /** A reader's read leaves out the staff-only columns (workflow, review and import fields), as the story's does. */
  const selectFor = (collection: CollectionSlug) => (readAs.user ? {} : { select: readerSelect(payload, collection) })
  /** The given documents of one collection, in one query, as this reader may see them (none asked, none read). */
  const withIds = async <C extends CollectionSlug>(collection: C, ids: (number | string)[], where: Where, depth = 0) =>
    ids.length
      ? (
          await payload.find({
            collection,
            ...readAs,
            ...uncounted,
            ...selectFor(collection),
            where,
            limit: ids.length,
            depth,
          })
        ).docs
      : []
  const sectionIds = sectionId ? [sectionId] : []
  const sectionOf = async (): Promise<SectionLink[]> => {
    const listed = sectionId && known ? (await known()).find((s) => String(s.id) === String(sectionId)) : undefined
    if (listed) return [listed]
    const docs = await withIds('sections', sectionIds, { id: { in: sectionIds } })
    return docs.map((d) => ({ id: d.id, name: d.name, slug: d.slug ?? String(d.id) }))
  }
  // One query for the captions chosen per use and the captions each photo could fall back to (its default ones and
  // those written for this article): assemblePage picks among the latter.
  const captionsWanted: Where[] = [
    ...(bundle.captions.length ? [{ id: { in: bundle.captions } }] : []),
    ...(bundle.photos.length
      ? [
          {
            and: [
              { photo: { in: bundle.photos } },
              { or: [{ article: { exists: false } }, { article: { equals: article.id } }] },
            ],
          },
        ]
      : []),
  ]
  const [photos, captions, links, section, tags] = await Promise.all([
    withIds('photos', bundle.photos, onlyPublished({ id: { in: bundle.photos } })),
    captionsWanted.length
      ? payload
          .find({
            collection: 'captions',
            ...readAs,
            ...uncounted,
            ...selectFor('captions'),
            where: onlyPublished({ or: captionsWanted }),
            sort: 'createdAt',
            limit: bundle.captions.length + bundle.photos.length * 4,
            depth: 0,
          })
          .then((r) => r.docs)
      : [],
    withIds('related-links', bundle['related-links'], onlyPublished({ id: { in: bundle['related-links'] } }), 1),
    sectionOf(),
    withIds('tags', tagIds, { id: { in: tagIds } }),
  ])
  const photoById = byId(photos)
  const captionById = byId(captions)
  const linkById = byId(links)
  const tagById = byId(tags)
  const photo = (v: unknown) => photoById.get(String(idOf(v))) ?? v
  const caption = (v: unknown) => (v === null || v === undefined ? v : (captionById.get(String(idOf(v))) ?? v))
  const body = article.body && {
    ...article.body,
    root: {
      ...article.body.root,
      children: article.body.root.children.map((node) => {
        const fields = (node as { fields?: { photo?: unknown; caption?: unknown } }).fields
        return node.type === 'block' && fields
          ? { ...node, fields: { ...fields, photo: photo(fields.photo), caption: caption(fields.caption) } }
          : node
      }),
    },
  }
  const populated = {
    ...article,
    section: section[0] ?? article.section,
    tags: (article.tags ?? []).map((t) => tagById.get(String(idOf(t))) ?? t),
    hero: article.hero && { ...article.hero, photo: photo(article.hero.photo), caption: caption(article.hero.caption) },
    body: body as Article['body'],
    relatedLinks: (article.relatedLinks ?? []).map((l) => linkById.get(String(idOf(l))) ?? l),
  } as Article
  return { article: populated, captions }
}

/** The latest revision of an article (a draft included) as this staff member may see it, or null. */
export const latestRevision = (payload: Payload, id: number | string, user: NonNullable<PayloadRequest['user']>) =>
  payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })

/**
 * Staff preview: the latest revision of any article, as the staff member may see it (drafts of the photos,
 * captions and links it shows included). Never cached; the route checks the login on every request.
 */
export async function articlePreview(
  payload: Payload,
  id: number | string,
  user: NonNullable<PayloadRequest['user']>,
): Promise<ArticlePage | null> {
  const article = await latestRevision(payload, id, user)
  const readAs: ReadAs = { user, overrideAccess: false, draft: true }
  return article ? assemblePage(payload, await populate(payload, article, readAs)) : null
}

async function assemblePage(
  payload: Payload,
  { article, captions }: { article: Article; captions: Caption[] },
): Promise<ArticlePage> {
  const photoIds = new Set<string>()
  const hero = asObject<Photo>(article.hero?.photo)
  if (hero) photoIds.add(String(hero.id))
  for (const node of article.body?.root.children ?? []) {
    const photo = asObject<Photo>((node as { fields?: { photo?: unknown } }).fields?.photo)
    if (photo) photoIds.add(String(photo.id))
  }
  // Per-article captions (written for this article) win over the photo's default caption.
  const photoOf = (c: Caption) => String(idOf(c.photo))
  const forThisArticle = (c: Caption) => c.article !== null && c.article !== undefined
  const byPhoto = new Map<string, Caption>()
  for (const c of captions) {
    if (!photoIds.has(photoOf(c))) continue
    if (forThisArticle(c) && String(idOf(c.article)) !== String(article.id)) continue
    if (!byPhoto.has(photoOf(c)) || forThisArticle(c)) byPhoto.set(photoOf(c), c)
  }
  const toResolved = (c: Caption): ResolvedCaption => ({ text: c.text, credit: c.creditLine || null })
  const captionFor: ArticlePage['captionFor'] = (photoId, perUse, text) => {
    const chosen = asObject<Caption>(perUse) ?? byPhoto.get(String(photoId))
    const own = text?.trim()
    if (own) return { text: own, credit: chosen?.creditLine || null }
    return chosen ? toResolved(chosen) : null
  }

  // Readers may not list staff accounts; a byline needs only the public name and title of this article's authors.
  const authorIds = (article.authors ?? []).map((a) => (typeof a === 'object' ? a.id : a))
  const authors = authorIds.length
    ? (
        await payload.find({
          collection: 'users',
          overrideAccess: true,
          ...uncounted,
          where: { id: { in: authorIds } },
          select: { name: true, title: true },
          depth: 0,
          limit: authorIds.length,
        })
      ).docs.map((u) => ({ id: u.id, name: u.name, title: u.title }))
    : []

  return {
    article,
    authors: authorIds
      .map((id) => authors.find((a) => a.id === id))
      .filter((a): a is (typeof authors)[number] => Boolean(a)),
    section: asObject<SectionLink>(article.section),
    tags: (article.tags ?? []).map((t) => asObject<Tag>(t)).filter((t): t is Tag => Boolean(t)),
    captionFor,
    relatedLinks: (article.relatedLinks ?? [])
      .map((l) => asObject<RelatedLink>(l))
      .filter((l): l is RelatedLink => Boolean(l)),
  }
}
