/**
 * Masthead's production server: Next (admin, API, public site) behind the page cache, in one process.
 * Compiled by `npm run build` to dist/ and started by `npm start`. Options: PORT, HOSTNAME, PAGE_CACHE_MB,
 * PAGE_CACHE_MAX_AGE_SECONDS (0 turns the page cache off).
 */
import http from 'node:http'

import nextEnv from '@next/env'
import nextModule from 'next'

import { randomUUID } from 'node:crypto'

import { installPageCacheBridge, purgeToken, sharedReaderPayload, sharedReaderSearch } from '../cache/bridge.ts'
import { createCachingHandler } from '../cache/cachingHandler.ts'
import { PageCache } from '../cache/pageCache.ts'
import { ALL_PAGES, LISTINGS } from '../../domain/publishing/cacheTags.ts'
import { getEnv } from '../env.ts'
import { createReaderPageRenderer } from '../render/readerPages.tsx'
import { createRequestGuard, type Outcome, refuse } from './guard.ts'

// `npm start` runs from the project (or image) root, where .next/ and .env are.
const root = process.cwd()
// Payload's startup (inside Next, in this process) does the web server's housekeeping only when it sees this.
process.env.MASTHEAD_WEB_SERVER = '1'
nextEnv.loadEnvConfig(root, false)

// Read and validated once (env.ts): a malformed setting stops the server with a message instead of, say, an
// unbounded page cache from PAGE_CACHE_MB=abc.
const env = getEnv()
const { port, hostname, pageCacheMb: cacheMb, pageCacheMaxAgeSeconds: maxAgeSeconds } = env.server

// Next is CommonJS, typed as an ES module: at run time the default import is module.exports, the factory itself.
type CreateNextApp = (options: { dev: boolean; dir: string; hostname: string; port: number }) => {
  getRequestHandler(): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>
  prepare(): Promise<void>
}
const createNextApp = nextModule as unknown as CreateNextApp

async function main() {
  const app = createNextApp({ dev: false, dir: root, hostname, port })
  const nextHandler = app.getRequestHandler()
  await app.prepare()
  const upstream = (req: http.IncomingMessage, res: http.ServerResponse) => nextHandler(req, res)

  let handle: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void> = upstream
  let answerFromMemory = (_req: http.IncomingMessage, _res: http.ServerResponse) => false
  if (maxAgeSeconds > 0) {
    const secret = env.payloadSecret
    const caching = createCachingHandler({
      cache: new PageCache({ maxBytes: cacheMb * 1024 * 1024, maxAgeMs: maxAgeSeconds * 1000 }),
      upstream,
      renderDirect: env.server.directRender
        ? createReaderPageRenderer(sharedReaderPayload, sharedReaderSearch)
        : undefined,
      // Background renders ask this server itself: on loopback when it listens everywhere, else where it listens.
      origin: () =>
        `http://${['0.0.0.0', '::', ''].includes(hostname) ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`,
      purgeToken: purgeToken(secret),
      baseTags: [ALL_PAGES],
      fallbackTags: [LISTINGS],
      sharedMaxAgeSeconds: maxAgeSeconds,
      log: (msg) => {
        if (env.logLevel === 'debug' || env.logLevel === 'trace') console.log(msg)
      },
    })
    installPageCacheBridge(caching.bridge)
    handle = caching.handle
    answerFromMemory = caching.answerFromMemory
  }

  const guard = createRequestGuard({
    bodyMaxBytes: env.requests.bodyMaxBytes,
    // The picture plus its form fields and multipart framing.
    uploadMaxBytes: env.photos.maxBytes + 1024 * 1024,
    uploadPaths: /^\/api\/photos(\/[^/]+)?\/?$/,
    uploadsAtOnce: env.requests.uploadsAtOnce,
    uploadsWaiting: env.requests.uploadsWaiting,
    apiAtOnce: env.requests.apiAtOnce,
    apiWaiting: env.requests.apiWaiting,
    graphqlPath: '/api/graphql',
    trustedProxies: env.requests.trustedProxies,
  })

  const failed = (req: http.IncomingMessage, res: http.ServerResponse) => (error: unknown) => {
    // One line with an id the reader can quote; the stack goes to the log once.
    const id = randomUUID()
    console.error(
      JSON.stringify({
        level: 'error',
        requestId: id,
        method: req.method,
        url: req.url?.slice(0, 200),
        err: String((error as Error)?.stack ?? error),
      }),
    )
    refuse(res, 500, `Something went wrong on our side (request ${id}).`, { 'X-Request-Id': id })
  }
  const proceed = (req: http.IncomingMessage, res: http.ServerResponse, outcome: Outcome) => {
    if (outcome.refused) return
    if (outcome.release) {
      // A client that left while waiting for its turn gives the turn back at once.
      if (res.destroyed || req.socket.destroyed) return outcome.release()
      res.on('close', outcome.release)
    }
    return handle(req, res)
  }

  const server = http.createServer((req, res) => {
    // A stored page needs nothing the guard does (it protects Next and Payload from bodies, methods and their
    // internal headers), so a bodiless GET of one is answered first. Otherwise the guard runs synchronously: it
    // must see the body from its first byte.
    try {
      if (answerFromMemory(req, res)) return
      const admitted = guard(req, res)
      const answered =
        admitted instanceof Promise ? admitted.then((o) => proceed(req, res, o)) : proceed(req, res, admitted)
      if (answered) answered.catch(failed(req, res))
    } catch (error) {
      failed(req, res)(error)
    }
  })
  server.keepAliveTimeout = 65_000
  server.listen(port, hostname, () =>
    console.log(`Masthead ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
  )
  const stop = () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
