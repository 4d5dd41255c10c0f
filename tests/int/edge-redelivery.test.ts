import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PagePurge, User } from '@/payload-types'
import { EDGE_GRACE_MS, redeliverEdgePurges } from '@/server/cache/purgeLog'
import { getEnv } from '@/server/env'
import { act, createAs, makeStaff, payload, withPayload } from './helpers'

/** A Varnish-shaped edge that refuses purges until told to take them, and records what it took. */
const taken: { method: string; keys: string }[] = []
let up = false
let attempts = 0
const edge = http.createServer((req, res) => {
  req.resume()
  attempts++
  if (!up) return void res.writeHead(503).end('down for maintenance')
  taken.push({ method: req.method!, keys: String(req.headers['xkey-purge'] ?? req.headers['xkey-softpurge'] ?? '') })
  res.writeHead(200).end('purged')
})

let writer: User, editor: User, editor2: User
beforeAll(async () => {
  await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve))
  process.env.VARNISH_PURGE_URL = `http://127.0.0.1:${(edge.address() as AddressInfo).port}/`
})
withPayload()
beforeAll(async () => {
  ;({ writer, editor, editor2 } = await makeStaff())
})
afterAll(() => {
  delete process.env.VARNISH_PURGE_URL
  edge.close()
})

const undelivered = async () =>
  (
    await payload.find({
      collection: 'page-purges',
      where: { edgesPurgedAt: { exists: false } },
      overrideAccess: true,
      pagination: false,
    })
  ).docs as PagePurge[]

describe('edge purges the change could not deliver', () => {
  it('stay in the log until an edge takes them, then are sent again by the web nodes, once', async () => {
    const story = await createAs(writer, 'articles', { headline: 'Harbour closes', deck: 'Storm.' } as never)
    await act('articles', story.id, 'submit', writer)
    await act('articles', story.id, 'approve', editor2)
    await act('articles', story.id, 'publish', editor)
    await act('articles', story.id, 'unpublish', editor, { note: 'Legal' })

    // The edge refused: the log keeps the purges, among them the unpublish's hard purge of the story.
    const waiting = await undelivered()
    expect(waiting.length).toBeGreaterThanOrEqual(2)
    expect(waiting.some((p) => p.mode === 'hard' && (p.tags as string[]).includes(`article:${story.id}`))).toBe(true)
    const { edges } = getEnv()
    // Times named from the rows themselves, so that a slow machine does not move them out of the grace period.
    const written = waiting.map((p) => Date.parse(p.createdAt))
    const later = Math.max(...written) + EDGE_GRACE_MS + 100
    const withinGrace = Math.min(...written) + 500
    // Still refused: nothing is marked, and one refusal ends the pass (the edge is down: no timeout per row). The
    // changes' own attempts (after their commits, in the background) are over first.
    for (let seen = -1; seen !== attempts;) {
      seen = attempts
      await new Promise((r) => setTimeout(r, 200))
    }
    attempts = 0
    expect(await redeliverEdgePurges(payload, edges, { retryForMs: 60_000, now: later })).toBe(0)
    expect(attempts).toBe(1)
    expect((await undelivered()).length).toBe(waiting.length)

    up = true
    // Within the grace period the process that made the change may still get there: no one sends it again yet.
    expect(await redeliverEdgePurges(payload, edges, { retryForMs: 60_000, now: withinGrace })).toBe(0)
    expect(await redeliverEdgePurges(payload, edges, { retryForMs: 60_000, now: later })).toBe(waiting.length)
    expect(taken.some((t) => t.keys.split(' ').includes(`article:${story.id}`))).toBe(true)
    expect(await undelivered()).toEqual([])
    expect(await redeliverEdgePurges(payload, edges, { retryForMs: 60_000, now: later })).toBe(0)
  })

  it('a change made while the edge is up is marked delivered by the process that made it', async () => {
    up = true
    taken.length = 0
    const story = await createAs(writer, 'articles', { headline: 'Ferry resumes', deck: 'Calm.' } as never)
    await act('articles', story.id, 'submit', writer)
    await act('articles', story.id, 'approve', editor2)
    await act('articles', story.id, 'publish', editor)
    // Marking happens after the commit, in the background of the request.
    for (let i = 0; i < 250 && (await undelivered()).length; i++) await new Promise((r) => setTimeout(r, 20))
    expect(await undelivered()).toEqual([])
    expect(taken.length).toBeGreaterThan(0)
  })

  it('gives up on a purge older than the edges keep pages, with a warning', async () => {
    up = false
    const story = await createAs(writer, 'articles', { headline: 'Bridge reopens', deck: 'Traffic.' } as never)
    await act('articles', story.id, 'submit', writer)
    await act('articles', story.id, 'approve', editor2)
    await act('articles', story.id, 'publish', editor)
    expect((await undelivered()).length).toBeGreaterThan(0)
    const pastWindow = Date.now() + 61_000
    expect(await redeliverEdgePurges(payload, getEnv().edges, { retryForMs: 60_000, now: pastWindow })).toBe(0)
    expect(await undelivered()).toEqual([])
  })
})
