import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { createCachingHandler, type Rendered, type Upstream } from '../../src/server/cache/cachingHandler'
import { PageCache } from '../../src/server/cache/pageCache'

/**
 * The page cache's HTTP side on a real socket, with a stand-in renderer: the behaviour a database outage or a
 * burst of first readers needs, which the full server cannot be made to show on demand.
 */
type Renderer = {
  calls: number
  status: number
  body: string
  delayMs: number
  tags: string[]
  seen: Record<string, string | string[] | undefined>[]
}

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => (s.close(r), s.closeAllConnections()))))
})

async function start(
  renderer: Renderer,
  direct?: (key: string, record: (tags: string[]) => void) => Promise<Rendered | null>,
) {
  let origin = ''
  const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 })
  // eslint-disable-next-line prefer-const
  let caching: ReturnType<typeof createCachingHandler>
  const upstream: Upstream = async (req, res) => {
    renderer.calls += 1
    renderer.seen.push({ ...req.headers })
    // Like Next given its internal prefetch header: not the page at all.
    if (req.headers['x-middleware-prefetch']) {
      res.setHeader('Content-Type', 'application/json')
      return void res.end('{}')
    }
    caching.bridge.record(renderer.tags)
    // Like a real render, it reads its data first and answers after the work that follows.
    const { status, body } = renderer
    await new Promise((r) => setTimeout(r, renderer.delayMs))
    res.statusCode = status
    res.setHeader(
      'Content-Type',
      req.url?.endsWith('.xml') ? 'application/rss+xml; charset=utf-8' : 'text/html; charset=utf-8',
    )
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    // Like Next: headers only for HEAD; otherwise streamed in two writes.
    if (req.method === 'HEAD') return void res.end()
    res.write(body.slice(0, 5))
    res.end(body.slice(5))
  }
  caching = createCachingHandler({
    cache,
    upstream,
    origin: () => origin,
    purgeToken: 'secret-token',
    baseTags: ['all'],
    fallbackTags: ['listings'],
    renderDirect: direct && ((key) => direct(key, (tags) => caching.bridge.record(tags))),
  })
  const server = http.createServer((req, res) => void caching.handle(req, res))
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, { headers })
    return { status: res.status, cache: res.headers.get('x-cache'), text: await res.text(), headers: res.headers }
  }
  return { cache, caching, get, origin }
}

const renderer = (over: Partial<Renderer> = {}): Renderer => ({
  calls: 0,
  status: 200,
  body: 'Hello readers, version 1',
  delayMs: 0,
  tags: ['article:1'],
  seen: [],
  ...over,
})

/** A page cached from a first render; then the renderer answers differently and the article's pages are purged. */
async function cachedThenPurged(change: Partial<Renderer>, mode: 'soft' | 'hard') {
  const r = renderer()
  const started = await start(r)
  await started.get('/news/a')
  Object.assign(r, change)
  started.caching.bridge.purge(['article:1'], mode)
  return { r, ...started }
}

