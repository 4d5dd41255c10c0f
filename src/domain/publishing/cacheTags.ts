import { idOf } from '../relations.ts'
import { translationGroupOf } from '../editions.ts'
import { articleBundle } from '../workflow/bundle.ts'

/**
 * The names cached public pages are filed under, and which names a change to published content touches.
 * A page records tags while it renders; a change purges tags; every page filed under one of them is refreshed.
 */

/** Every page: site settings, sections, tags and bylines appear everywhere. */
export const ALL_PAGES = 'all'
/** Every page that lists articles (home, sections, tags, authors, search, feeds, sitemaps). */
export const LISTINGS = 'listings'

type Id = number | string

export const articleTag = (id: Id) => `article:${id}`
/** Every page that names the editions of one translation group (hreflang alternates, sitemaps). */
export const translationGroupTag = (group: string) => `translations:${group}`
export const photoTag = (id: Id) => `photo:${id}`
export const relatedLinkTag = (id: Id) => `related-link:${id}`
/** The page at one address of a story: when the story is renamed, its old address must answer with a redirect. */
export const articleAddressTag = (slug: string) => `article-address:${slug}`

type ArticleLike = Parameters<typeof articleBundle>[0] & {
  id: Id
  slug?: string | null
  translationGroup?: string | null
}

/** An article page depends on the article, the photos it shows (with their captions) and its related links. */
export function articlePageTags(article: ArticleLike): string[] {
  const bundle = articleBundle(article)
  return [
    articleTag(article.id),
    translationGroupTag(translationGroupOf(article)),
    ...(article.slug ? [articleAddressTag(article.slug)] : []),
    ...bundle.photos.map(photoTag),
    ...bundle['related-links'].map(relatedLinkTag),
  ]
}

/** Addresses a story no longer lives at: pages cached there are now redirects. */
export function retiredAddressTags(doc: { previousSlugs?: unknown }): string[] {
  return Array.isArray(doc.previousSlugs)
    ? doc.previousSlugs.filter((s): s is string => typeof s === 'string').map(articleAddressTag)
    : []
}

/** The tags a publication change of one document touches. */
export function publicationTags(
  collection: string,
  doc: { id: Id; photo?: unknown; translationGroup?: string | null },
): string[] {
  switch (collection) {
    case 'articles':
      // The other editions of the story name this one (or stop naming it) in their alternates.
      return [articleTag(doc.id), translationGroupTag(translationGroupOf(doc)), LISTINGS]
    case 'photos':
      // Lists show hero thumbnails.
      return [photoTag(doc.id), LISTINGS]
    case 'captions': {
      const photo = idOf(doc.photo)
      return photo === null ? [LISTINGS] : [photoTag(photo)]
    }
    case 'related-links':
      return [relatedLinkTag(doc.id)]
    default:
      return [ALL_PAGES]
  }
}
