import type { IncomingMessage, ServerResponse } from 'node:http'

import { precheckGraphqlDocument } from '../../domain/graphql/precheck.ts'
import { clientAddress } from '../../domain/auth/throttle.ts'
import { graphqlWeight, restWeight } from '../../domain/queries/cost.ts'
import { checkRestParams } from '../../domain/queries/rules.ts'
import { PURGE_PATH } from '../cache/bridge.ts'
import { CLIENT_ADDRESS_HEADER } from './clientAddress.ts'

/**
 * The request guard: every request passes here before Next, Payload or the page cache see it. It refuses what
 * would cost the server more than any reader's request should (bodies past a size, GraphQL documents that
 * explode, more uploads than the machine can process at once) with a 4xx/503 and a message, and removes the
 * request headers that only Next itself may set.
 *
 * It must be called synchronously from the server's request listener: the body of a request can arrive in the
 * same packet as its headers, and the body is counted (or held, for GraphQL) from its first byte.
 */
export type GuardLimits = {
  /** JSON, forms, GraphQL and any other body that is not a file upload. */
  bodyMaxBytes: number
  /** Multipart bodies sent to an upload collection (the picture plus its form). */
  uploadMaxBytes: number
  /** Paths that take file uploads (Payload's REST routes of upload collections). */
  uploadPaths: RegExp
  /** Uploads processed at once; the next few wait, the rest are told to come back. */
  uploadsAtOnce: number
  uploadsWaiting: number
  /** Other API requests processed at once (each can hold a page of full documents in memory), and the queue. */
  apiAtOnce: number
  apiWaiting: number
  graphqlPath: string
  /** Proxies allowed to name the client in X-Forwarded-For. */
  trustedProxies: string[]
}

export type Outcome = { refused: true } | { refused: false; release?: () => void }
const REFUSED: Outcome = { refused: true }
const ADMITTED: Outcome = { refused: false }

/**
 * Headers that Next (or a platform in front of it) sets for itself. A client that sends them can change how Next
 * routes, renders or caches a request (e.g. `x-middleware-prefetch` answers `{}` in place of a page). Next's own
 * client sends only the navigation headers (`rsc`, `next-router-*`, `next-action`, `next-url`), which stay.
 * Names from next/dist/server/lib/server-ipc/utils.js (INTERNAL_HEADERS), app-router-headers.js and base-server.js.
 */
const NEXT_INTERNAL_HEADER =
  /^(x-middleware-|x-invoke-|x-nextjs-|x-next-|x-prerender-revalidate|x-matched-path$|x-now-route-matches$|next-resume$|x-action-|next-render-worker-|next-patch|x-vercel-|x-deployment-id$|next-test-|x-forwarded-prefix$)/

export function stripInternalHeaders(req: IncomingMessage): void {
  for (const name of Object.keys(req.headers))
    if (NEXT_INTERNAL_HEADER.test(name) || name === CLIENT_ADDRESS_HEADER) delete req.headers[name]
  // rawHeaders is what Next copies into the Request it builds for route handlers.
  const raw = req.rawHeaders
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    const name = raw[i].toLowerCase()
    if (NEXT_INTERNAL_HEADER.test(name) || name === CLIENT_ADDRESS_HEADER) raw.splice(i, 2)
  }
}

/** A path whose every percent-escape decodes (to valid UTF-8). */
function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

const mb = (n: number) =>
  n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const READ_METHODS = 'GET, HEAD, OPTIONS'

/**
 * Where requests other than reads go: the API, the admin (Payload's server functions post to its pages) and the page
 * cache's purge. Everything else (reader pages, feeds, sitemaps, files) is only read: Next would render a page for a
 * POST or DELETE too, past the page cache, so each one cost a full render.
 */
const takesWrites = (pathname: string) =>
  pathname === '/api' || pathname.startsWith('/api/') || /^\/admin(\/|$)/.test(pathname) || pathname === PURGE_PATH

/** Payload's error shape, so the admin and API clients show the message as they show Payload's own. */
export function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return void res.destroy()
  const body = JSON.stringify({ errors: [{ message }] })
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(body)
}

