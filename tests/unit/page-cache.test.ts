import { describe, expect, it } from 'vitest'

import { type CachedPage, PageCache } from '../../src/server/cache/pageCache'
import { cacheKeyFor, isStorable, matchesEtag, pageHeaders, preferredEncoding } from '../../src/server/cache/policy'

const page = (body: string, tags: string[]): CachedPage => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from(body),
  gzip: null,
  etag: `"${body}"`,
  tags,
})

function clock(start = 0) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('PageCache', () => {
  it('serves what it stored, fresh, until a soft purge of one of its tags marks it stale', () => {
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 })
    cache.store('/news/a', page('A', ['article:1', 'all']), cache.version())
    cache.store('/news/b', page('B', ['article:2', 'all']), cache.version())
    expect(cache.get('/news/a')).toMatchObject({ stale: false })
    expect(cache.purge(['article:1'], 'soft')).toEqual(['/news/a'])
    expect(cache.get('/news/a')).toMatchObject({ stale: true, page: { etag: '"A"' } })
    expect(cache.get('/news/b')).toMatchObject({ stale: false })
  })

  it('a hard purge drops the pages at once', () => {
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 })
    cache.store('/', page('home', ['listings']), cache.version())
    cache.store('/feed.xml', page('feed', ['listings']), cache.version())
    cache.store('/news/a', page('A', ['article:1']), cache.version())
    expect(cache.purge(['listings'], 'hard').sort()).toEqual(['/', '/feed.xml'])
    expect(cache.get('/')).toBeNull()
    expect(cache.get('/feed.xml')).toBeNull()
    expect(cache.get('/news/a')).not.toBeNull()
    expect(cache.size).toBe(1)
  })

  it('refuses a render that began before a purge of its tags (it may have read the old story)', () => {
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 })
    const began = cache.version()
    cache.purge(['article:1'], 'hard')
    expect(cache.store('/news/a', page('old A', ['article:1']), began)).toBe(false)
    expect(cache.get('/news/a')).toBeNull()
    // Other tags' purges do not block it, and a render begun after the purge is kept.
    expect(cache.store('/news/b', page('B', ['article:2']), began)).toBe(true)
    expect(cache.store('/news/a', page('new A', ['article:1']), cache.version())).toBe(true)
  })

  it('counts pages older than the maximum age as stale', () => {
    const c = clock()
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 1000, now: c.now })
    cache.store('/', page('home', []), cache.version())
    c.advance(999)
    expect(cache.get('/')!.stale).toBe(false)
    c.advance(2)
    expect(cache.get('/')!.stale).toBe(true)
  })

  it('stays within its byte budget by dropping the least recently read pages', () => {
    const cache = new PageCache({ maxBytes: 4 * 2048, maxAgeMs: 60_000 })
    const big = (name: string) => page(name.padEnd(1000, '.'), [name])
    for (const key of ['a', 'b', 'c']) cache.store(`/${key}`, big(key), cache.version())
    cache.get('/a') // read: now the most recent
    for (const key of ['d', 'e', 'f']) cache.store(`/${key}`, big(key), cache.version())
    expect(cache.totalBytes).toBeLessThanOrEqual(4 * 2048)
    expect(cache.get('/a')).not.toBeNull()
    expect(cache.get('/b')).toBeNull()
    expect(cache.get('/f')).not.toBeNull()
    // Purging a tag of an evicted page finds nothing and breaks nothing.
    expect(cache.purge(['b'], 'hard')).toEqual([])
  })
})

