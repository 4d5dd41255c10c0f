import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startS3 } from '../s3'
import { jpeg } from './client'
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

/**
 * Three web nodes that share a database and an S3-compatible bucket and nothing on disk (each its own MEDIA_DIR):
 * a photo uploaded through one is served by the others, through Payload's route and its read access.
 */
describe('web nodes sharing a bucket for photos', () => {
  let s3: Awaited<ReturnType<typeof startS3>>
  const nodes: OwnServer[] = []
  let admin: Awaited<ReturnType<typeof adminOf>>

  beforeAll(async () => {
    s3 = await startS3()
    const first = await ownServer(null, s3.env)
    nodes.push(first)
    for (let i = 0; i < 2; i++)
      nodes.push(
        await ownServer({ databaseFile: first.databaseFile, mediaDir: `${first.mediaDir}-node-${i + 2}` }, s3.env),
      )
    admin = await adminOf(first.base)
  }, 240_000)
  afterAll(async () => {
    for (const node of nodes.reverse()) node.stop()
    await s3?.close()
  })

  it('a photo uploaded on node 1 is served by node 3, to those who may see it', async () => {
    const [one, , three] = nodes
    const form = new FormData()
    const bytes = await jpeg(1600, 900, '#c0392b')
    form.append('file', new File([new Uint8Array(bytes)], 'harbour-crane.jpg', { type: 'image/jpeg' }))
    form.append('_payload', JSON.stringify({ alt: 'A harbour crane' }))
    const created = await fetch(`${one.base}/api/photos?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${admin.token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const files = [doc.filename, doc.sizes.card.filename] as string[]

    for (const file of files) {
      const fromOne = await fetch(`${one.base}/api/photos/file/${file}`, {
        headers: { Authorization: `JWT ${admin.token}` },
      })
      const fromThree = await fetch(`${three.base}/api/photos/file/${file}`, {
        headers: { Authorization: `JWT ${admin.token}` },
      })
      expect([fromOne.status, fromThree.status], file).toEqual([200, 200])
      expect(Buffer.from(await fromThree.arrayBuffer()).equals(Buffer.from(await fromOne.arrayBuffer()))).toBe(true)
      expect(fromThree.headers.get('content-type')).toMatch(/^image\//)
    }
    // Nothing came from a node's disk.
    for (const node of nodes) expect(fs.existsSync(node.mediaDir) ? fs.readdirSync(node.mediaDir) : []).toEqual([])
    // A draft photo is the desk's: a reader asking node three for its file is refused like anywhere else.
    const anonymous = await fetch(`${three.base}/api/photos/file/${files[0]}`)
    expect([401, 403, 404]).toContain(anonymous.status)
  })
})
