import type { Payload } from 'payload'

import { LISTINGS } from '../../domain/publishing/cacheTags'
import { recordPageTags, type SharedSearch, untilNextPurge } from '../cache/bridge'
import {
  articleBySlug as findBySlug,
  articlePreview as findPreview,
  currentSlugFor as findCurrentSlug,
} from './articlePage'
import { editionsOfRead, translatedStories } from './editions'
import { listedArticles as findListed } from './listings'
import { readSite } from './site'
import { publicAuthor as findAuthor, sections as findSections, taxonomyBySlug as findTerm } from './taxonomy'

/**
 * The public site's read-side queries bound to one Payload instance. Each query module takes the instance, so the
 * same set serves Next's pages (bound to `payloadInstance()`, see index.ts) and the page cache's direct renderer
 * (bound to the instance Next's side shares with the server, src/server/render/). Search comes as a function
 * (`search`): its index module loads the database adapter, which the server's own bundle must not load twice, so
 * Next's side hands it over with the instance.
 */
export function bindReaderQueries(instance: () => Promise<Payload>, search: () => SharedSearch | null) {
  const bound =
    <A extends unknown[], R>(query: (payload: Payload, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      query(await instance(), ...args)
  /**
   * Every page shows the site settings and the section list; a change to either purges every page. Kept until the
   * next purge (without the page cache in this process, read every time).
   */
  const getSite = untilNextPurge(bound(readSite))
  const sections = untilNextPurge(bound(findSections))
  /** Which stories are translated changes only with a publication, which purges. */
  const translated = untilNextPurge(bound(translatedStories))
  const listed = async (options: ListingOptions) =>
    findListed(await instance(), { defaultLanguage: (await getSite()).language, ...options })
  /**
   * An edition's newest stories, read once between purges for every page that shows them: the front page's lead
   * and latest are the first of the feed's fifty. A publication purges both, and both are rendered again at once;
   * they then share one read.
   */
  const newest = keyedUntilNextPurge((language: string) => listed({ limit: NEWEST_KEPT, counted: false, language }))
  return {
    getSite,
    /** The masthead's navigation and the front page's blocks. */
    sections,
    articleBySlug: async (slug: string) => findBySlug(await instance(), slug, sections),
    currentSlugFor: bound(findCurrentSlug),
    articlePreview: bound(findPreview),
    /** Listings are of one edition: the publication's own language unless another (or '*', every one) is asked for. */
    listedArticles: async (options: ListingOptions = {}) => {
      const limit = options.limit ?? 50
      if (!onlyNewest(options) || limit > NEWEST_KEPT) return listed(options)
      recordPageTags(LISTINGS)
      const docs = (await newest(options.language ?? (await getSite()).language)).docs.slice(0, limit)
      return { docs, totalDocs: docs.length, totalPages: 1 }
    },
    taxonomyBySlug: bound(findTerm),
    publicAuthor: bound(findAuthor),
    /** Published stories matching a reader's query, best first (the publication's language for the snippets). */
    searchArticles: async (query: string, options: Omit<Parameters<SharedSearch>[2], 'defaultLanguage'> = {}) => {
      const find = search()
      if (!find) throw new Error('The archive search is not shared yet')
      return find(await instance(), query, { defaultLanguage: (await getSite()).language, ...options })
    },
    /** The published editions of each (published) story's translation group, at their addresses. */
    publishedEditions: async (stories: Parameters<typeof editionsOfRead>[1]) =>
      editionsOfRead(await instance(), stories, (await getSite()).language, await translated()),
  }
}

export type ReaderQueries = ReturnType<typeof bindReaderQueries>

type ListingOptions = NonNullable<Parameters<typeof findListed>[1]>

const NEWEST_KEPT = 50

/** What a listing may say besides filters: how many, which edition, whether counted, which page. */
const NOT_FILTERS = new Set(['limit', 'language', 'counted', 'page'])

/** A listing of an edition's newest stories and nothing else: no filter (of any name), no pager, no count. */
const onlyNewest = (options: ListingOptions): boolean =>
  options.counted === false &&
  (options.page ?? 1) === 1 &&
  Object.entries(options).every(
    ([name, value]) => NOT_FILTERS.has(name) || value === undefined || (Array.isArray(value) && !value.length),
  )

/** `untilNextPurge` for each key (the editions: a handful). */
function keyedUntilNextPurge<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const byKey = new Map<string, () => Promise<T>>()
  return (key) => {
    let kept = byKey.get(key)
    if (!kept) {
      if (byKey.size >= 32) byKey.clear()
      kept = untilNextPurge(() => read(key))
      byKey.set(key, kept)
    }
    return kept()
  }
}
