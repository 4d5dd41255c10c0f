import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminOf, type OwnServer, ownServer } from './ownServer'

/**
 * Two web nodes on one SQLite file, each with its own page cache. A change made through one reaches the other's
 * cache through the purge log, which the change writes in its own transaction.
 */
describe('two web nodes on one database', () => {
  let one: OwnServer
  let two: OwnServer
  let admin: Awaited<ReturnType<typeof adminOf>>

  beforeAll(async () => {
    one = await ownServer()
    two = await ownServer({ databaseFile: one.databaseFile, mediaDir: one.mediaDir })
    admin = await adminOf(one.base)
  }, 180_000)
  afterAll(() => {
    two?.stop()
    one?.stop()
  })

  /** Reads a page on a node until `done` says so (a poll of the log is 100 ms), for at most five seconds. */
  async function untilOn(
    node: OwnServer,
    path: string,
    done: (status: number, text: string, cache: string | null) => boolean,
  ) {
    const started = Date.now()
    for (;;) {
      const res = await fetch(`${node.base}${path}`, { redirect: 'manual' })
      const text = await res.text()
      const cache = res.headers.get('x-cache')
      if (done(res.status, text, cache) || Date.now() - started > 5000) return { status: res.status, text, cache }
      await new Promise((r) => setTimeout(r, 25))
    }
  }

  it('an unpublish through one node takes the page out of the other node’s cache', async () => {
    const { id, slug } = await admin.publishedStory('Cluster story one')
    const path = `/news/${slug}`
    // Node two keeps the page (the publication's own purge may reach it mid-render: then it renders again).
    const cached = await untilOn(two, path, (s, _t, cache) => s === 200 && cache === 'HIT')
    expect([cached.status, cached.cache]).toEqual([200, 'HIT'])

    const down = await admin.call(`/api/articles/${id}/workflow`, {
      method: 'POST',
      body: { action: 'unpublish', note: 'Legal' },
    })
    expect(down.status).toBe(200)
    const after = await untilOn(two, path, (s) => s === 404)
    expect(after.status).toBe(404)
    expect(after.text).not.toContain('Cluster story one')
  })

  it('a correction published through one node reaches the other node’s readers', async () => {
    const { id, slug } = await admin.publishedStory('Cluster story two')
    const path = `/news/${slug}`
    const cached = await untilOn(two, path, (s, _t, cache) => s === 200 && cache === 'HIT')
    expect([cached.status, cached.cache]).toEqual([200, 'HIT'])
    const current = await admin.call(`/api/articles/${id}?draft=true&depth=0`)
    await admin.call(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { deck: 'Corrected on node one', baseVersion: current.json.baseVersion },
    })
    const live = await admin.call(`/api/articles/${id}/workflow`, {
      method: 'POST',
      body: { action: 'publish_now', note: 'Correction' },
    })
    expect(live.status).toBe(200)
    const after = await untilOn(two, path, (_s, text) => text.includes('Corrected on node one'))
    expect(after.text).toContain('Corrected on node one')
  })
})
