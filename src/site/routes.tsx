import type { ReactElement } from 'react'

import { ArticleList } from '@/components/ArticleList'
import { ArticleView } from '@/components/ArticleView'
import { StoryTeaser } from '@/components/StoryTeaser'
import { articlePath, editionOf, editionPrefix, storyLanguage, type Edition } from '@/domain/editions'
import { searchFilters, type SnippetPart } from '@/domain/publishing/search'
import type { ListedArticle, ReaderQueries, SectionLink, SiteSettings } from '@/server/queries'

import { articleHead, feedLinks, type Head, pageTitle } from './head'

/**
 * The reader site's routes as plain functions of the read-side queries: what a page shows, what its head says, or
 * that it redirects or is not there. Next's pages (src/app) and the page cache's direct renderer
 * (src/server/render/) render the same answer through the same components.
 */
export type Routed =
  | { kind: 'page'; head: Head; body: ReactElement; language?: string }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found' }

const NOT_FOUND: Routed = { kind: 'not-found' }

/** The page number a reader asked for: anything that is not a whole number from 1 up is page 1. */
export const pageNumber = (param: string | null | undefined) => Math.max(1, Math.floor(Number(param)) || 1)

/** The edition an address's first segment names (another language of the site), or null. */
export async function editionNamed(q: ReaderQueries, segment: string): Promise<Edition | null> {
  const site = await q.getSite()
  return editionOf(decodeURIComponent(segment), site.editions, site.language)
}

/** The front page: a lead story with its picture, the latest, then each section's newest not already shown. */
export async function homeRoute(q: ReaderQueries): Promise<Routed> {
  const [site, { docs }, allSections] = await Promise.all([
    q.getSite(),
    q.listedArticles({ limit: 10, counted: false }),
    q.sections(),
  ])
  // A story appears once on the page: section blocks carry on below what the lead and "Latest" already show.
  const shown = docs.map((d) => d.id)
  const bySection = (
    await Promise.all(
      allSections.map(async (section) => ({
        section,
        docs: (await q.listedArticles({ sectionSlug: section.slug, limit: 3, excluding: shown, counted: false })).docs,
      })),
    )
  ).filter((b) => b.docs.length > 0)
  return {
    kind: 'page',
    head: { title: pageTitle(site), description: site.description || null, feeds: feedLinks(site) },
    body: <HomeView site={site} docs={docs} bySection={bySection} />,
  }
}

function HomeView({
  site,
  docs,
  bySection,
}: {
  site: SiteSettings
  docs: ListedArticle[]
  bySection: { section: SectionLink; docs: ListedArticle[] }[]
}) {
  if (!docs.length) {
    return (
      <section className="home">
        <p className="empty">No stories have been published yet.</p>
      </section>
    )
  }
  const [lead, ...rest] = docs
  return (
    <section className="home">
      <article className="lead">
        <StoryTeaser
          story={lead!}
          Heading="h1"
          picture={{ prefer: ['card', 'feature', 'hero'], sizes: '(min-width: 900px) 860px, 100vw', priority: true }}
          timeZone={site.timeZone}
        />
      </article>
      {rest.length > 0 && (
        <>
          <h2 className="home__heading">Latest</h2>
          <ArticleList docs={rest} page={1} totalPages={1} basePath="/" timeZone={site.timeZone} />
        </>
      )}
      {bySection.map(({ section, docs: sectionDocs }) => (
        <section key={section.id} className="home__section" aria-labelledby={`section-${section.slug}`}>
          <h2 className="home__heading" id={`section-${section.slug}`}>
            <a href={`/section/${section.slug}`}>{section.name}</a>
          </h2>
          <ArticleList
            docs={sectionDocs}
            page={1}
            totalPages={1}
            basePath={`/section/${section.slug}`}
            timeZone={site.timeZone}
          />
        </section>
      ))}
    </section>
  )
}

type Listing = Omit<NonNullable<Parameters<ReaderQueries['listedArticles']>[0]>, 'page' | 'limit'>

/** Published stories of one section, tag, author or edition, newest first, twenty a page, under the listing's name. */
async function listingRoute(
  q: ReaderQueries,
  options: {
    title: string
    deck?: string | null
    basePath: string
    listing: Listing
    page: string | null | undefined
    head: (site: SiteSettings) => Head
    language?: string
  },
): Promise<Routed> {
  const page = pageNumber(options.page)
  const [site, { docs, totalPages }] = await Promise.all([
    q.getSite(),
    q.listedArticles({ ...options.listing, page, limit: 20 }),
  ])
  return {
    kind: 'page',
    head: options.head(site),
    language: options.language,
    body: (
      <section>
        <h1 className="page-title">{options.title}</h1>
        {options.deck && <p className="deck">{options.deck}</p>}
        <ArticleList
          docs={docs}
          page={page}
          totalPages={totalPages}
          basePath={options.basePath}
          timeZone={site.timeZone}
        />
      </section>
    ),
  }
}

/** The page of one section or tag (`/section/<slug>`, `/tag/<slug>`). */
export async function termRoute(
  q: ReaderQueries,
  collection: 'sections' | 'tags',
  slug: string,
  page: string | null | undefined,
): Promise<Routed> {
  const term = await q.taxonomyBySlug(collection, slug)
  if (!term) return NOT_FOUND
  const isSection = collection === 'sections'
  return listingRoute(q, {
    title: term.name,
    basePath: `${isSection ? '/section' : '/tag'}/${term.slug}`,
    listing: isSection ? { sectionSlug: slug } : { tagSlug: slug },
    page,
    head: (site) => ({
      title: pageTitle(site, term.name),
      feeds: feedLinks(site, { section: isSection ? term : null }),
    }),
  })
}