describe('caching handler', () => {
  it('renders a burst of first readers once and answers them all', async () => {
    const r = renderer({ delayMs: 150 })
    const { get } = await start(r)
    const replies = await Promise.all(Array.from({ length: 20 }, () => get('/news/a')))
    expect(r.calls).toBe(1)
    expect(new Set(replies.map((x) => x.text))).toEqual(new Set(['Hello readers, version 1']))
    expect(replies.filter((x) => x.cache === 'MISS')).toHaveLength(1)
  })

  it('a published correction: readers get the old copy while one background render replaces it', async () => {
    const { r, get, caching } = await cachedThenPurged({ body: 'Hello readers, version 2', delayMs: 100 }, 'soft')
    const during = await get('/news/a')
    expect(during).toMatchObject({ cache: 'STALE', text: 'Hello readers, version 1' })
    await caching.idle()
    expect(await get('/news/a')).toMatchObject({ cache: 'HIT', text: 'Hello readers, version 2' })
    expect(r.calls).toBe(2)
  })

  it('database down: a failing refresh keeps the cached page served, and the error is never stored', async () => {
    const { r, get, caching } = await cachedThenPurged({ status: 500, body: 'Database unavailable' }, 'soft')
    for (let i = 0; i < 3; i++) {
      expect(await get('/news/a')).toMatchObject({ status: 200, text: 'Hello readers, version 1' })
      await caching.idle()
    }
    // A page never cached shows the error, and it is not kept for the next reader.
    expect(await get('/news/b')).toMatchObject({ status: 500, cache: 'MISS' })
    r.status = 200
    r.body = 'Back again'
    expect(await get('/news/b')).toMatchObject({ status: 200, cache: 'MISS', text: 'Back again' })
  })

  it('a hard purge (unpublish) serves nothing old, and a page that turns into a 404 is forgotten', async () => {
    const { get } = await cachedThenPurged({ status: 404, body: 'Not found' }, 'hard')
    expect(await get('/news/a')).toMatchObject({ status: 404, cache: 'MISS' })
    expect(await get('/news/a')).toMatchObject({ status: 404, cache: 'MISS' })
  })

  it('a reader after a takedown never shares a render that read the story before it', async () => {
    // A correction's background render is under way (it read the live story) when the story is unpublished.
    const { r, get, caching } = await cachedThenPurged({ delayMs: 300 }, 'soft')
    await new Promise((resolve) => setTimeout(resolve, 50))
    Object.assign(r, { status: 404, body: 'Not found', delayMs: 0 })
    caching.bridge.purge(['article:1'], 'hard')
    expect(await get('/news/a')).toMatchObject({ status: 404, text: 'Not found' })
    await caching.idle()
    // Nor is the old render stored when it ends.
    expect(await get('/news/a')).toMatchObject({ status: 404, text: 'Not found' })
  })

  it('pages whose render recorded no tag are filed under the fallback tags', async () => {
    const r = renderer({ tags: [] })
    const { get, caching } = await start(r)
    await get('/feed.xml')
    expect((await get('/feed.xml')).cache).toBe('HIT')
    r.body = 'Hello readers, version 2'
    caching.bridge.purge(['listings'], 'hard')
    expect(await get('/feed.xml')).toMatchObject({ status: 200, text: 'Hello readers, version 2' })
  })

  it('a HEAD request first does not leave an empty page for the GETs after it', async () => {
    const r = renderer()
    const { get, origin } = await start(r)
    const head = await fetch(`${origin}/news/a`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await get('/news/a')).toMatchObject({ status: 200, text: 'Hello readers, version 1' })
    expect(await get('/news/a')).toMatchObject({ cache: 'HIT', text: 'Hello readers, version 1' })
    const cachedHead = await fetch(`${origin}/news/a`, { method: 'HEAD' })
    expect([cachedHead.headers.get('x-cache'), cachedHead.headers.get('content-length')]).toEqual([
      'HIT',
      String('Hello readers, version 1'.length),
    ])
  })

  it('answers with gzip and 304s from the stored copy', async () => {
    const r = renderer({ body: 'x'.repeat(5000) })
    const { get, origin } = await start(r)
    await get('/')
    const raw = await new Promise<{ encoding?: string; bytes: Buffer; etag?: string }>((resolve) => {
      http.get(`${origin}/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks), etag: res.headers.etag }),
        )
      })
    })
    expect(raw.encoding).toBe('gzip')
    expect(raw.bytes.length).toBeLessThan(200)
    expect(zlib.gunzipSync(raw.bytes).toString()).toBe('x'.repeat(5000))
    expect((await get('/', { 'If-None-Match': raw.etag! })).status).toBe(304)
    expect(r.calls).toBe(1)
  })

  it('negotiates brotli (made once, after storing), gzip and none, and answers 304 to a list of ETags', async () => {
    const r = renderer({ body: 'y'.repeat(8000) })
    const { get, origin, caching } = await start(r)
    const raw = (encoding: string) =>
      new Promise<{ encoding?: string; bytes: Buffer; etag?: string; vary?: string }>((resolve) => {
        http.get(`${origin}/`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () =>
            resolve({
              encoding: res.headers['content-encoding'],
              bytes: Buffer.concat(chunks),
              etag: res.headers.etag,
              vary: res.headers.vary,
            }),
          )
        })
      })
    await get('/')
    await caching.idle()
    // The brotli copy is made in the background; it is there within a moment.
    let br = await raw('gzip, deflate, br')
    for (let i = 0; i < 50 && br.encoding !== 'br'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      br = await raw('gzip, deflate, br')
    }
    expect(br.encoding).toBe('br')
    expect(zlib.brotliDecompressSync(br.bytes).toString()).toBe('y'.repeat(8000))
    expect(br.vary).toMatch(/accept-encoding/i)
    expect((await raw('br;q=0, gzip')).encoding).toBe('gzip')
    const plain = await raw('br;q=0, gzip;q=0')
    expect([plain.encoding, plain.bytes.toString()]).toEqual([undefined, 'y'.repeat(8000)])
    const notModified = await get('/', { 'If-None-Match': `"other", W/${br.etag}` })
    expect([notModified.status, notModified.headers.get('vary'), notModified.headers.get('etag')]).toEqual([
      304,
      'Accept-Encoding',
      br.etag,
    ])
    expect((await get('/', { 'If-None-Match': '"other"' })).status).toBe(200)
    expect(r.calls).toBe(1)
  })

  it('keeps an HTML page without Next’s client runtime, and sends the miss reader the same', async () => {
    const page =
      '<html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body><h1>Story</h1>' +
      '<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>'
    const r = renderer({ body: page })
    const { get } = await start(r)
    const miss = await get('/news/a')
    const hit = await get('/news/a')
    expect([miss.cache, hit.cache]).toEqual(['MISS', 'HIT'])
    for (const reply of [miss, hit]) expect(reply.text).toBe('<html><head></head><body><h1>Story</h1></body></html>')
    // A page that is not kept (here a 404) reaches its reader without the runtime too.
    r.status = 404
    expect(await get('/news/gone')).toMatchObject({
      status: 404,
      text: '<html><head></head><body><h1>Story</h1></body></html>',
    })
  })

  it('what a page stores depends on its address alone: no header of the reader reaches the render', async () => {
    const r = renderer()
    const { get } = await start(r)
    const poison = {
      'x-middleware-prefetch': '1',
      'x-forwarded-host': 'evil.example',
      cookie: 'payload-token=x',
      'accept-language': 'xx',
      'x-nextjs-data': '1',
    }
    expect(await get('/news/a', poison)).toMatchObject({ status: 200, text: 'Hello readers, version 1' })
    expect(await get('/news/a')).toMatchObject({ cache: 'HIT', text: 'Hello readers, version 1' })
    for (const name of Object.keys(poison)) expect(r.seen[0][name], name).toBeUndefined()
  })

  it('a miss and a hit send the same caching headers and ETag', async () => {
    const r = renderer()
    const { get } = await start(r)
    const miss = await get('/news/a')
    const hit = await get('/news/a')
    expect([miss.cache, hit.cache]).toEqual(['MISS', 'HIT'])
    for (const name of ['cache-control', 'etag', 'content-type'])
      expect(miss.headers.get(name), name).toBe(hit.headers.get(name))
  })
})

describe('the page cache’s own renderer in front of the upstream one', () => {
  const page = (body: string): Rendered => ({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: Buffer.from(body),
  })

  it('keeps what it renders, with the tags its reads recorded, and never asks upstream for it', async () => {
    const r = renderer()
    const { get } = await start(r, async (key, record) => {
      record([`page:${key}`])
      return page(`Direct ${key}`)
    })
    const first = await get('/news/a')
    expect([first.status, first.cache, first.text]).toEqual([200, 'MISS', 'Direct /news/a'])
    expect(first.headers.get('surrogate-key')).toBe('all page:/news/a')
    expect((await get('/news/a')).cache).toBe('HIT')
    expect(r.calls).toBe(0)
  })

  it('leaves to upstream what it does not answer, and what it fails at', async () => {
    const r = renderer()
    const { get } = await start(r, async (key) => {
      if (key === '/news/broken') throw new Error('database away')
      return key === '/news/mine' ? page('Direct') : null
    })
    expect((await get('/news/theirs')).text).toBe('Hello readers, version 1')
    expect((await get('/news/broken')).text).toBe('Hello readers, version 1')
    expect((await get('/news/mine')).text).toBe('Direct')
    expect(r.calls).toBe(2)
  })

  it('answers its 404 once and keeps nothing', async () => {
    const r = renderer()
    const { get } = await start(r, async () => ({ ...page('Not here'), status: 404 }))
    for (let i = 0; i < 2; i++) {
      const missing = await get('/news/gone')
      expect([missing.status, missing.cache, missing.text]).toEqual([404, 'MISS', 'Not here'])
      expect(missing.headers.get('cache-control')).toBe('no-store')
    }
    expect(r.calls).toBe(0)
  })

  it('does not keep a render that a purge of its tags overtook', async () => {
    const r = renderer()
    let version = 1
    let purge: (() => void) | null = null
    const { get, caching } = await start(r, async (_key, record) => {
      record(['article:1'])
      const body = `Version ${version}`
      if (purge) {
        purge()
        purge = null
      }
      return page(body)
    })
    purge = () => {
      version = 2
      caching.bridge.purge(['article:1'], 'soft')
    }
    // The reader who asked gets the render; the next one gets a fresh one, not a copy of the overtaken render.
    expect((await get('/news/a')).text).toBe('Version 1')
    const again = await get('/news/a')
    expect([again.cache, again.text]).toEqual(['MISS', 'Version 2'])
  })
})
