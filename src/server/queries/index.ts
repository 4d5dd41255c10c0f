import type { Payload } from 'payload'
import { cache } from 'react'

import { untilNextPurge } from '../cache/bridge'
import { payloadInstance } from '../payload'
import {
  articleBySlug as findBySlug,
  articlePreview as findPreview,
  currentSlugFor as findCurrentSlug,
} from './articlePage'
import { publishedEditions as findEditions } from './editions'
import { listedArticles as findListed } from './listings'
import { searchArticles as findMatches } from './search'
import { readSite } from './site'
import { publicAuthor as findAuthor, sections as findSections, taxonomyBySlug as findTerm } from './taxonomy'

export type { ArticlePage, ResolvedCaption } from './articlePage'
export type { PublishedEditionOf } from './editions'
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

/**
 * Every page shows the site settings and the section list; a change to either purges every page. Kept until the next
 * purge, and read once per request at most (React's request cache) without the page cache.
 */
const siteUntilPurge = untilNextPurge(bound(readSite))
const sectionsUntilPurge = untilNextPurge(bound(findSections))
export const getSite = cache(() => siteUntilPurge())
/** Shared by an article route's metadata and page within one request. */
export const articleBySlug = cache(bound(findBySlug))
export const currentSlugFor = bound(findCurrentSlug)
export const articlePreview = bound(findPreview)
/** Listings are of one edition: the publication's own language unless another (or '*', every one) is asked for. */
export const listedArticles = async (options: Parameters<typeof findListed>[1] = {}) =>
  findListed(await payloadInstance(), { defaultLanguage: (await getSite()).language, ...options })
export const searchArticles = async (query: string, options: Parameters<typeof findMatches>[2] = {}) =>
  findMatches(await payloadInstance(), query, { defaultLanguage: (await getSite()).language, ...options })
export const taxonomyBySlug = bound(findTerm)
export const publicAuthor = bound(findAuthor)
/** The masthead's navigation and the front page's blocks. */
export const sections = cache(() => sectionsUntilPurge())

/** The published editions of each story's translation group, at their addresses. */
export const publishedEditions = async (ids: (number | string)[]) =>
  findEditions(await payloadInstance(), ids, (await getSite()).language)
