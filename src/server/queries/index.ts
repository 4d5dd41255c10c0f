import { cache } from 'react'

import { payloadInstance } from '../payload'
import { bindReaderQueries } from './bind'
import { searchArticles as findMatches } from './search'

export type { ArticlePage, ResolvedCaption } from './articlePage'
export type { ReaderQueries } from './bind'
export type { PublishedEditionOf } from './editions'
export type { ListedArticle } from './listings'
export type { SiteSettings } from './site'
export type { SectionLink } from './taxonomy'

/**
 * The public site's door for Next's pages and routes: the read-side queries bound to this process's instance, the
 * ones a request asks more than once read once per request (React's request cache).
 */
const bound = bindReaderQueries(payloadInstance, () => findMatches)
export const readerQueries = {
  ...bound,
  getSite: cache(bound.getSite),
  sections: cache(bound.sections),
  articleBySlug: cache(bound.articleBySlug),
}
export const {
  getSite,
  sections,
  articleBySlug,
  currentSlugFor,
  articlePreview,
  listedArticles,
  searchArticles,
  taxonomyBySlug,
  publicAuthor,
  publishedEditions,
} = readerQueries
