import { escapeXml } from './xml'

export const SITEMAP_CHUNK = 1000
export const NEWS_SITEMAP_MAX = 1000
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3600 * 1000

type Located = { loc: string; lastmod?: string | null; alternates?: Record<string, string> }

/** A sitemaps.org list: `<root>` holding one `<item>` per address, with its last change and language editions. */
function locationList(root: 'sitemapindex' | 'urlset', item: 'sitemap' | 'url', entries: Located[]): string {
  const alternatesIn = entries.some((e) => e.alternates && Object.keys(e.alternates).length)
  const namespaces = alternatesIn ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''
  const alternate = ([language, href]: [string, string]) =>
    `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${namespaces}>`,
    ...entries.map(
      (e) =>
        `  <${item}><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}${Object.entries(
          e.alternates ?? {},
        )
          .map(alternate)
          .join('')}</${item}>`,
    ),
    `</${root}>`,
    '',
  ].join('\n')
}

export const sitemapIndex = (sitemaps: Omit<Located, 'alternates'>[]) =>
  locationList('sitemapindex', 'sitemap', sitemaps)
export const urlSet = (urls: Located[]) => locationList('urlset', 'url', urls)

export type NewsEntry = { loc: string; title: string; published: string }

/** Google News sitemap: articles from the last 48 hours, at most 1,000, newest first. */
export function newsSitemap(
  entries: NewsEntry[],
  publication: { name: string; language: string },
  now = new Date(),
): string {
  const recent = entries
    .filter((e) => now.getTime() - new Date(e.published).getTime() <= NEWS_SITEMAP_WINDOW_MS)
    .sort((a, b) => b.published.localeCompare(a.published))
    .slice(0, NEWS_SITEMAP_MAX)
  const language = publication.language.split('-')[0].toLowerCase()
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...recent.map(
      (e) =>
        `  <url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
        `<news:language>${escapeXml(language)}</news:language></news:publication>` +
        `<news:publication_date>${escapeXml(e.published)}</news:publication_date><news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
}

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    `Sitemap: ${baseUrl}/news-sitemap.xml`,
    '',
  ].join('\n')
}