describe('what may be cached', () => {
  it('keys public reader routes by path and the parameters they read', () => {
    expect(cacheKeyFor('GET', '/news/story?utm_source=x&page=2')).toBe('/news/story?page=2')
    expect(cacheKeyFor('HEAD', '/search?q=%E4%B8%AD&ref=home')).toBe('/search?q=%E4%B8%AD')
    // Search's filters make another page of results; on other routes they are noise.
    expect(cacheKeyFor('GET', '/search?to=2024-04-04&q=x&from=2024-04-03&section=science&page=2')).toBe(
      '/search?q=x&page=2&section=science&from=2024-04-03&to=2024-04-04',
    )
    expect(cacheKeyFor('GET', '/section/world?from=2024-04-03&q=x&page=2')).toBe('/section/world?page=2')
    for (const url of [
      '/',
      '/feed.xml',
      '/section/world',
      '/section/world/feed.xml',
      '/tag/x',
      '/author/3',
      '/sitemaps/articles-1.xml',
      '/robots.txt',
      '/news-sitemap.xml',
      '/zh',
      '/zh/news/gangkou',
      '/zh-hant/feed.xml',
    ]) {
      expect(cacheKeyFor('GET', url), url).toBe(url)
    }
  })

  it('never caches staff, API, preview, writes or client-navigation requests', () => {
    for (const url of [
      '/admin',
      '/api/articles',
      '/preview/articles/1',
      '/news/a/b',
      '/zh/news/a/b',
      '/zh/section/x',
      '/abc',
      '/_next/static/x.js',
      '/api/health',
    ]) {
      expect(cacheKeyFor('GET', url), url).toBeNull()
    }
    expect(cacheKeyFor('POST', '/news/a')).toBeNull()
    // Next's `_rsc` parameter does not make another page, nor one past the cache.
    expect(cacheKeyFor('GET', '/news/a?_rsc=abc')).toBe('/news/a')
  })

  it('keeps only complete public answers of the route’s own content type', () => {
    const html = { 'content-type': 'text/html; charset=utf-8' }
    expect(
      isStorable(
        '/news/a',
        200,
        { ...html, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
        900,
      ),
    ).toBe(true)
    expect(isStorable('/news/a', 200, { ...html, 'cache-control': 'public, max-age=60' }, 900)).toBe(true)
    expect(isStorable('/news/a', 200, html, 900)).toBe(true)
    expect(isStorable('/news/a', 200, { ...html, 'cache-control': 'private, no-store' }, 900)).toBe(false)
    expect(isStorable('/news/a', 200, { ...html, 'set-cookie': 'a=b' }, 900)).toBe(false)
    for (const status of [301, 308, 404, 500, 503])
      expect(isStorable('/news/a', status, html, 900), String(status)).toBe(false)
    // What Next answers on a page's address to its own internal requests is not the page.
    expect(isStorable('/news/a', 200, { 'content-type': 'application/json' }, 2)).toBe(false)
    expect(isStorable('/news/a', 200, { 'content-type': 'text/x-component' }, 900)).toBe(false)
    expect(isStorable('/news/a', 200, {}, 900)).toBe(false)
    expect(isStorable('/news/a', 200, html, 0)).toBe(false)
    expect(isStorable('/feed.xml', 200, { 'content-type': 'application/rss+xml; charset=utf-8' }, 900)).toBe(true)
    expect(isStorable('/feed.xml', 200, html, 900)).toBe(false)
    expect(isStorable('/robots.txt', 200, { 'content-type': 'text/plain; charset=utf-8' }, 90)).toBe(true)
    expect(isStorable('/sitemaps/articles-1.xml', 200, { 'content-type': 'application/xml' }, 900)).toBe(true)
  })

  it('stores the page’s own headers, not the transfer’s', () => {
    expect(
      pageHeaders({
        'content-type': 'text/html',
        'transfer-encoding': 'chunked',
        date: 'x',
        'set-cookie': 'a',
        'x-frame-options': 'DENY',
      }),
    ).toEqual({
      'content-type': 'text/html',
      'x-frame-options': 'DENY',
    })
  })
})

describe('cache tags', () => {
  it('file an article page under its story, its address, its photos and its related links', async () => {
    const { articlePageTags, publicationTags, retiredAddressTags } =
      await import('../../src/domain/publishing/cacheTags')
    const article = {
      id: 7,
      slug: 'harbour-reopens',
      hero: { photo: { id: 3 }, caption: 11 },
      body: {
        root: { children: [{ type: 'paragraph' }, { type: 'block', fields: { photo: 4, caption: { id: 12 } } }] },
      },
      relatedLinks: [{ id: 20 }, 21],
    }
    expect(articlePageTags(article).sort()).toEqual([
      'article-address:harbour-reopens',
      'article:7',
      'photo:3',
      'photo:4',
      'related-link:20',
      'related-link:21',
      'translations:7',
    ])
    expect(publicationTags('articles', { id: 7 })).toEqual(['article:7', 'translations:7', 'listings'])
    // A translation's pages are filed under its group, named by the source's id.
    expect(articlePageTags({ id: 9, translationGroup: '7' })).toContain('translations:7')
    expect(publicationTags('articles', { id: 9, translationGroup: '7' })).toContain('translations:7')
    // A caption shows wherever its photo does.
    expect(publicationTags('captions', { id: 11, photo: { id: 3 } })).toEqual(['photo:3'])
    expect(publicationTags('related-links', { id: 20 })).toEqual(['related-link:20'])
    expect(retiredAddressTags({ previousSlugs: ['old-name', 'older-name'] })).toEqual([
      'article-address:old-name',
      'article-address:older-name',
    ])
    expect(retiredAddressTags({})).toEqual([])
  })
})

describe('page cache policy: encodings, ETags and keys', () => {
  it('picks brotli over gzip over none among what the client accepts', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'identity'],
      ['', 'identity'],
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['GZIP;q=0.5', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0.2, gzip;q=0.8', 'gzip'],
      ['br;q=0.9, gzip;q=0.1', 'br'],
      ['gzip;q=0, br;q=0', 'identity'],
      ['*', 'br'],
      ['*;q=0', 'identity'],
      ['br;q=0, *', 'gzip'],
      ['deflate', 'identity'],
      ['x-gzip', 'gzip'],
      ['gzip;q=abc', 'identity'],
    ]
    for (const [header, expected] of cases) expect(preferredEncoding(header), String(header)).toBe(expected)
  })

  it('matches an ETag alone, in a list, weak, or as *', () => {
    const etag = '"abc"'
    expect(matchesEtag('"abc"', etag)).toBe(true)
    expect(matchesEtag('"x", "abc"', etag)).toBe(true)
    expect(matchesEtag('W/"abc"', etag)).toBe(true)
    expect(matchesEtag('*', etag)).toBe(true)
    expect(matchesEtag('"abcd"', etag)).toBe(false)
    expect(matchesEtag(undefined, etag)).toBe(false)
  })

  it('a plain path takes the short way to the same key the URL parser gives', () => {
    const paths = [
      '/',
      '/news/a-story',
      '/news/a.b',
      '/news/./a',
      '/news/../admin',
      '//news/a',
      '/news//a',
      '/section/x/feed.xml',
      '/sitemaps/articles-1.xml',
      '/admin',
      '/news/a~b_c',
      '/NEWS/a',
      '/news/%61',
      '/news/a/',
    ]
    const slow = (p: string) => cacheKeyFor('GET', `${p}?utm_source=x`)
    for (const p of paths) expect(cacheKeyFor('GET', p), p).toBe(slow(p))
  })
})
