import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { PURGE_PATH, type PageCacheBridge } from './bridge.ts'
import type { CachedPage, PageCache, PurgeMode } from './pageCache.ts'
import {
  cacheKeyFor,
  type Encoding,
  isStorable,
  matchesEtag,
  pageHeaders,
  preferredEncoding,
  publicCacheControl,
  STALE_CACHE_CONTROL,
} from './policy.ts'
import { surrogateHeaders } from '../../domain/publishing/edgePurge.ts'
import { withoutClientRuntime } from './staticDocument.ts'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)
/**
 * Brotli's best quality, worth ~20 % fewer bytes than gzip, costs tens of milliseconds of CPU and a large window
 * per page: it is made for a page once it is read again (most archive pages are read once), one page at a time,
 * with a window no larger than the page.
 */
const brotliOptions = (bytes: number) => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes,
    [zlib.constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(16, Math.ceil(Math.log2(bytes + 1)))),
  },
})

export type Upstream = (req: IncomingMessage, res: ServerResponse) => unknown

export type CachingHandlerOptions = {
  cache: PageCache
  /** Renders a request (Next's request handler in production). */
  upstream: Upstream
  /**
   * Renders a page without a request, for what it can (null: ask `upstream`). Its reads record tags as an
   * upstream render's do; it throwing sends the render to `upstream` too.
   */
  renderDirect?: (key: string) => Promise<Rendered | null>
  /** Where this server listens, for the background renders it sends itself. Known only once it listens. */
  origin: () => string
  /** Bearer token a separate process must present to purge. */
  purgeToken: string
  /** Every stored page carries these tags as well as the ones its render recorded. */
  baseTags?: string[]
  /** Pages whose render recorded no tag at all get these (so a purge of them can still reach the page). */
  fallbackTags?: string[]
  /** Background renders at a time; the rest queue. */
  refreshConcurrency?: number
  /** After a purge, at most this many of the affected pages are re-rendered at once; the rest wait for a reader. */
  refreshAfterPurge?: number
  /** How long a shared cache in front (Varnish, a CDN) may keep a page: this cache's own maximum age. */
  sharedMaxAgeSeconds?: number
  log?: (msg: string) => void
}

export type CachingHandler = {
  /** A hit is answered synchronously (no promise); a miss, a purge or an uncached route returns one. */
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>
  /** Answers a bodiless GET or HEAD of a stored page at once and says so; the server calls it before its guard. */
  answerFromMemory(req: IncomingMessage, res: ServerResponse): boolean
  bridge: PageCacheBridge
  /** Resolves when no background render is queued or running (tests and benchmarks wait on it). */
  idle(): Promise<void>
}

const REFRESH_HEADER = 'x-masthead-refresh'

/** A page as the renderer answered it (directly, or through the loopback). */
export type Rendered = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

type Headers = Record<string, string | string[] | undefined>

