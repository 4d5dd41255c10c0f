import { idOf } from '../relations.ts'
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
export const photoTag = (id: Id) => `photo:${id}`
export const relatedLinkTag = (id: Id) => `related-link:${id}`
/** The page at one address of a story: when the story is renamed, its old address must answer with a redirect. */
export const articleAddressTag = (slug: string) => `article-address:${slug}`

type ArticleLike = Parameters<typeof articleBundle>[0] & { id: Id; slug?: string | null }

/** An article page depends on the article, the photos it shows (with their captions) and its related links. */
export function articlePageTags(article: ArticleLike): string[] {
  const bundle = articleBundle(article)
  return [
    articleTag(article.id),
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
export function publicationTags(collection: string, doc: { id: Id; photo?: unknown }): string[] {
  switch (collection) {
    case 'articles':
      return [articleTag(doc.id), LISTINGS]
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
