import { buildFeed, type FeedEntry } from '../domain/publishing/feeds'
import { SITEMAP_CHUNK, newsSitemap, robotsTxt, sitemapIndex, urlSet } from '../domain/publishing/sitemaps'
import { editionPrefix, hreflangAlternates } from '../domain/editions'
import type { ListedArticle, ReaderQueries } from './queries'

/**
 * Feeds, sitemaps and robots.txt: the public read-side queries in (bound by the caller: Next's routes or the page
 * cache's direct renderer), the pure builders out.
 */
const absolute = (base: string, url: string | null) => (!url ? null : /^https?:\/\//.test(url) ? url : `${base}${url}`)

const xml = (body: string, type = 'application/xml') =>
  new Response(body, {
    headers: {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
    },
  })

async function feedEntries(base: string, docs: ListedArticle[]): Promise<FeedEntry[]> {
  return docs.map((d) => ({
    title: d.headline,
    url: `${base}${d.path}`,
    summary: d.deck,
    published: d.published,
    updated: d.updated,
    authors: d.byline,
    section: d.section?.name,
    image: d.image ? { ...d.image, url: absolute(base, d.image.url)! } : null,
  }))
}

/** The feed of one edition (the publication's language unless `language` names another), or of one section. */
export async function feedResponse(
  q: ReaderQueries,
  kind: 'rss' | 'atom',
  sectionSlug?: string,
  language?: string,
): Promise<Response> {
  const site = await q.getSite()
  const base = site.baseUrl
  const { docs } = await q.listedArticles({ limit: 50, sectionSlug, counted: false, language })
  if (sectionSlug && !docs.length) return new Response('Not found', { status: 404 })
  const title = sectionSlug && docs[0]?.section ? `${site.name}: ${docs[0].section.name}` : site.name
  const feed = buildFeed(
    kind,
    {
      title,
      // A section's feed is described by its name (the site's description is about the whole publication).
      description: sectionSlug ? undefined : site.description,
      siteUrl: base,
      selfPath: sectionSlug
        ? `/section/${sectionSlug}/feed.xml`
        : `${editionPrefix(language ?? site.language, site.language)}/feed.xml`,
      language: language ?? site.language,
      copyright: `© ${site.name}`,
    },
    await feedEntries(base, docs),
  )
  return xml(feed, kind === 'rss' ? 'application/rss+xml' : 'application/atom+xml')
}

export async function sitemapIndexResponse(q: ReaderQueries): Promise<Response> {
  const site = await q.getSite()
  const base = site.baseUrl
  const { totalDocs, docs } = await q.listedArticles({ limit: 1, language: '*' })
  const chunks = Math.max(1, Math.ceil(totalDocs / SITEMAP_CHUNK))
  return xml(
    sitemapIndex([
      { loc: `${base}/sitemaps/pages.xml` },
      ...Array.from({ length: chunks }, (_, i) => ({
        loc: `${base}/sitemaps/articles-${i + 1}.xml`,
        lastmod: i === 0 ? (docs[0]?.updated ?? null) : null,
      })),
    ]),
  )
}

export async function sitemapChunkResponse(q: ReaderQueries, name: string): Promise<Response> {
  const site = await q.getSite()
  const base = site.baseUrl
  if (name === 'pages.xml') return xml(urlSet([{ loc: `${base}/` }]))
  const match = /^articles-(\d{1,6})\.xml$/.exec(name)
  if (!match) return new Response('Not found', { status: 404 })
  const { docs } = await q.listedArticles({ limit: SITEMAP_CHUNK, page: Number(match[1]), language: '*' })
  if (!docs.length && match[1] !== '1') return new Response('Not found', { status: 404 })
  // Each story's published editions, as alternates of one another (an edition not yet live is not named).
  const editions = await q.publishedEditions(docs)
  return xml(
    urlSet(
      docs.map((d) => ({
        loc: `${base}${d.path}`,
        lastmod: d.updated,
        alternates: hreflangAlternates(
          (editions.get(String(d.id)) ?? []).map((e) => ({ ...e, url: `${base}${e.path}` })),
          site.language,
        ),
      })),
    ),
  )
}

export async function newsSitemapResponse(q: ReaderQueries): Promise<Response> {
  const site = await q.getSite()
  const base = site.baseUrl
  const { docs } = await q.listedArticles({
    limit: 1000,
    since: new Date(Date.now() - 48 * 3600 * 1000),
    counted: false,
  })
  return xml(
    newsSitemap(
      docs.map((d) => ({ loc: `${base}${d.path}`, title: d.headline, published: d.published })),
      { name: site.name, language: site.language },
    ),
  )
}

export async function robotsResponse(q: ReaderQueries): Promise<Response> {
  const site = await q.getSite()
  return new Response(robotsTxt(site.baseUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
