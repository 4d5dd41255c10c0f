import type { Payload } from 'payload'
import { cache } from 'react'

import { payloadInstance } from '../payload'
import {
  articleBySlug as findBySlug,
  articlePreview as findPreview,
  currentSlugFor as findCurrentSlug,
} from './articlePage'
import { listedArticles as findListed } from './listings'
import { searchArticles as findMatches } from './search'
import { readSite } from './site'
import { publicAuthor as findAuthor, sections as findSections, taxonomyBySlug as findTerm } from './taxonomy'

export type { ArticlePage, ResolvedCaption } from './articlePage'
export type { ListedArticle } from './listings'
export type { SiteSettings } from './site'

/**
 * The public site's door: the read-side queries (each module takes the Payload instance, so server code that has one
 * — an endpoint's `req.payload` — calls them directly) bound to this process's instance for pages and routes.
 */
const bound =
  <A extends unknown[], R>(query: (payload: Payload, ...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> =>
    query(await payloadInstance(), ...args)

/** One read per request: the layout, metadata and page of a request share it (React's request cache). */
export const getSite = cache(bound(readSite))
/** Shared by an article route's metadata and page within one request. */
export const articleBySlug = cache(bound(findBySlug))
export const currentSlugFor = bound(findCurrentSlug)
export const articlePreview = bound(findPreview)
export const listedArticles = bound(findListed)
export const searchArticles = bound(findMatches)
export const taxonomyBySlug = bound(findTerm)
export const publicAuthor = bound(findAuthor)
/** The masthead's navigation and the front page's blocks share one read per request. */
export const sections = cache(bound(findSections))