/** A byline's page: the stories of one public author. */
export async function authorRoute(q: ReaderQueries, id: string, page: string | null | undefined): Promise<Routed> {
  const author = await q.publicAuthor(id)
  if (!author) return NOT_FOUND
  return listingRoute(q, {
    title: author.name,
    deck: author.title,
    basePath: `/author/${author.id}`,
    listing: { authorId: author.id },
    page,
    head: (site) => ({ title: pageTitle(site, author.name), feeds: feedLinks(site) }),
  })
}

/** An edition's front page (`/zh`): its published stories, newest first. */
export async function editionHomeRoute(
  q: ReaderQueries,
  segment: string,
  page: string | null | undefined,
): Promise<Routed> {
  const edition = await editionNamed(q, segment)
  if (!edition) return NOT_FOUND
  const site = await q.getSite()
  return listingRoute(q, {
    title: pageTitle(site, null, edition),
    basePath: `/${edition.code.toLowerCase()}`,
    listing: { language: edition.code },
    page,
    language: edition.code,
    head: () => ({ title: pageTitle(site, null, edition), feeds: feedLinks(site, { edition }) }),
  })
}

/**
 * A story's page, asked for at the plain path (`editionSegment` null) or under an edition's prefix. It answers only
 * at its own edition's address: elsewhere it redirects there; an old slug redirects to the current one.
 */
export async function articleRoute(q: ReaderQueries, slug: string, editionSegment: string | null): Promise<Routed> {
  const edition = editionSegment === null ? null : await editionNamed(q, editionSegment)
  if (editionSegment !== null && !edition) return NOT_FOUND
  const [site, page] = await Promise.all([q.getSite(), q.articleBySlug(slug)])
  const prefix = edition ? `/${edition.code.toLowerCase()}` : ''
  if (!page) {
    const current = await q.currentSlugFor(slug)
    return current ? { kind: 'redirect', to: `${prefix}/news/${encodeURIComponent(current)}` } : NOT_FOUND
  }
  const language = storyLanguage(page.article, site.language)
  if (editionPrefix(language, site.language) !== prefix)
    return { kind: 'redirect', to: articlePath(page.article.slug ?? slug, language, site.language) }
  const editions = (await q.publishedEditions([page.article])).get(String(page.article.id)) ?? []
  return {
    kind: 'page',
    head: articleHead(site, page, editions, edition),
    language: edition?.code,
    body: <ArticleView page={page} site={site} />,
  }
}

/** The first value of a parameter given once or several times, never longer than a search box holds. */
const one = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? ''

/** Search over published stories, with section and date filters; results are never indexed. */
export async function searchRoute(
  q: ReaderQueries,
  params: Record<string, string | string[] | undefined>,
): Promise<Routed> {
  const [query, section, from, to] = [one(params.q), one(params.section), one(params.from), one(params.to)]
  const page = pageNumber(one(params.page))
  const [site, sectionList] = await Promise.all([q.getSite(), q.sections()])
  const { filters, problems } = searchFilters({ section, from, to }, sectionList, site.timeZone)
  const results = await q.searchArticles(query, { page, filters })
  const snippets = new Map(results.docs.map((d) => [d.id, d.snippet]))
  const kept = new URLSearchParams(Object.entries({ q: query, section, from, to }).filter(([, v]) => v))
  return {
    kind: 'page',
    head: { title: pageTitle(site, 'Search'), robots: 'noindex', feeds: feedLinks(site) },
    body: (
      <section>
        <h1 className="page-title">Search</h1>
        <form action="/search" role="search" className="search-form">
          <label htmlFor="q">Search published stories</label>
          <input id="q" name="q" type="search" defaultValue={query} />
          <label htmlFor="section">Section</label>
          <select id="section" name="section" defaultValue={section}>
            <option value="">All sections</option>
            {sectionList.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={from} />
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={to} />
          <button type="submit">Search</button>
        </form>
        {problems.length > 0 && (
          <ul className="search-problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {query && results.docs.length === 0 && <p className="deck">Nothing found for “{query}”.</p>}
        {results.docs.length > 0 && (
          <ArticleList
            docs={results.docs}
            page={page}
            hasMore={results.hasMore}
            basePath={`/search?${kept}&`}
            timeZone={site.timeZone}
            below={(story) => <Passage parts={snippets.get(story.id) ?? []} />}
          />
        )}
      </section>
    ),
  }
}

function Passage({ parts }: { parts: SnippetPart[] }) {
  if (!parts.length) return null
  return (
    <p className="search-snippet">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  )
}

/** What a reader sees at an address with nothing there (Next answers it with 404). */
export async function notFoundPage(q: ReaderQueries): Promise<{ head: Head; body: ReactElement }> {
  const site = await q.getSite()
  return {
    head: { title: pageTitle(site, 'Page not found'), robots: 'noindex', feeds: feedLinks(site) },
    body: (
      <section className="not-found">
        <h1>Page not found</h1>
        <p>The story you are looking for is not here. It may have moved, or the address may be mistyped.</p>
      </section>
    ),
  }
}
