import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { approvedMaterial, baseUrl, http, newsroom, post } from './client'
import { type OwnServer, ownServer } from './ownServer'

/**
 * The page cache renders readers' pages, feeds and sitemaps itself (src/server/render/) through the same routes and
 * components as Next's pages. A second server on the same database with that turned off renders everything
 * through Next: both must answer the same documents with the same headers and the same purge tags. Next adds only
 * its stylesheet preload and an empty metadata outlet, which is how the two renders are told apart.
 */
describe('the page cache’s own render and Next’s render of a reader page', () => {
  let throughNext: OwnServer
  const stamp = Date.now()
  const paths: string[] = []

  beforeAll(async () => {
    throughNext = await ownServer(
      { databaseFile: inject('databaseFile'), mediaDir: inject('mediaDir') },
      { PAGE_CACHE_DIRECT_RENDER: '0' },
    )
    const room = await newsroom()
    const { writer, editor, editor2 } = room
    const section = (await post('/api/sections', editor.token, { name: `Same ${stamp}`, slug: `same-${stamp}` })).json
      .doc
    const tag = (await post('/api/tags', editor.token, { name: `Both ways ${stamp}`, slug: `both-${stamp}` })).json.doc
    const { photo, link } = await approvedMaterial(room, {
      name: 'same.jpg',
      color: '#8f5d2a',
      alt: 'Ochre',
      caption: 'The quay at noon.',
    })
    const article = (
      await post('/api/articles?draft=true', writer.token, {
        headline: `Rendered both ways & <compared> ${stamp}`,
        deck: 'One story, two renderers.',
        section: section.id,
        tags: [tag.id],
        hero: { photo: photo.id },
        relatedLinks: [link.id],
      })
    ).json.doc
    for (const [action, token] of [
      ['submit', writer.token],
      ['approve', editor2.token],
      ['publish', editor.token],
    ] as const) {
      const res = await post(`/api/articles/${article.id}/workflow`, token, { action })
      expect(res.status, res.text).toBe(200)
    }
    const authorId = (Array.isArray(article.authors) ? article.authors[0] : null) ?? writer.user.id
    paths.push(
      `/news/${article.slug}`,
      '/',
      `/section/${section.slug}`,
      `/section/${section.slug}?page=2`,
      `/tag/${tag.slug}`,
      `/author/${typeof authorId === 'object' ? authorId.id : authorId}`,
      '/feed.xml',
      '/atom.xml',
      `/section/${section.slug}/feed.xml`,
      '/sitemap.xml',
      '/sitemaps/articles-1.xml',
      '/news-sitemap.xml',
      '/robots.txt',
      '/zh',
      '/zh/feed.xml',
      `/search?q=${stamp}`,
      `/search?q=renderers&section=${section.slug}&page=1`,
      '/search?q=renderers&from=2024-02-30',
      '/search',
    )
  }, 180_000)
  afterAll(() => throughNext?.stop())

  const PER_TRANSFER = new Set(['date', 'etag', 'age', 'x-cache', 'content-length', 'keep-alive', 'connection'])
  /**
   * The page as its server keeps it. The second server hears of the publication from the purge log (a poll
   * later): a render it began before that purge is answered once and not kept, so this reads until a copy is.
   */
  const read = async (base: string, pathname: string) => {
    const started = Date.now()
    for (;;) {
      const res = await fetch(`${base}${pathname}`, { headers: { 'accept-encoding': 'identity' } })
      const headers = Object.fromEntries([...res.headers].filter(([name]) => !PER_TRANSFER.has(name)))
      const page = { status: res.status, headers, text: await res.text() }
      if (res.headers.get('x-cache') === 'HIT' || Date.now() - started > 5000) return page
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  /** What Next puts in a page that the direct render leaves out: nothing readers or crawlers use. */
  const NEXT_ONLY = [
    /<link rel="preload" href="\/site\.css\?v=[^"]+" as="style"\/>/,
    /<div hidden="">(<!--\$-->|<!--\/\$-->)*<\/div>/,
  ]
  const withoutNextExtras = (html: string) =>
    NEXT_ONLY.reduce((text, pattern) => text.replace(pattern, ''), html)
      .replaceAll('<!--$--><!--/$-->', '')
      .replace(/href="\/icon\.svg\?[^"]*"/, 'href="/icon.svg"')

  it('every kind of reader address answers the same document, headers and tags both ways', async () => {
    expect(paths.length).toBeGreaterThan(10)
    for (const pathname of paths) {
      const direct = await read(baseUrl(), pathname)
      const next = await read(throughNext.base, pathname)
      // Media addresses are absolute, on each server's own origin.
      next.text = next.text.replaceAll(throughNext.base, baseUrl())
      expect(direct.status, pathname).toBe(200)
      expect(next.status, pathname).toBe(200)
      expect(direct.headers, pathname).toEqual(next.headers)
      if (/^text\/html/.test(direct.headers['content-type'] ?? '')) {
        // Told apart: only Next preloads the stylesheet.
        expect(next.text, pathname).toMatch(NEXT_ONLY[0]!)
        expect(direct.text, pathname).not.toMatch(NEXT_ONLY[0]!)
        expect(direct.text, pathname).toBe(withoutNextExtras(next.text))
      } else expect(direct.text, pathname).toBe(next.text)
    }
  })

  it('the story page carries what the article needs, rendered directly', async () => {
    const page = await read(baseUrl(), paths[0]!)
    expect(page.text).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"\/>/)
    expect(page.text).toContain(`Rendered both ways &amp; &lt;compared&gt; ${stamp}`)
    expect(page.text).toContain('The quay at noon.')
    expect(page.text).toContain('Earlier coverage')
    expect(page.text).toMatch(/<link rel="stylesheet" href="\/site\.css\?v=[\w-]+"\/>/)
    expect(page.text).toContain('<script type="application/ld+json">')
    expect(page.text).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(page.headers['surrogate-key']).toMatch(/\barticle:\d+\b.*\bphoto:\d+/)
  })

  it('search answers are rendered directly too, the story found by its headline', async () => {
    const found = await read(baseUrl(), `/search?q=${stamp}`)
    expect(found.text).toContain(`href="/news/${paths[0]!.split('/').pop()}"`)
    expect(found.text).toContain('<meta name="robots" content="noindex"/>')
    expect(found.text).not.toMatch(NEXT_ONLY[0]!)
  })

  it('a reader address with nothing there answers 404 with the site’s own page', async () => {
    for (const pathname of [
      '/news/no-such-story-anywhere',
      '/section/no-such-section',
      '/tag/no-such-tag',
      '/author/999999',
      '/zh/news/no-such-story-anywhere',
      '/xx',
    ]) {
      const missing = await http(pathname)
      expect(missing.status, pathname).toBe(404)
      expect(missing.headers.get('cache-control'), pathname).toBe('no-store')
      expect(missing.text, pathname).toContain('<h1>Page not found</h1>')
      expect(missing.text, pathname).toContain('<title>Page not found · ')
      expect(missing.text, pathname).toContain('class="masthead"')
    }
    // A second look is not served from the cache: the story may be published in between.
    expect((await http('/news/no-such-story-anywhere')).headers.get('x-cache')).toBe('MISS')
    expect((await http('/section/no-such-section/feed.xml')).status).toBe(404)
    // An address no route matches is Next's (global-not-found.tsx), with the same page.
    const unmatched = await http('/no-such-page/at-all')
    expect(unmatched.status).toBe(404)
    expect(unmatched.text).toContain('<h1>Page not found</h1>')
    expect(unmatched.text).toContain('class="masthead"')
  })
})