const varyWithEncoding = (vary: string | undefined) =>
  !vary ? 'Accept-Encoding' : /accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`
const FAILED_REFRESH_BACKOFF_MS = 1000

/**
 * The page cache's HTTP side: answers cacheable requests from memory (ETag, gzip), renders misses once for all
 * concurrent readers, refreshes stale pages in the background and keeps serving them while a refresh fails
 * (a database outage), and accepts tag purges from the app (in-process bridge) or a worker (authenticated POST).
 */
export function createCachingHandler(options: CachingHandlerOptions): CachingHandler {
  const { cache, upstream } = options
  const log = options.log ?? (() => {})
  const baseTags = options.baseTags ?? []
  const fallbackTags = options.fallbackTags ?? []
  const cacheControl = publicCacheControl(options.sharedMaxAgeSeconds ?? 300)
  const refreshToken = randomBytes(16).toString('hex')
  const renderTags = new AsyncLocalStorage<Set<string>>()
  /** Renders under way, with the cache's version when each began: one that began before a purge is not shared. */
  const rendering = new Map<string, { render: Promise<Rendered>; since: number }>()
  /** A render of `key` that saw every purge so far, if one is under way. */
  const currentRender = (key: string) => {
    const pending = rendering.get(key)
    return pending && pending.since === cache.version() ? pending.render : undefined
  }
  /** A render's copy is stored a moment after its answer ends (compression); readers of that render wait for it. */
  const storing = new Map<string, Promise<unknown>>()
  const queued = new Set<string>()
  const failedAt = new Map<string, number>()
  let running = 0
  const idleWaiters: (() => void)[] = []

  function scheduleRefresh(key: string) {
    if (queued.has(key) || currentRender(key)) return
    if (Date.now() - (failedAt.get(key) ?? 0) < FAILED_REFRESH_BACKOFF_MS) return
    queued.add(key)
    pump()
  }

  function pump() {
    const limit = options.refreshConcurrency ?? 2
    while (running < limit && queued.size) {
      const key = queued.values().next().value as string
      queued.delete(key)
      running += 1
      renderClean(key)
        .catch((error) => log(`page cache: refresh of ${key} failed: ${String(error)}`))
        .finally(() => {
          running -= 1
          pump()
          if (!running && !queued.size) for (const w of idleWaiters.splice(0)) w()
        })
    }
  }

  /**
   * Renders a page by asking this very server for it, past the cache, with no header of the reader's: what is
   * stored can depend only on the address, never on a header someone sent (Next-internal ones included). Every
   * caller asking for the same page while it renders shares the one render — unless a purge came after that render
   * began: it may have read what was since taken down, so a reader after the purge gets a render of their own.
   */
  function renderClean(key: string): Promise<Rendered> {
    const pending = currentRender(key)
    if (pending) return pending
    const since = cache.version()
    const render = renderDirect(key, since).then((direct) => direct ?? renderThroughLoopback(key))
    const entry = { render, since }
    rendering.set(key, entry)
    render.finally(() => rendering.get(key) === entry && rendering.delete(key)).catch(() => {})
    return render
  }

  /** A direct render, stored as a loopback render's copy is; null when there is none to be had. */
  async function renderDirect(key: string, since: number): Promise<Rendered | null> {
    if (!options.renderDirect) return null
    const tags = new Set<string>()
    let rendered: Rendered | null
    try {
      rendered = await renderTags.run(tags, () => options.renderDirect!(key))
    } catch (error) {
      log(`page cache: direct render of ${key} threw, asking Next: ${String(error)}`)
      return null
    }
    if (!rendered) return null
    failedAt.delete(key)
    await keep(key, rendered.status, rendered.headers as Headers, rendered.body, tags, since)
    return rendered
  }

  function renderThroughLoopback(key: string): Promise<Rendered> {
    return new Promise<Rendered>((resolve, reject) => {
      const req = http.get(new URL(key, options.origin()), { headers: { [REFRESH_HEADER]: refreshToken } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          if (res.statusCode !== 200) failedAt.set(key, Date.now())
          else failedAt.delete(key)
          const rendered = { status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }
          Promise.resolve(storing.get(key)).then(
            () => resolve(rendered),
            () => resolve(rendered),
          )
        })
        res.on('error', reject)
      })
      req.on('error', (error) => {
        failedAt.set(key, Date.now())
        reject(error)
      })
    })
  }

  /** An HTML page as readers get it: without Next's client runtime (see staticDocument.ts). */
  function readerDocument(key: string, contentType: unknown, body: Buffer): Buffer {
    if (!/^text\/html\b/i.test(String(contentType ?? ''))) return body
    const document = withoutClientRuntime(body.toString('utf8'))
    if (!document.stripped) log(`page cache: ${key} streamed a pending boundary; kept with its scripts`)
    return Buffer.from(document.html, 'utf8')
  }

  function purge(tags: string[], mode: PurgeMode) {
    const affected = cache.purge(tags, mode)
    // The most recently read pages are the ones readers are about to ask for again: they are refreshed first.
    for (const key of affected.slice(-(options.refreshAfterPurge ?? 50)).reverse()) scheduleRefresh(key)
    log(`page cache: ${mode} purge of ${tags.join(' ')} touched ${affected.length} page(s)`)
  }

  /** Renders through `upstream` while copying what goes to the client; stores the copy if it may be kept. */
  async function render(key: string, req: IncomingMessage, res: ServerResponse): Promise<CachedPage | null> {
    const startedAt = cache.version()
    const tags = new Set<string>()
    // The stored copy must suit every client: whole (not a 304) and uncompressed.
    delete req.headers['accept-encoding']
    delete req.headers['if-none-match']
    delete req.headers['if-modified-since']
    const chunks: Buffer[] = []
    const toBuffer = (chunk: unknown, encoding?: unknown) =>
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array)
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
      return write(chunk, ...rest)
    }) as typeof res.write
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
      return end(chunk, ...rest)
    }) as typeof res.end
    res.setHeader('X-Cache', 'MISS')

    const finished = new Promise<boolean>((resolve) => {
      res.on('finish', () => resolve(true))
      res.on('close', () => resolve(res.writableFinished))
    })
    try {
      await renderTags.run(tags, async () => upstream(req, res))
    } catch (error) {
      log(`page cache: render of ${key} threw: ${String(error)}`)
      if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('Content-Type', 'text/plain; charset=utf-8')
        end('The page could not be rendered.')
      } else res.destroy()
      return null
    }
    if (!(await finished)) return null
    // A HEAD answer has no body to keep.
    if (req.method !== 'GET') return null
    return keep(key, res.statusCode, res.getHeaders() as Headers, Buffer.concat(chunks), tags, startedAt)
  }

  /** Stores a render if it may be kept (and forgets an older copy of a page that is now a redirect or gone). */
  async function keep(
    key: string,
    status: number,
    headers: Headers,
    rendered: Buffer,
    tags: Set<string>,
    startedAt: number,
  ): Promise<CachedPage | null> {
    const body = readerDocument(key, headers['content-type'], rendered)
    if (!isStorable(key, status, headers, body.length)) {
      // A page that now redirects or is gone must not be served from an older copy; a server error keeps it
      // (stale beats an error page while the database is down).
      if (status < 500) cache.delete(key)
      return null
    }
    const page: CachedPage = {
      status,
      headers: pageHeaders(headers),
      body,
      gzip: body.length > 1024 ? await gzip(body) : null,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      tags: [...new Set([...baseTags, ...(tags.size ? tags : fallbackTags)])],
    }
    return cache.store(key, page, startedAt) ? page : null
  }

  /** Pages waiting for their brotli copy, and whether one is being made. */
  const brotliQueue = new Map<string, CachedPage>()
  let compressing = false
  function wantBrotli(key: string, page: CachedPage) {
    if (brotliQueue.has(key) || brotliQueue.size >= 1000) return
    brotliQueue.set(key, page)
    if (!compressing) void compressNext()
  }
  async function compressNext() {
    compressing = true
    for (const [key, page] of brotliQueue) {
      try {
        cache.addBrotli(key, page, await brotli(page.body, brotliOptions(page.body.length)))
      } catch (error) {
        log(`page cache: brotli of ${key} failed: ${String(error)}`)
      }
      brotliQueue.delete(key)
    }
    compressing = false
  }

  /**
   * Everything a hit sends but its age and X-Cache, built once per stored page and encoding: a hit only picks one
   * and writes it (a flat header list is what Node writes fastest).
   */
  type Answer = { body: Buffer; head: string[] }
  type Answers = { brotli: boolean } & Partial<Record<Encoding, Answer>> & { notModified: string[] }
  const answers = new WeakMap<CachedPage, Answers>()
  function answersFor(page: CachedPage): Answers {
    const known = answers.get(page)
    if (known && known.brotli === Boolean(page.brotli)) return known
    const common = [
      ...Object.entries(page.headers).flat(),
      ...Object.entries(surrogateHeaders(page.tags)).flat(),
      'ETag',
      page.etag,
      'Vary',
      varyWithEncoding(page.headers.vary),
    ]
    const answer = (body: Buffer, encoding?: string): Answer => ({
      body,
      head: [...common, 'Content-Length', String(body.length), ...(encoding ? ['Content-Encoding', encoding] : [])],
    })
    const built: Answers = {
      brotli: Boolean(page.brotli),
      identity: answer(page.body),
      gzip: page.gzip ? answer(page.gzip, 'gzip') : undefined,
      br: page.brotli ? answer(page.brotli, 'br') : undefined,
      // A 304 repeats what a 200 would have said about caching (RFC 9110 §15.4.5).
      notModified: ['ETag', page.etag, 'Vary', varyWithEncoding(page.headers.vary)],
    }
    answers.set(page, built)
    return built
  }

  /** Accept-Encoding headers repeat (a browser sends the same one every time): each is read once. */
  const encodingByHeader = new Map<string, Encoding>()
  function encodingFor(header: string | undefined): Encoding {
    if (!header) return 'identity'
    let encoding = encodingByHeader.get(header)
    if (encoding === undefined) {
      if (encodingByHeader.size >= 256) encodingByHeader.clear()
      encodingByHeader.set(header, (encoding = preferredEncoding(header)))
    }
    return encoding
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    page: CachedPage,
    state: 'HIT' | 'STALE' | 'MISS',
    ageSeconds = 0,
    key?: string,
  ) {
    const prepared = answersFor(page)
    // How long ago this copy was rendered (RFC 9111), and how long a shared cache may keep it.
    const perHit = [
      'Age',
      String(ageSeconds),
      'X-Cache',
      state,
      'Cache-Control',
      state === 'STALE' ? STALE_CACHE_CONTROL : cacheControl,
    ]
    if (matchesEtag(req.headers['if-none-match'], page.etag)) {
      res.writeHead(304, prepared.notModified.concat(perHit))
      res.end()
      return
    }
    const encoding = encodingFor(req.headers['accept-encoding'])
    if (encoding === 'br' && !prepared.br && page.gzip && key) wantBrotli(key, page)
    const chosen =
      (encoding === 'br' && (prepared.br ?? prepared.gzip)) ||
      (encoding === 'gzip' && prepared.gzip) ||
      prepared.identity!
    res.writeHead(page.status, chosen.head.concat(perHit))
    res.end(req.method === 'HEAD' ? undefined : chosen.body)
  }

  async function handlePurge(req: IncomingMessage, res: ServerResponse) {
    const given = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''))
    const expected = Buffer.from(options.purgeToken)
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return reply(403, { error: 'A valid purge token is required.' })
    let raw = ''
    for await (const chunk of req) {
      raw += chunk
      if (raw.length > 64 * 1024) return reply(413, { error: 'The purge request is too large.' })
    }
    let parsed: { tags?: unknown; mode?: unknown }
    try {
      parsed = JSON.parse(raw)
    } catch {
      return reply(400, { error: 'The body must be JSON: {"tags": ["…"], "mode": "soft" | "hard"}.' })
    }
    const tags = Array.isArray(parsed.tags)
      ? parsed.tags.filter((t): t is string => typeof t === 'string' && t.length > 0)
      : []
    if (!tags.length || (parsed.mode !== 'soft' && parsed.mode !== 'hard')) {
      return reply(400, { error: 'Give "tags" (a non-empty list of strings) and "mode" ("soft" or "hard").' })
    }
    purge(tags, parsed.mode)
    reply(200, { purged: tags, mode: parsed.mode })
  }

  function handle(req: IncomingMessage, res: ServerResponse): void | Promise<void> {
    if (req.url === PURGE_PATH) {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST', 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ error: 'Purges are POSTed.' }))
        return
      }
      return handlePurge(req, res)
    }
    const key = cacheKeyFor(req.method, req.url)
    if (!key) return Promise.resolve(upstream(req, res)).then(() => {})
    if (req.headers[REFRESH_HEADER] === refreshToken) {
      delete req.headers[REFRESH_HEADER]
      const stored = render(key, req, res)
      storing.set(key, stored)
      return stored.then(() => {}).finally(() => storing.get(key) === stored && storing.delete(key))
    }
    if (serveStored(key, req, res)) return
    return serveMiss(key, req, res)
  }

  function serveStored(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const hit = cache.get(key)
    if (!hit) return false
    if (hit.stale) scheduleRefresh(key)
    send(req, res, hit.page, hit.stale ? 'STALE' : 'HIT', hit.ageSeconds, key)
    return true
  }

  /**
   * A stored page answered before anything else looks at the request, when that is all it takes: a GET or HEAD
   * with no body for an address that is stored. False for everything else; the caller goes on as usual.
   */
  function answerFromMemory(req: IncomingMessage, res: ServerResponse): boolean {
    const { headers } = req
    if ((headers['content-length'] ?? '0') !== '0' || headers['transfer-encoding'] !== undefined) return false
    if (headers[REFRESH_HEADER] !== undefined || req.url === PURGE_PATH) return false
    const key = cacheKeyFor(req.method, req.url)
    return key !== null && serveStored(key, req, res)
  }

  async function serveMiss(key: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The reader who starts the render is told MISS; those who arrive while it runs share it.
    const joined = currentRender(key) !== undefined
    const rendered = await renderClean(key)
    const stored = cache.get(key)
    if (stored && !stored.stale) return send(req, res, stored.page, joined ? 'HIT' : 'MISS')
    // Not a page to keep (a 404, a redirect, an error): the reader gets the render as it came, once.
    const headers = pageHeaders(rendered.headers as Headers)
    const body = readerDocument(key, headers['content-type'], rendered.body)
    res.writeHead(rendered.status, {
      ...headers,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Cache': 'MISS',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const idle = () =>
    running || queued.size ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()
  return {
    handle,
    answerFromMemory,
    bridge: {
      record(tags) {
        const current = renderTags.getStore()
        if (current) for (const t of tags) current.add(t)
      },
      purge,
      clock: () => cache.version(),
      idle,
    },
    idle,
  }
}
