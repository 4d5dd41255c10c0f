import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EdgeConfig, edgePurgeRequests, surrogateHeaders } from '../../src/domain/publishing/edgePurge'
import { purgeEdges } from '../../src/server/cache/edges'
import { readEnv } from '../../src/server/env'

/**
 * A stand-in for the edges' purge APIs that accepts only requests of the documented shape (Fastly: POST
 * /service/{id}/purge, Fastly-Key, up to 256 space-separated Surrogate-Key values; Cloudflare: POST
 * /zones/{zone}/purge_cache, Bearer token, JSON {"tags": [...]}, up to 30; Varnish: PURGE with xkey headers)
 * and records what each purged.
 */
type Received = { edge: string; keys: string[]; soft: boolean }
const received: Received[] = []
let base = ''
const server = http.createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ success: false, msg: message }))
    }
    const fastly = /^\/fastly\/service\/([^/]+)\/purge$/.exec(req.url ?? '')
    if (fastly) {
      if (req.method !== 'POST') return refuse(405, 'POST only')
      if (fastly[1] !== 'svc-123') return refuse(404, 'no such service')
      if (req.headers['fastly-key'] !== 'fastly-token') return refuse(401, 'bad Fastly-Key')
      const keys = String(req.headers['surrogate-key'] ?? '')
        .split(' ')
        .filter(Boolean)
      if (!keys.length || keys.length > 256) return refuse(400, 'Surrogate-Key must name 1 to 256 keys')
      received.push({ edge: 'fastly', keys, soft: req.headers['fastly-soft-purge'] === '1' })
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify(Object.fromEntries(keys.map((k) => [k, 'purge-id']))))
    }
    const cloudflare = /^\/cloudflare\/zones\/([^/]+)\/purge_cache$/.exec(req.url ?? '')
    if (cloudflare) {
      if (req.method !== 'POST') return refuse(405, 'POST only')
      if (cloudflare[1] !== 'zone-9') return refuse(404, 'no such zone')
      if (req.headers.authorization !== 'Bearer cf-token') return refuse(403, 'bad token')
      if (!String(req.headers['content-type']).startsWith('application/json')) return refuse(415, 'JSON only')
      const { tags } = JSON.parse(body) as { tags?: unknown }
      if (!Array.isArray(tags) || !tags.length || tags.length > 30 || tags.some((t) => typeof t !== 'string'))
        return refuse(400, 'tags must be 1 to 30 strings')
      received.push({ edge: 'cloudflare', keys: tags as string[], soft: false })
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ success: true, errors: [], messages: [], result: { id: 'zone-9' } }))
    }
    if (req.url === '/varnish' && req.method === 'PURGE') {
      const hard = req.headers['xkey-purge']
      const soft = req.headers['xkey-softpurge']
      if (!hard === !soft) return refuse(400, 'one of xkey-purge or xkey-softpurge')
      received.push({ edge: 'varnish', keys: String(hard ?? soft).split(' '), soft: Boolean(soft) })
      res.writeHead(200)
      return res.end('Purged')
    }
    refuse(404, 'unknown')
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const edges = (): EdgeConfig[] => [
  { kind: 'varnish', purgeUrl: `${base}/varnish` },
  { kind: 'fastly', apiUrl: `${base}/fastly`, serviceId: 'svc-123', token: 'fastly-token' },
  { kind: 'cloudflare', apiUrl: `${base}/cloudflare`, zoneId: 'zone-9', token: 'cf-token' },
]
const quiet = () => {
  const warnings: string[] = []
  return { warnings, logger: { warn: (o: { msg: string }) => warnings.push(o.msg) } as never }
}

describe('edge purges', () => {
  it('reach Varnish, Fastly and Cloudflare in the shape each documents, soft where the edge has it', async () => {
    received.length = 0
    const log = quiet()
    await purgeEdges(edges(), ['article:7', 'listings'], 'soft', log)
    await purgeEdges(edges(), ['article:7'], 'hard', log)
    expect(log.warnings).toEqual([])
    expect(received.sort((a, b) => a.edge.localeCompare(b.edge) || Number(b.soft) - Number(a.soft))).toEqual([
      { edge: 'cloudflare', keys: ['article:7', 'listings'], soft: false },
      { edge: 'cloudflare', keys: ['article:7'], soft: false },
      { edge: 'fastly', keys: ['article:7', 'listings'], soft: true },
      { edge: 'fastly', keys: ['article:7'], soft: false },
      { edge: 'varnish', keys: ['article:7', 'listings'], soft: true },
      { edge: 'varnish', keys: ['article:7'], soft: false },
    ])
  })

  it('split a large purge into the batches each API takes', async () => {
    received.length = 0
    const tags = Array.from({ length: 300 }, (_, i) => `photo:${i}`)
    await purgeEdges(edges().slice(1), tags, 'hard', quiet())
    const per = (edge: string) => received.filter((r) => r.edge === edge).map((r) => r.keys.length)
    expect(per('fastly').sort((a, b) => b - a)).toEqual([256, 44])
    expect(per('cloudflare')).toEqual(Array(10).fill(30))
    expect(new Set(received.filter((r) => r.edge === 'cloudflare').flatMap((r) => r.keys)).size).toBe(300)
  })

  it('log a refused purge (a wrong token) without failing the change that caused it', async () => {
    const log = quiet()
    const wrong: EdgeConfig[] = [
      { kind: 'fastly', apiUrl: `${base}/fastly`, serviceId: 'svc-123', token: 'stolen' },
      { kind: 'cloudflare', apiUrl: `${base}/cloudflare`, zoneId: 'zone-9', token: 'stolen' },
    ]
    await expect(purgeEdges(wrong, ['article:1'], 'hard', log)).resolves.toBe(false)
    expect(log.warnings.sort()).toEqual([
      expect.stringMatching(/^Could not purge cloudflare: Error: HTTP 403/),
      expect.stringMatching(/^Could not purge fastly: Error: HTTP 401/),
    ])
  })

  it('file a page under tags no edge can misread (no spaces, no commas)', () => {
    expect(surrogateHeaders(['article:7', 'article-address:a b,c', 'article:7'])).toEqual({
      'Surrogate-Key': 'article:7 article-address:a_b_c',
      'Cache-Tag': 'article:7,article-address:a_b_c',
    })
    expect(edgePurgeRequests({ kind: 'varnish', purgeUrl: 'http://v/' }, [], 'hard')).toEqual([])
  })
})

describe('edge settings', () => {
  const secret = { PAYLOAD_SECRET: 'a-long-enough-test-secret' }
  it('turn on each edge that is fully configured, several at once', () => {
    const env = readEnv({
      ...secret,
      VARNISH_PURGE_URL: 'http://varnish:6081/',
      FASTLY_SERVICE_ID: 's',
      FASTLY_API_TOKEN: 't',
      CLOUDFLARE_ZONE_ID: 'z',
      CLOUDFLARE_API_TOKEN: 'c',
    })
    expect(env.edges.map((e) => e.kind)).toEqual(['varnish', 'fastly', 'cloudflare'])
    expect(readEnv(secret).edges).toEqual([])
  })

  it('refuse half a configuration with a message naming what is missing', () => {
    expect(() => readEnv({ ...secret, FASTLY_SERVICE_ID: 's' })).toThrow(/FASTLY_API_TOKEN/)
    expect(() => readEnv({ ...secret, CLOUDFLARE_API_TOKEN: 'c' })).toThrow(/CLOUDFLARE_ZONE_ID/)
  })
})
