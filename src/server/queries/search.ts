import type { Payload, Where } from 'payload'

import { LISTINGS } from '../../domain/publishing/cacheTags'
import { rank, searchTerms } from '../../domain/publishing/search'
import { recordPageTags } from '../cache/bridge'
import { type ListedArticle, listedArticles } from './listings'
import { published } from './reader'

const SEARCH_CANDIDATES = 300

/** Published stories matching every term of the query, most relevant first (among the newest 300 that match). */
export async function searchArticles(
  payload: Payload,
  query: string,
  { page = 1, perPage = 20, defaultLanguage = 'en' } = {},
): Promise<{ docs: ListedArticle[]; total: number; totalPages: number; terms: string[] }> {
  const terms = searchTerms(query)
  if (!terms.length) return { docs: [], total: 0, totalPages: 0, terms }
  recordPageTags(LISTINGS)
  const { docs } = await payload.find({
    collection: 'articles',
    // The search text is staff-only as a field (readers never receive it); the public filter stays explicit.
    overrideAccess: true,
    draft: false,
    where: published({
      and: terms.map((t): Where => ({ or: [{ headline: { like: t } }, { searchText: { like: t } }] })),
    }),
    // The newest matches are ranked (walking the release-time index); no count of every match is made, so the
    // cost stays flat as the archive grows.
    sort: ['-releasedAt', '-id'],
    limit: SEARCH_CANDIDATES,
    pagination: false,
    depth: 0,
    select: {
      headline: true,
      deck: true,
      searchText: true,
      firstPublishedAt: true,
      releasedAt: true,
      updatedAt: true,
      slug: true,
    },
  })
  const ranked = rank(
    docs.map((d) => ({
      id: d.id,
      headline: d.headline,
      deck: d.deck ?? null,
      body: d.searchText ?? '',
      published: d.releasedAt ?? d.firstPublishedAt ?? d.updatedAt,
      slug: d.slug ?? String(d.id),
      updated: d.updatedAt,
    })),
    terms,
  )
  const slice = ranked.slice((page - 1) * perPage, page * perPage)
  // The page's stories as every listing shows them (picture, section, byline), in the order of their rank.
  const listed = slice.length
    ? await listedArticles(payload, {
        ids: slice.map((d) => d.id),
        limit: slice.length,
        counted: false,
        // Search finds stories of every edition, each at its own address.
        language: '*',
        defaultLanguage,
      })
    : { docs: [] }
  const byId = new Map(listed.docs.map((d) => [String(d.id), d]))
  return {
    terms,
    total: ranked.length,
    totalPages: Math.ceil(ranked.length / perPage),
    docs: slice.map((d) => byId.get(String(d.id))).filter((d): d is ListedArticle => d !== undefined),
  }
}
