import { describe, expect, it } from 'vitest'

import { baseUrl } from '../http/client'

/** Class 3: a header nobody but Next should send cannot change what every later reader gets. */
const HEADERS: Record<string, string>[] = [
  { 'x-middleware-prefetch': '1' },
  { rsc: '1' },
  { 'next-router-prefetch': '1' },
  { 'next-router-state-tree': '%5B%22%22%2C%7B%7D%5D' },
  { 'next-router-segment-prefetch': '/_tree' },
  { 'x-nextjs-data': '1' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-invoke-path': '/api/health', 'x-invoke-query': '%7B%7D' },
  { 'x-matched-path': '/api/health' },
  { 'x-now-route-matches': '1' },
  { 'next-action': 'abc' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' },
  { 'accept-encoding': 'gzip', 'if-none-match': '"x"' },
  { cookie: 'payload-token=garbage' },
]

describe('the page cache stores only what a reader asked for', () => {
  it.each(HEADERS.map((h, i) => [Object.keys(h)[0], h, i] as const))(
    'a first request with %s does not deface the page',
    async (_name, headers, i) => {
      const path = `/search?q=poison${i}x${Date.now()}`
      const first = await fetch(baseUrl() + path, { headers })
      await first.arrayBuffer()
      const reader = await fetch(baseUrl() + path)
      const html = await reader.text()
      expect(reader.status).toBe(200)
      expect(reader.headers.get('content-type')).toMatch(/^text\/html/)
      expect(html).toMatch(/<html[\s>]/)
      expect(html).toContain(`poison${i}x`)
      expect(html).not.toContain('evil.example')
    },
  )

  it('Next-internal and navigation headers cannot buy a render past the cache', async () => {
    const path = `/search?q=bypass${Date.now()}`
    const plain = await fetch(baseUrl() + path)
    const page = await plain.text()
    for (const headers of HEADERS.filter((h) => !('if-none-match' in h))) {
      const res = await fetch(baseUrl() + path + (headers.rsc ? '&_rsc=1a2b' : ''), { headers })
      expect(res.headers.get('x-cache'), JSON.stringify(headers)).toBe('HIT')
      expect(await res.text(), JSON.stringify(headers)).toBe(page)
    }
  })

  it('a miss and the hit after it send the same Cache-Control and ETag', async () => {
    const path = `/search?q=same${Date.now()}`
    const miss = await fetch(baseUrl() + path)
    await miss.text()
    const hit = await fetch(baseUrl() + path)
    await hit.text()
    expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
    expect(miss.headers.get('cache-control')).toBe(hit.headers.get('cache-control'))
    expect(miss.headers.get('etag')).toBe(hit.headers.get('etag'))
    expect(miss.headers.get('etag')).toMatch(/^"/)
  })
})