/** Refuses and closes the connection once the answer is out (lingering, where a body may still come). */
function refuseUnread(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  refuse(res, status, message, { ...headers, Connection: 'close' })
}

/** How long, and how many more bytes, a refused client may still send before its connection is cut. */
export const LINGER = { ms: 2000, bytes: 16 * 1024 * 1024 }

/**
 * Closing a socket that still holds unread bytes makes the kernel send a reset, and a client still writing its body
 * fails on that reset without reading the answer waiting for it (it saw ECONNRESET, never the 413). So the close
 * after a `Connection: close` answer (Node's `destroySoon`) lingers, as nginx's does: the answer and a FIN go out,
 * whatever the client still sends is read and dropped, and the socket is closed when the client closes its side, or
 * after LINGER.ms or LINGER.bytes, whichever comes first.
 */
function closeLingering(req: IncomingMessage): void {
  const socket = req.socket as IncomingMessage['socket'] & { destroySoon?: () => void }
  if (typeof socket?.destroySoon !== 'function' || Object.hasOwn(socket, 'destroySoon')) return
  socket.destroySoon = () => {
    if (socket.destroyed) return
    socket.end()
    // Once the client has closed its side nothing more can come: close as soon as the answer is written.
    const closeOnceWritten = () =>
      socket.writableFinished ? socket.destroy() : socket.once('finish', () => socket.destroy())
    if (socket.readableEnded) return closeOnceWritten()
    const readAtClose = socket.bytesRead
    const started = Date.now()
    const watch = setInterval(() => {
      if (Date.now() - started >= LINGER.ms || socket.bytesRead - readAtClose > LINGER.bytes) {
        clearInterval(watch)
        socket.destroy()
      }
    }, 50)
    watch.unref()
    socket.once('close', () => clearInterval(watch))
    socket.once('end', () => {
      clearInterval(watch)
      closeOnceWritten()
    })
    // Node's parser reads the socket into the request: the request drops what it gets, and the socket, paused where
    // the body passed the limit (watchBody's push answered false), reads again.
    req.resume()
    socket.resume()
  }
}

type PushFn = (chunk: unknown, encoding?: BufferEncoding) => boolean

/**
 * Counts the body as Node's HTTP parser hands it over (IncomingMessage#push), before anyone reads it. With
 * `hold`, nothing reaches the request's stream until the body is complete; it is then handed over in one piece.
 */
function watchBody(
  req: IncomingMessage,
  max: number,
  hold: boolean,
): Promise<{ tooLarge: true } | { tooLarge: false; body: Buffer | null }> {
  const original = req.push.bind(req) as PushFn
  const held: Buffer[] = []
  let size = 0
  return new Promise((resolve) => {
    ;(req as unknown as { push: PushFn }).push = (chunk, encoding) => {
      if (chunk === null) {
        ;(req as unknown as { push: PushFn }).push = original
        const body = hold ? Buffer.concat(held) : null
        if (body?.length) original(body)
        resolve({ tooLarge: false, body })
        return original(null)
      }
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding)
      size += buffer.length
      if (size > max) {
        ;(req as unknown as { push: PushFn }).push = original
        resolve({ tooLarge: true })
        return false
      }
      if (hold) {
        held.push(buffer)
        return true
      }
      return original(buffer)
    }
  })
}

function jsonDocumentProblem(body: Buffer): string | null {
  if (!body.length) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return 'The request body is not valid JSON.'
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? null
    : 'The request body must be a JSON object of fields, e.g. {"headline": "…"}.'
}

function graphqlQueryOf(body: Buffer, contentType: string): { query: string; variables: unknown } | { error: string } {
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType))
    return { error: 'Send GraphQL requests as application/json: {"query": "…", "variables": {…}}.' }
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return { error: 'The request body is not valid JSON.' }
  }
  const query = (parsed as { query?: unknown } | null)?.query
  if (typeof query !== 'string' || !query.trim()) return { error: 'The body must have a "query" string.' }
  return { query, variables: (parsed as { variables?: unknown }).variables }
}

/**
 * `atOnce` turns shared by the requests inside; a request takes as many turns as it weighs (see requestWeight), so
 * heavy reads pass one at a time while light ones keep flowing. The next `queue` requests wait in arrival order;
 * past that, `admit` answers null.
 */
