import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'

import { EDITION_SEGMENT_PATTERN } from '../../domain/editions.ts'
import { type Head, PageHead } from '../../site/head.tsx'
import {
  articleRoute,
  authorRoute,
  editionHomeRoute,
  editionNamed,
  homeRoute,
  notFoundPage,
  type Routed,
  searchRoute,
  termRoute,
} from '../../site/routes.tsx'
import { SiteChrome } from '../../site/SiteChrome.tsx'
import {
  feedResponse,
  newsSitemapResponse,
  robotsResponse,
  sitemapChunkResponse,
  sitemapIndexResponse,
} from '../publishing.ts'
import type { SharedSearch } from '../cache/bridge.ts'
import { bindReaderQueries, type ReaderQueries } from '../queries/bind.ts'
import { EVERY_ANSWER, readerPageHeaders } from '../http/securityHeaders.mjs'

/**
 * Readers' main pages rendered by the page cache itself: the same routes (src/site/routes.tsx) and components as
 * Next's pages, rendered by React straight to HTML. Next's renderer costs ~15 ms of CPU before a page does anything
 * (a render for its client payload, then HTML from that payload, on one thread) for documents that carry no client
 * code anyway; here a page costs its queries and one React pass. Feeds, sitemaps and robots.txt come from the same
 * builders as Next's route handlers. Whatever this does not answer (redirects, a feed or sitemap that is not there,
 * and anything before Payload is up) goes to Next as before.
 */
export type DirectPage = { status: number; headers: Record<string, string>; body: Buffer }

type Route = (q: ReaderQueries, match: RegExpExecArray, query: URLSearchParams) => Promise<Routed | Response>

const EDITION = `/(${EDITION_SEGMENT_PATTERN})`

const ROUTES: [RegExp, Route][] = [
  [new RegExp(`^${EDITION}$`, 'i'), (q, m, s) => editionHomeRoute(q, m[1]!, s.get('page'))],
  [new RegExp(`^${EDITION}/news/([^/]+)$`, 'i'), (q, m) => articleRoute(q, decodeURIComponent(m[2]!), m[1]!)],
  [new RegExp(`^${EDITION}/feed\\.xml$`, 'i'), (q, m) => editionFeed(q, m[1]!)],
  [/^\/feed\.xml$/, (q) => feedResponse(q, 'rss')],
  [/^\/atom\.xml$/, (q) => feedResponse(q, 'atom')],
  [/^\/section\/([^/]+)\/feed\.xml$/, (q, m) => feedResponse(q, 'rss', decodeURIComponent(m[1]!))],
  [/^\/sitemap\.xml$/, (q) => sitemapIndexResponse(q)],
  [/^\/sitemaps\/([^/]+)$/, (q, m) => sitemapChunkResponse(q, m[1]!)],
  [/^\/news-sitemap\.xml$/, (q) => newsSitemapResponse(q)],
  [/^\/robots\.txt$/, (q) => robotsResponse(q)],
  [/^\/$/, (q) => homeRoute(q)],
  [/^\/news\/([^/]+)$/, (q, m) => articleRoute(q, decodeURIComponent(m[1]!), null)],
  [/^\/section\/([^/]+)$/, (q, m, s) => termRoute(q, 'sections', decodeURIComponent(m[1]!), s.get('page'))],
  [/^\/tag\/([^/]+)$/, (q, m, s) => termRoute(q, 'tags', decodeURIComponent(m[1]!), s.get('page'))],
  [/^\/author\/([^/]+)$/, (q, m, s) => authorRoute(q, m[1]!, s.get('page'))],
  [/^\/search$/, (q, _, s) => searchRoute(q, parametersOf(s))],
]

/** A query string as Next hands it to a page: a name given twice has a list of values. */
function parametersOf(query: URLSearchParams): Record<string, string | string[]> {
  const parameters: Record<string, string | string[]> = {}
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name)
    parameters[name] = values.length > 1 ? values : values[0]!
  }
  return parameters
}

/** An edition's RSS feed; Next answers an edition there is not (404). */
async function editionFeed(q: ReaderQueries, segment: string): Promise<Routed | Response> {
  const edition = await editionNamed(q, segment)
  return edition ? feedResponse(q, 'rss', undefined, edition.code) : new Response(null, { status: 404 })
}

/** What Next puts in every page's head by itself (its metadata defaults and the app icon). */
function DocumentBasics() {
  return (
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
    </>
  )
}

/** What next.config.mjs has Next add to every reader route's answer. */
const ROUTE_HEADERS: Record<string, string> = Object.fromEntries(
  [...EVERY_ANSWER, ...readerPageHeaders(false)].map((h) => [h.key.toLowerCase(), h.value]),
)
const PAGE_HEADERS = { ...ROUTE_HEADERS, 'content-type': 'text/html; charset=utf-8' }

/**
 * A renderer for cache keys (`/news/slug`, `/section/x?page=2`), reading through the Payload instance `payload()`
 * gives (null until Payload has started: then nothing is rendered here). Answers null for what Next must render.
 */
export function createReaderPageRenderer(payload: () => Payload | null, search: () => SharedSearch | null) {
  const queries = bindReaderQueries(async () => {
    const instance = payload()
    if (!instance) throw new Error('Payload is not started')
    return instance
  }, search)
  return async function renderReaderPage(key: string): Promise<DirectPage | null> {
    if (!payload() || !search()) return null
    const url = new URL(key, 'http://masthead.invalid')
    // Next answers a story's ninjs at its page's address plus this suffix (a rewrite in next.config.mjs).
    if (url.pathname.endsWith('.ninjs.json')) return null
    for (const [pattern, route] of ROUTES) {
      const match = pattern.exec(url.pathname)
      if (!match) continue
      let routed: Routed | Response
      try {
        routed = await route(queries, match, url.searchParams)
      } catch (error) {
        // A malformed escape is Next's to answer (400). Anything else throws: the page cache then asks Next.
        if (error instanceof URIError) return null
        throw error
      }
      if (routed instanceof Response) {
        if (routed.status !== 200) return null
        const headers = { ...ROUTE_HEADERS, ...Object.fromEntries(routed.headers) }
        return { status: 200, headers, body: Buffer.from(await routed.arrayBuffer()) }
      }
      if (routed.kind === 'redirect') return null
      // Next answers a reader's 404 with an empty document here (its not-found boundary does not work with several
      // root layouts, vercel/next.js#59180), so the page cache answers it with the site's own.
      const page = routed.kind === 'page' ? routed : { ...(await notFoundPage(queries)), language: undefined }
      return { status: routed.kind === 'page' ? 200 : 404, headers: PAGE_HEADERS, body: await documentOf(page) }
    }
    return null
  }

  async function documentOf(page: { head: Head; body: ReactElement; language?: string }): Promise<Buffer> {
    const [site, sections] = await Promise.all([queries.getSite(), queries.sections()])
    const html = renderToString(
      <SiteChrome site={site} sections={sections} language={page.language}>
        <DocumentBasics />
        <PageHead head={page.head} />
        {page.body}
      </SiteChrome>,
    )
    return Buffer.from(`<!DOCTYPE html>${html}`, 'utf8')
  }
}
