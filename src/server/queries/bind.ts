import type { Payload } from 'payload'

import { type SharedSearch, untilNextPurge } from '../cache/bridge'
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
  return {
    getSite,
    /** The masthead's navigation and the front page's blocks. */
    sections,
    articleBySlug: async (slug: string) => findBySlug(await instance(), slug, sections),
    currentSlugFor: bound(findCurrentSlug),
    articlePreview: bound(findPreview),
    /** Listings are of one edition: the publication's own language unless another (or '*', every one) is asked for. */
    listedArticles: async (options: Parameters<typeof findListed>[1] = {}) =>
      findListed(await instance(), { defaultLanguage: (await getSite()).language, ...options }),
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