export function gate(atOnce: number, queue: number) {
  let inside = 0
  const waiting: { weight: number; enter: () => void }[] = []
  const admitWaiting = () => {
    while (waiting.length && inside + waiting[0].weight <= atOnce) {
      const next = waiting.shift()!
      inside += next.weight
      next.enter()
    }
  }
  return {
    admit(weight = 1): Promise<() => void> | null {
      const turns = Math.max(1, Math.min(atOnce, weight))
      const release = once(() => {
        inside -= turns
        admitWaiting()
      })
      if (!waiting.length && inside + turns <= atOnce) {
        inside += turns
        return Promise.resolve(release)
      }
      if (waiting.length >= queue) return null
      return new Promise((resolve) => waiting.push({ weight: turns, enter: () => resolve(release) }))
    },
    describe: () => `${inside} of ${atOnce} turns taken and ${waiting.length} waiting`,
  }
}

const once = (fn: () => void) => {
  let done = false
  return () => {
    if (!done) {
      done = true
      fn()
    }
  }
}

export function createRequestGuard(limits: GuardLimits) {
  const uploads = gate(limits.uploadsAtOnce, limits.uploadsWaiting)
  const api = gate(limits.apiAtOnce, limits.apiWaiting)

  /** The outcome is known once the body (where one is held) has arrived; `release` must run when the answer ends. */
  /**
   * Known at once (no body to wait for, no queue to join: every reader's page) or once the body has arrived and a
   * turn is free. The first case stays synchronous: a page-cache hit then costs no promise at all.
   */
  return function guard(req: IncomingMessage, res: ServerResponse): Outcome | Promise<Outcome> {
    stripInternalHeaders(req)
    // Whoever answers it (a refusal here, Payload, Next), a request with a body may be answered before its body is
    // in; if its connection is then closed, the close lingers.
    if (Number(req.headers['content-length']) > 0 || req.headers['transfer-encoding'] !== undefined) closeLingering(req)
    const forwarded = req.headers['x-forwarded-for']
    const client = clientAddress(
      req.socket.remoteAddress ?? 'unknown',
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      limits.trustedProxies,
    )
    req.headers[CLIENT_ADDRESS_HEADER] = client
    req.rawHeaders.push(CLIENT_ADDRESS_HEADER, client)
    const url = req.url ?? '/'
    const pathname = url.split('?')[0]
    // TRACE, PROPFIND and friends reach handlers that expect none of them (TRACE on the API answered 500).
    if (!METHODS.has(req.method ?? '')) {
      refuseUnread(
        res,
        405,
        `${String(req.method).slice(0, 20)} is not a method this server answers; use ${[...METHODS].join(', ')}.`,
        { Allow: [...METHODS].join(', ') },
      )
      return REFUSED
    }
    if (!isWellEncoded(pathname)) {
      // Routes decode their path; a broken escape would fail there (a URIError, answered 500) instead of here.
      refuseUnread(res, 400, 'The address has a malformed percent-escape (such as "%ZZ" or a cut-off UTF-8 sequence).')
      return REFUSED
    }
    if (pathname === limits.graphqlPath && req.method !== 'POST' && req.method !== 'OPTIONS') {
      // Next answered an empty 405.
      refuseUnread(res, 405, 'GraphQL requests are POSTed, as JSON: {"query": "…", "variables": {…}}.', {
        Allow: 'POST, OPTIONS',
      })
      return REFUSED
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && !takesWrites(pathname)) {
      if (req.method === 'OPTIONS') {
        // Next answered an empty 400.
        res.writeHead(204, { Allow: READ_METHODS, 'Cache-Control': 'no-store' })
        res.end()
      } else
        refuseUnread(res, 405, `${req.method} ${pathname.slice(0, 200)}: this address is only read (GET, HEAD).`, {
          Allow: READ_METHODS,
        })
      return REFUSED
    }
    const contentType = String(req.headers['content-type'] ?? '')
    const isUpload = /^multipart\/form-data\b/i.test(contentType) && limits.uploadPaths.test(pathname)
    const max = isUpload ? limits.uploadMaxBytes : limits.bodyMaxBytes
    const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length'])
    const hasBody = (declared !== null && declared > 0) || req.headers['transfer-encoding'] !== undefined
    const isGraphql = pathname === limits.graphqlPath && req.method === 'POST'
    // A JSON document sent to the API is read here first (it is small): Payload would take `null`, a list or a
    // number for a document and fail on it.
    const isJsonWrite =
      !isGraphql &&
      pathname.startsWith('/api/') &&
      /^(POST|PATCH|PUT)$/.test(req.method ?? '') &&
      /^application\/json\b/i.test(contentType)

    if (pathname.startsWith('/api/') && url.includes('?')) {
      let problem: string | null
      try {
        problem = checkRestParams(new URL(url, 'http://masthead.invalid').searchParams)
      } catch {
        problem = 'The query string cannot be read.'
      }
      if (problem) {
        refuseUnread(res, 400, problem)
        return REFUSED
      }
    }
    if (declared !== null && declared > max) {
      // A body up to a few times the limit is read and dropped (by Node, after the answer), so that an ordinary
      // client gets the 413 rather than a reset connection; past that the connection is closed unread.
      const answer =
        declared <= Math.min(16 * max, 64 * 1024 * 1024)
          ? refuse
          : (r: ServerResponse, status: number, message: string) => refuseUnread(r, status, message)
      answer(
        res,
        413,
        `The request body is ${mb(declared)}; the limit here is ${mb(max)}.${isUpload ? '' : ' Pictures are uploaded as multipart/form-data to the photos collection.'}`,
      )
      return REFUSED
    }
    const admitted = (weight = 1): Outcome | Promise<Outcome> => {
      const isApi = pathname.startsWith('/api/') && pathname !== '/api/health'
      if (!isUpload && !isApi) return ADMITTED
      const turn = (isUpload ? uploads : api).admit(weight)
      if (!turn) {
        const what = isUpload ? 'uploads' : 'API requests'
        // The body (at most the limit) is read and dropped by Node after the answer, so the client gets it.
        refuse(
          res,
          503,
          `The server is busy with ${isUpload ? uploads.describe() : api.describe()} ${what}; try again in a few seconds.`,
          { 'Retry-After': '5' },
        )
        return REFUSED
      }
      return turn.then((release) => ({ refused: false, release }))
    }

    const readWeight = () => {
      if (req.method !== 'GET' || !pathname.startsWith('/api/')) return 1
      try {
        return restWeight(pathname, new URL(url, 'http://masthead.invalid').searchParams, limits.apiAtOnce)
      } catch {
        return 1
      }
    }
    if (!hasBody && !isGraphql) return admitted(readWeight())

    const watched = watchBody(req, max, isGraphql || isJsonWrite)
    if (isJsonWrite) {
      return watched.then((outcome): Outcome | Promise<Outcome> => {
        if (outcome.tooLarge) {
          refuseUnread(res, 413, `The request body passed the limit of ${mb(max)}.`)
          return { refused: true }
        }
        const problem = jsonDocumentProblem(outcome.body ?? Buffer.alloc(0))
        if (problem) {
          refuse(res, 400, problem)
          return { refused: true }
        }
        return admitted()
      })
    }
    if (!isGraphql) {
      // Streamed bodies (no Content-Length) are cut off where they pass the limit.
      watched.then((outcome) => {
        if (outcome.tooLarge) refuseUnread(res, 413, `The request body passed the limit of ${mb(max)}.`)
      })
      return admitted()
    }
    return watched.then((outcome): Outcome | Promise<Outcome> => {
      if (outcome.tooLarge) {
        refuseUnread(res, 413, `The GraphQL request passed the limit of ${mb(max)}.`)
        return { refused: true }
      }
      const extracted = graphqlQueryOf(outcome.body ?? Buffer.alloc(0), contentType)
      if ('error' in extracted) {
        refuse(res, 400, extracted.error)
        return { refused: true }
      }
      const problem = precheckGraphqlDocument(extracted.query)
      if (problem) {
        refuse(res, 400, problem)
        return { refused: true }
      }
      return admitted(graphqlWeight(extracted.query, extracted.variables, limits.apiAtOnce))
    })
  }
}
