import type { Payload } from 'payload'

import { LISTINGS } from '../../domain/publishing/cacheTags'
import { parseSearchQuery, type SearchQuery, snippet, type SnippetPart } from '../../domain/publishing/search'
import { recordPageTags } from '../cache/bridge'
import { type SearchFilters, searchIndexOf } from '../search'
import { type ListedArticle, listedArticles } from './listings'

export type SearchResult = ListedArticle & { snippet: SnippetPart[] }

/**
 * Published stories matching every part of the query, best first, one page at a time. The full-text index ranks the
 * whole archive; nothing counts every match, so a page costs the same however large the archive grows (the pager
 * knows only whether there is a next page).
 */
export async function searchArticles(
  payload: Payload,
  text: string,
  { page = 1, perPage = 20, defaultLanguage = 'en', filters = {} as SearchFilters } = {},
): Promise<{ docs: SearchResult[]; hasMore: boolean; query: SearchQuery }> {
  const query = parseSearchQuery(text)
  if (!query.groups.length) return { docs: [], hasMore: false, query }
  recordPageTags(LISTINGS)
  const hits = await searchIndexOf(payload).find(query, filters, { offset: (page - 1) * perPage, limit: perPage + 1 })
  const onPage = hits.slice(0, perPage)
  // The page's stories as every listing shows them (picture, section, byline); the listing reads only what is
  // published, so a row the index still held could never show an unpublished story.
  const listed = onPage.length
    ? await listedArticles(payload, {
        ids: onPage.map((h) => h.id),
        limit: onPage.length,
        counted: false,
        // Search finds stories of every edition, each at its own address.
        language: '*',
        defaultLanguage,
      })
    : { docs: [] }
  const byId = new Map(listed.docs.map((d) => [String(d.id), d]))
  return {
    query,
    hasMore: hits.length > perPage,
    docs: onPage.flatMap((h) => {
      const story = byId.get(String(h.id))
      return story ? [{ ...story, snippet: snippet(h.plain, query) }] : []
    }),
  }
}
