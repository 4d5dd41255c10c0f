import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { ArticlePage, ReaderQueries, SiteSettings } from '@/server/queries'
import { articleHead, feedLinks, PageHead, pageTitle } from '@/site/head'
import { articleRoute, pageNumber, termRoute } from '@/site/routes'

const site: SiteSettings = {
  name: 'The Test Times',
  description: '',
  language: 'en',
  timeZone: 'UTC',
  baseUrl: 'https://news.example',
  editions: [
    { code: 'en', name: 'English' },
    { code: 'zh', name: '中文' },
  ],
}
const zh = site.editions[1]!

function storyPage(article: Record<string, unknown>): ArticlePage {
  return {
    article: { id: 7, slug: 'harbour', headline: 'Harbour reopens', updatedAt: '2026-01-02T00:00:00Z', ...article },
    authors: [],
    section: { id: 1, name: 'City', slug: 'city' },
    tags: [],
    captionFor: () => null,
    relatedLinks: [],
  } as unknown as ArticlePage
}

/** Read-side queries over a fixed set of published stories (and the old slugs they answered to). */
function queriesOver(stories: ArticlePage[], renamed: Record<string, string> = {}): ReaderQueries {
  const none = async () => {
    throw new Error('not used by this route')
  }
  return {
    getSite: async () => site,
    sections: async () => [{ id: 1, name: 'City', slug: 'city' }],
    articleBySlug: async (slug: string) => stories.find((s) => s.article.slug === slug) ?? null,
    currentSlugFor: async (slug: string) => renamed[slug] ?? null,
    articlePreview: none,
    listedArticles: async () => ({ docs: [], totalPages: 1 }),
    taxonomyBySlug: async (_c: string, slug: string) => (slug === 'city' ? { id: 1, name: 'City', slug } : null),
    publicAuthor: none,
    publishedEditions: async () => new Map(),
  } as unknown as ReaderQueries
}

describe('reader routes as functions of the queries', () => {
  const english = storyPage({})
  const chinese = storyPage({ id: 8, slug: 'gangkou', headline: '港口重开', language: 'zh' })
  const q = queriesOver([english, chinese], { 'harbor-old': 'harbour' })

  it('a story answers at its own address, with its head', async () => {
    const routed = await articleRoute(q, 'harbour', null)
    expect(routed.kind).toBe('page')
    if (routed.kind !== 'page') return
    expect(routed.head.title).toBe('Harbour reopens · The Test Times')
    expect(routed.head.canonical).toBe('https://news.example/news/harbour')
    expect(routed.language).toBeUndefined()
  })

  it('an old slug redirects to the current one; an unknown one is not found', async () => {
    expect(await articleRoute(q, 'harbor-old', null)).toEqual({ kind: 'redirect', to: '/news/harbour' })
    expect(await articleRoute(q, 'nothing-here', null)).toEqual({ kind: 'not-found' })
  })

  it('a story in another language answers under its edition only', async () => {
    expect(await articleRoute(q, 'gangkou', null)).toEqual({ kind: 'redirect', to: '/zh/news/gangkou' })
    expect(await articleRoute(q, 'harbour', 'zh')).toEqual({ kind: 'redirect', to: '/news/harbour' })
    expect(await articleRoute(q, 'gangkou', 'xx')).toEqual({ kind: 'not-found' })
    const routed = await articleRoute(q, 'gangkou', 'ZH')
    expect(routed.kind === 'page' && [routed.language, routed.head.title]).toEqual([
      'zh',
      '港口重开 · The Test Times · 中文',
    ])
  })

  it('a section page names its own feed; an unknown term is not found', async () => {
    const routed = await termRoute(q, 'sections', 'city', '2')
    expect(routed.kind === 'page' && routed.head.feeds.map((f) => f.href)).toEqual([
      '/feed.xml',
      '/section/city/feed.xml',
      '/atom.xml',
    ])
    expect(await termRoute(q, 'tags', 'nope', undefined)).toEqual({ kind: 'not-found' })
  })

  it('reads a page number as a whole number from 1', () => {
    expect([
      pageNumber('3'),
      pageNumber('0'),
      pageNumber('-2'),
      pageNumber('2.7'),
      pageNumber('x'),
      pageNumber(null),
    ]).toEqual([3, 1, 1, 2, 1, 1])
  })
})

describe('a reader page’s head', () => {
  it('lists the site feeds everywhere, the section’s on its section, the edition’s on an edition', () => {
    expect(feedLinks(site).map((f) => f.href)).toEqual(['/feed.xml', '/atom.xml'])
    expect(feedLinks(site, { edition: zh }).map((f) => [f.href, f.title])).toEqual([
      ['/zh/feed.xml', 'The Test Times · 中文'],
      ['/feed.xml', 'The Test Times'],
      ['/atom.xml', 'The Test Times'],
    ])
    expect(pageTitle(site)).toBe('The Test Times')
    expect(pageTitle(site, 'Search', zh)).toBe('Search · The Test Times · 中文')
  })

  it('names the other languages of a story, with x-default, only when there are two', () => {
    const page = storyPage({})
    expect(articleHead(site, page, []).languages).toEqual({})
    const both = [
      { id: 7, language: 'en', path: '/news/harbour', headline: 'Harbour reopens', isSource: true },
      { id: 8, language: 'zh', path: '/zh/news/gangkou', headline: '港口重开', isSource: false },
    ]
    expect(articleHead(site, page, both).languages).toEqual({
      en: 'https://news.example/news/harbour',
      zh: 'https://news.example/zh/news/gangkou',
      'x-default': 'https://news.example/news/harbour',
    })
  })

  it('shares a picture only when the hero has a social rendition', () => {
    const plain = articleHead(site, storyPage({}), [])
    expect(plain.meta).toContainEqual({ name: 'twitter:card', content: 'summary' })
    expect(plain.meta?.some((m) => 'property' in m && m.property === 'og:image')).toBe(false)
    const pictured = articleHead(
      site,
      storyPage({ hero: { photo: { id: 3, alt: 'Quay', sizes: { socialJpeg: { url: '/media/q-social.jpg' } } } } }),
      [],
    )
    expect(pictured.meta).toContainEqual({ property: 'og:image', content: 'https://news.example/media/q-social.jpg' })
    expect(pictured.meta).toContainEqual({ property: 'og:image:alt', content: 'Quay' })
    expect(pictured.meta).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' })
  })

  it('renders as head elements, with what editors typed escaped', () => {
    const head = articleHead(site, storyPage({ headline: 'A "quoted" <b>bold</b> claim', deck: 'Deck & more' }), [])
    const html = renderToStaticMarkup(createElement(PageHead, { head }))
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; claim · The Test Times</title>')
    expect(html).toContain('<meta name="description" content="Deck &amp; more"/>')
    expect(html).toContain('<link rel="canonical" href="https://news.example/news/harbour"/>')
    expect(html).toContain('<meta property="og:type" content="article"/>')
    expect(html).toContain(
      '<link rel="alternate" type="application/json" title="A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; claim" href="https://news.example/news/harbour.ninjs.json"/>',
    )
    expect(html).not.toContain('<b>')
  })
})
