import { EDITION_SEGMENT_PATTERN } from '../../domain/editions.ts'

/**
 * Which requests the page cache may answer and which responses it may keep. Only the public reader routes are
 * cached; the admin, the API, preview and Next's client-navigation (RSC) requests always go to the renderer.
 */
const HTML = /^text\/html\b/i
const XML = /^application\/([a-z]+\+)?xml\b|^text\/xml\b/i
const TEXT = /^text\/plain\b/i

/**
 * Query parameters a page reads; anything else (utm_*, cache busters) does not make a new page. Search reads its
 * filters too: a key without them would hand one reader's filtered results to everyone asking the bare query.
 */
const LISTING_PARAMS = ['page']
const SEARCH_PARAMS = ['q', 'page', 'section', 'from', 'to']

/**
 * Each cacheable route, the content type its answer must have to be kept (anything else is not the page) and the
 * query parameters that make a different page of it.
 */
const EDITION = `/${EDITION_SEGMENT_PATTERN}`
const PUBLIC_ROUTES: [RegExp, RegExp, string[]?][] = [
  [/^\/$/, HTML],
  // Another language's edition (/zh, /zh/news/<slug>, /zh/feed.xml); an unknown one answers 404, never kept.
  [new RegExp(`^${EDITION}$`, 'i'), HTML],
  [new RegExp(`^${EDITION}/news/[^/]+$`, 'i'), HTML],
  [new RegExp(`^${EDITION}/feed\\.xml$`, 'i'), XML],
  [/^\/news\/[^/]+$/, HTML],
  [/^\/section\/[^/]+\/feed\.xml$/, XML],
  [/^\/section\/[^/]+$/, HTML],
  [/^\/tag\/[^/]+$/, HTML],
  [/^\/author\/[^/]+$/, HTML],
  [/^\/search$/, HTML, SEARCH_PARAMS],
  [/^\/(feed|atom|sitemap|news-sitemap)\.xml$/, XML],
  [/^\/sitemaps\/[^/]+$/, XML],
  [/^\/robots\.txt$/, TEXT],
]

const routeOf = (pathname: string) => PUBLIC_ROUTES.find(([route]) => route.test(pathname))

type Headers = Record<string, string | string[] | undefined>

const PLAIN_PATH = /^\/[A-Za-z0-9._~/-]*$/

/**
 * The cache key of a request (normalised path and query), or null when the request must not be cached. Headers play
 * no part: a page is rendered without the reader's (cachingHandler.ts), so Next's client-navigation headers (`rsc`,
 * `next-router-*`, `next-url`) and its `_rsc` parameter get the page like anyone else. Reader pages carry no client
 * router that could want anything else, and answering such requests past the cache let anyone make every request a
 * full render.
 */
export function cacheKeyFor(method: string | undefined, rawUrl: string | undefined): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null
  if (!rawUrl) return null
  // The common case, a plain path with no query, escapes or dot segments, is already its own normal form.
  if (PLAIN_PATH.test(rawUrl) && !rawUrl.includes('/.') && !rawUrl.includes('//'))
    return routeOf(rawUrl) ? rawUrl : null
  let url: URL
  try {
    url = new URL(rawUrl, 'http://masthead.invalid')
  } catch {
    return null
  }
  const route = routeOf(url.pathname)
  if (!route) return null
  const kept = (route[2] ?? LISTING_PARAMS)
    .filter((p) => url.searchParams.has(p))
    .map((p) => `${p}=${encodeURIComponent(url.searchParams.get(p)!)}`)
  return kept.length ? `${url.pathname}?${kept.join('&')}` : url.pathname
}

/**
 * Only the page a reader asked for is kept: a 200 with the route's own content type and a body. Errors, redirects,
 * RSC payloads or JSON answered on a page's address, and anything that sets a cookie or asks to stay private are
 * served once and forgotten.
 */
export function isStorable(key: string, status: number, headers: Headers, bodyBytes: number): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined || bodyBytes === 0) return false
  const expected = routeOf(key.split('?')[0])?.[1]
  if (!expected || !expected.test(String(headers['content-type'] ?? ''))) return false
  const cc = String(headers['cache-control'] ?? '')
  return cc === NEXT_DYNAMIC_DEFAULT || !/\b(private|no-store)\b/.test(cc)
}

/** Next marks every dynamically rendered page so; it says how Next renders, not who may see the page. */
const NEXT_DYNAMIC_DEFAULT = 'private, no-cache, no-store, max-age=0, must-revalidate'

/** Headers that belong to one transfer, not to the page. */
const TRANSFER_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'cache-control',
  'etag',
  'x-cache',
  'set-cookie',
  'vary',
])

export function pageHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSFER_HEADERS.has(name)) continue
    kept[name] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return kept
}

/**
 * What browsers and shared caches are told. Browsers keep a page but ask again every time (an ETag makes that a
 * 304). A shared cache in front (Varnish, a CDN) may keep it as long as this server's own cache does, serve it
 * stale for a minute while it fetches the new one, and for a day while this server cannot answer; a purge by tag
 * (Surrogate-Key, Cache-Tag) takes it out at once.
 */
export const publicCacheControl = (sharedMaxAgeSeconds: number) =>
  `public, max-age=0, s-maxage=${sharedMaxAgeSeconds}, stale-while-revalidate=60, stale-if-error=86400`

/**
 * A stale copy, served while its fresh render is made (after a purge): browsers as ever, shared caches not at all —
 * an edge that kept it would serve the superseded page for its whole lifetime after the purge that made it stale.
 */
export const STALE_CACHE_CONTROL = 'public, max-age=0, s-maxage=0, must-revalidate'

export type Encoding = 'br' | 'gzip' | 'identity'

/**
 * The encoding to answer with, from an Accept-Encoding header (RFC 9110 §12.5.3): brotli over gzip over none,
 * among those the client accepts (`q=0` refuses one; `*` stands for any not named).
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity'
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=(.*?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    const weight = q === undefined ? 1 : q === '' ? 0 : Number(q)
    weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0
  const br = weightOf('br')
  const gzip = Math.max(weightOf('gzip'), weights.get('x-gzip') ?? 0)
  if (br > 0 && br >= gzip) return 'br'
  if (gzip > 0) return 'gzip'
  return 'identity'
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and `*` included). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch === etag || ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
