import { articlePath, hreflangAlternates, storyLanguage, type Edition } from '@/domain/editions'
import type { Photo } from '@/payload-types'
import type { ArticlePage, PublishedEditionOf, SiteSettings } from '@/server/queries'

/**
 * What a reader's page says about itself in `<head>`: one description, rendered by `PageHead` inside the page's
 * tree (React puts it in the head), the same whether Next or the page cache's direct renderer renders the page.
 */
export type Head = {
  title: string
  description?: string | null
  canonical?: string
  /** `noindex` for pages search engines should not keep (search results, previews). */
  robots?: string
  /** Other languages of the same story (hreflang), `x-default` included. */
  languages?: Record<string, string>
  feeds: Feed[]
  /** Open Graph (`property`) and Twitter card (`name`) lines, in order. */
  meta?: ({ property: string; content: string } | { name: string; content: string })[]
}

export type Feed = { type: string; href: string; title: string }

/** The title of an edition's pages ("Site · 中文") or the site's own name. */
export const siteTitle = (site: SiteSettings, edition?: Edition | null) =>
  edition ? `${site.name} · ${edition.name}` : site.name

/** "Page · Site": every page's title ends with the site's (or the edition's) name. */
export const pageTitle = (site: SiteSettings, title?: string | null, edition?: Edition | null) =>
  title ? `${title} · ${siteTitle(site, edition)}` : siteTitle(site, edition)

/**
 * Feed autodiscovery: every page names the site's RSS and Atom feeds, a section page its own feed as well, an
 * edition's pages the edition's feed.
 */
export function feedLinks(
  site: SiteSettings,
  options: { section?: { name: string; slug?: string | null } | null; edition?: Edition | null } = {},
): Feed[] {
  const { section, edition } = options
  const feeds: Feed[] = []
  if (edition)
    feeds.push({
      type: 'application/rss+xml',
      href: `/${edition.code.toLowerCase()}/feed.xml`,
      title: siteTitle(site, edition),
    })
  feeds.push({ type: 'application/rss+xml', href: '/feed.xml', title: site.name })
  if (section?.slug)
    feeds.push({
      type: 'application/rss+xml',
      href: `/section/${section.slug}/feed.xml`,
      title: `${site.name} · ${section.name}`,
    })
  feeds.push({ type: 'application/atom+xml', href: '/atom.xml', title: site.name })
  return feeds
}

/** The head of a story's page: canonical address, other languages, feeds, Open Graph and Twitter card. */
export function articleHead(
  site: SiteSettings,
  page: ArticlePage,
  editions: PublishedEditionOf[],
  edition?: Edition | null,
): Head {
  const { article } = page
  const base = site.baseUrl
  const language = storyLanguage(article, site.language)
  const url = `${base}${articlePath(article.slug ?? '', language, site.language)}`
  const hero = typeof article.hero?.photo === 'object' ? (article.hero.photo as Photo | null) : null
  const social = hero?.sizes?.socialJpeg?.url ?? hero?.sizes?.social?.url
  const image = social ? (/^https?:/.test(social) ? social : `${base}${social}`) : undefined
  const description = article.deck || undefined
  const og = (property: string, content: string | null | undefined) => (content ? [{ property, content }] : [])
  const card = (name: string, content: string | null | undefined) => (content ? [{ name, content }] : [])
  return {
    title: pageTitle(site, article.headline, edition),
    description,
    canonical: url,
    languages: hreflangAlternates(
      editions.map((e) => ({ ...e, url: `${base}${e.path}` })),
      site.language,
    ),
    feeds: [
      ...feedLinks(site, { section: page.section, edition }),
      { type: 'application/json', href: `${url}.ninjs.json`, title: article.headline },
    ],
    meta: [
      ...og('og:title', article.displayHeadline || article.headline),
      ...og('og:description', description),
      ...og('og:url', url),
      ...og('og:site_name', site.name),
      ...og('og:locale', language),
      ...og('og:image', image),
      ...(image ? [...og('og:image:width', '1200'), ...og('og:image:height', '630')] : []),
      ...(image ? og('og:image:alt', hero?.alt ?? '') : []),
      ...og('og:type', 'article'),
      ...og('article:published_time', article.releasedAt ?? article.firstPublishedAt),
      ...og('article:modified_time', article.updatedAt),
      ...og('article:section', page.section?.name),
      ...card('twitter:card', image ? 'summary_large_image' : 'summary'),
      ...card('twitter:title', article.headline),
      ...card('twitter:description', description),
      ...card('twitter:image', image),
    ],
  }
}

/** A page's `Head` as elements; React hoists them into `<head>` wherever they are rendered. */
export function PageHead({ head }: { head: Head }) {
  return (
    <>
      <title>{head.title}</title>
      {head.description && <meta name="description" content={head.description} />}
      {head.robots && <meta name="robots" content={head.robots} />}
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      {Object.entries(head.languages ?? {}).map(([language, href]) => (
        <link key={language} rel="alternate" hrefLang={language} href={href} />
      ))}
      {head.feeds.map((feed) => (
        <link key={feed.href} rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
      ))}
      {head.meta?.map((line, i) =>
        'property' in line ? (
          <meta key={i} property={line.property} content={line.content} />
        ) : (
          <meta key={i} name={line.name} content={line.content} />
        ),
      )}
    </>
  )
}
