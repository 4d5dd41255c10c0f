import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type OwnServer, ownServer } from '../http/ownServer'
import { seededRandom } from '../random'

/**
 * Kill -9 at random instants of publish, unpublish, a bundle publication (an article with eight links) and an
 * upload, against the production server; after each restart the item is wholly before or wholly after, nothing of
 * the bundle is live without its article, no file or row is orphaned, and the next transition goes through.
 * FAULT_SEED replays a run; FAULT_ROUNDS sets how many kills (at least 20).
 */
const seed = Number(process.env.FAULT_SEED ?? 20261129)
const rounds = Math.max(20, Number(process.env.FAULT_ROUNDS ?? 24))
const random = seededRandom(seed)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-faults-'))
const storage = { databaseFile: path.join(dir, 'faults.db'), mediaDir: path.join(dir, 'media') }
let server: OwnServer
afterAll(() => {
  server?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

type Reply = { status: number; json: any; text: string }
async function call(
  pathname: string,
  init: { method?: string; body?: unknown; token?: string; form?: FormData } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (init.token) headers.Authorization = `JWT ${init.token}`
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(server.base + pathname, {
    method: init.method ?? 'GET',
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  })
  const text = await res.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text }
}
async function ok(pathname: string, init: Parameters<typeof call>[1] = {}) {
  const r = await call(pathname, init)
  if (r.status >= 300) throw new Error(`${init.method ?? 'GET'} ${pathname} → ${r.status}: ${r.text.slice(0, 300)}`)
  return r.json
}

const tokens = { admin: '', writer: '', editor: '', editor2: '', desk: '' }
async function signIn() {
  for (const [who, email] of Object.entries({
    admin: 'admin@faults.test',
    writer: 'writer@faults.test',
    editor: 'editor@faults.test',
    editor2: 'editor2@faults.test',
    desk: 'desk@faults.test',
  })) {
    tokens[who as keyof typeof tokens] = (
      await ok('/api/users/login', { method: 'POST', body: { email, password: 'faults-password-1' } })
    ).token
  }
}

const act = (collection: string, id: number, action: string, token: string, note?: string) =>
  call(`/api/${collection}/${id}/workflow`, { method: 'POST', token, body: { action, note } })

async function approvedLink(title: string) {
  const link = (
    await ok('/api/related-links?draft=true', {
      method: 'POST',
      token: tokens.writer,
      body: { title, url: 'https://example.com/' + encodeURIComponent(title) },
    })
  ).doc
  await ok(`/api/related-links/${link.id}/workflow`, {
    method: 'POST',
    token: tokens.writer,
    body: { action: 'submit' },
  })
  await ok(`/api/related-links/${link.id}/workflow`, {
    method: 'POST',
    token: tokens.editor,
    body: { action: 'approve' },
  })
  return link.id as number
}

async function approvedArticle(title: string, links: number) {
  const ids: number[] = []
  for (let i = 0; i < links; i++) ids.push(await approvedLink(`${title} · link ${i + 1}`))
  const article = (
    await ok('/api/articles?draft=true', {
      method: 'POST',
      token: tokens.writer,
      body: { headline: title, deck: 'A story to crash on', relatedLinks: ids },
    })
  ).doc
  await ok(`/api/articles/${article.id}/workflow`, { method: 'POST', token: tokens.writer, body: { action: 'submit' } })
  await ok(`/api/articles/${article.id}/workflow`, {
    method: 'POST',
    token: tokens.editor,
    body: { action: 'approve' },
  })
  return { article: article.id as number, links: ids }
}

/** Starts `request`, kills the server with SIGKILL `delayMs` later, restarts it on the same storage. */
async function killDuring(request: () => Promise<unknown>, delayMs: number) {
  const inFlight = request().catch(() => undefined)
  await new Promise((r) => setTimeout(r, delayMs))
  server.stop()
  await inFlight
  server = await ownServer(storage)
  await signIn()
}

const staffView = (collection: string, id: number) =>
  ok(`/api/${collection}/${id}?draft=true&depth=0`, { token: tokens.admin })
const readerSees = async (collection: string, id: number) =>
  (await call(`/api/${collection}/${id}?depth=0`)).status === 200
const trail = async (collection: string, id: number) =>
  (
    await ok(
      `/api/workflow-events?where[itemCollection][equals]=${collection}&where[itemId][equals]=${id}&limit=100&sort=at&depth=0`,
      { token: tokens.admin },
    )
  ).docs as { to: string; action: string }[]

/** Wholly before or wholly after: state, live status, what readers see and the audit trail agree, bundle included. */
type Step = 'approved' | 'published' | 'archived'
async function checkStory(article: number, links: number[], before: Step, after: Step) {
  const doc = await staffView('articles', article)
  expect([before, after]).toContain(doc.workflowState)
  const live = doc.workflowState === 'published'
  expect(doc._status).toBe(live ? 'published' : 'draft')
  expect(await readerSees('articles', article)).toBe(live)
  const events = await trail('articles', article)
  expect(events.at(-1)?.to).toBe(doc.workflowState)
  for (const link of links) {
    const l = await staffView('related-links', link)
    // No link is live without its article; with its article live, all are.
    expect(await readerSees('related-links', link)).toBe(live)
    expect(l.workflowState).toBe(live ? 'published' : 'approved')
  }
  return doc.workflowState as Step
}

/** Every photo row has its files, and every file in the media folder belongs to a photo. */
async function checkMedia() {
  const photos = (await ok('/api/photos?draft=true&depth=0&limit=100', { token: tokens.admin })).docs as {
    filename: string
    sizes: Record<string, { filename?: string | null }>
  }[]
  const referenced = new Set<string>()
  for (const p of photos) {
    referenced.add(p.filename)
    for (const s of Object.values(p.sizes ?? {})) if (s?.filename) referenced.add(s.filename)
  }
  const onDisk = fs.existsSync(storage.mediaDir)
    ? fs
        .readdirSync(storage.mediaDir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : []
  for (const name of referenced) expect(onDisk, `photo file ${name} is missing`).toContain(name)
  for (const name of onDisk) expect(referenced.has(name), `${name} is in media/ but no photo refers to it`).toBe(true)
  return photos.length
}

beforeAll(async () => {
  server = await ownServer(storage)
  await ok('/api/users/first-register', {
    method: 'POST',
    body: { email: 'admin@faults.test', password: 'faults-password-1', name: 'Admin' },
  })
  const admin = (
    await ok('/api/users/login', {
      method: 'POST',
      body: { email: 'admin@faults.test', password: 'faults-password-1' },
    })
  ).token
  for (const [who, role] of [
    ['writer', 'writer'],
    ['editor', 'editor'],
    ['editor2', 'editor'],
    ['desk', 'photo_desk'],
  ]) {
    await ok('/api/users', {
      method: 'POST',
      token: admin,
      body: { email: `${who}@faults.test`, password: 'faults-password-1', name: who, roles: [role] },
    })
  }
  await signIn()
}, 180_000)

/** How long each operation takes when not killed (ms), updated as the test runs: kills are drawn across it. */
const duration: Record<string, number> = { publish: 300, bundle: 700, unpublish: 300, upload: 1500 }
async function timed<T>(kind: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await work()
  duration[kind] = Date.now() - started
  return result
}
const swept = () => {
  const aside = path.join(storage.mediaDir, '.orphans')
  return fs.existsSync(aside) ? fs.readdirSync(aside).flatMap((d) => fs.readdirSync(path.join(aside, d))).length : 0
}

describe(`SIGKILL at ${rounds} random instants (seed ${seed})`, () => {
  const outcomes: string[] = []
  afterAll(() => console.log(`crash outcomes (seed ${seed}): ${outcomes.join(', ')}`))

  for (let round = 0; round < rounds; round++) {
    const kind = (['publish', 'bundle', 'unpublish', 'upload'] as const)[round % 4]
    // Drawn across the operation's own duration and a little past it: most kills land inside it, some after.
    const share = random() * 1.2
    it(`${kind}, killed at ${Math.round(share * 100)} % of its usual duration`, async () => {
      const delayMs = Math.round(share * duration[kind])
      if (kind === 'upload') {
        const before = await checkMedia()
        const sweptBefore = swept()
        const bytes = await sharp({
          create: { width: 2400, height: 1600, channels: 3, background: { r: 40 + round, g: 90, b: 140 } },
        })
          .jpeg({ quality: 92 })
          .toBuffer()
        const form = () => {
          const f = new FormData()
          f.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `crash-${round}.jpg`)
          f.append('_payload', JSON.stringify({ alt: `Crash round ${round}`, credit: 'Faults desk' }))
          return f
        }
        await killDuring(
          () => call('/api/photos?draft=true', { method: 'POST', token: tokens.desk, form: form() }),
          delayMs,
        )
        const after = await checkMedia()
        expect([before, before + 1]).toContain(after)
        outcomes.push(
          `upload:${after > before ? 'after' : 'before'}${swept() > sweptBefore ? ` (${swept() - sweptBefore} files swept)` : ''}`,
        )
        // The next upload goes through.
        expect(
          (
            await timed('upload', () =>
              call('/api/photos?draft=true', { method: 'POST', token: tokens.desk, form: form() }),
            )
          ).status,
        ).toBe(201)
        await checkMedia()
        return
      }
      const { article, links } = await approvedArticle(
        `Crash round ${round} (${kind})`,
        kind === 'bundle' ? 8 : kind === 'unpublish' ? 3 : 0,
      )
      if (kind === 'unpublish') {
        expect((await act('articles', article, 'publish', tokens.editor2)).status).toBe(200)
        await killDuring(
          () => act('articles', article, 'unpublish', tokens.editor2, 'Legal asked us to take it down'),
          delayMs,
        )
        const now = await checkStory(article, [], 'published', 'archived')
        outcomes.push(`unpublish:${now === 'published' ? 'before' : 'after'}`)
        // The next transition goes through.
        const next = await timed('unpublish', () =>
          now === 'published'
            ? act('articles', article, 'unpublish', tokens.editor2, 'Again')
            : act('articles', article, 'reopen', tokens.editor2),
        )
        expect(next.status, next.text).toBe(200)
        expect((await staffView('articles', article)).workflowState).toBe(now === 'published' ? 'archived' : 'draft')
        return
      }
      await killDuring(() => act('articles', article, 'publish', tokens.editor2), delayMs)
      const now = await checkStory(article, links, 'approved', 'published')
      outcomes.push(`${kind}:${now === 'published' ? 'after' : 'before'}`)
      const next = await timed(kind, () =>
        now === 'published'
          ? act('articles', article, 'unpublish', tokens.editor2, 'Taken down after the crash test')
          : act('articles', article, 'publish', tokens.editor2),
      )
      expect(next.status, next.text).toBe(200)
      expect((await staffView('articles', article)).workflowState).toBe(now === 'published' ? 'archived' : 'published')
    })
  }

  it('a file an upload left without its row is moved aside at the next start; the photos keep theirs', async () => {
    const orphan = `left-by-a-killed-upload-${Date.now()}.jpg`
    fs.mkdirSync(storage.mediaDir, { recursive: true })
    fs.writeFileSync(path.join(storage.mediaDir, orphan), 'not referenced by any photo')
    const before = swept()
    server.stop()
    server = await ownServer(storage)
    await signIn()
    expect(fs.existsSync(path.join(storage.mediaDir, orphan))).toBe(false)
    expect(swept()).toBe(before + 1)
    await checkMedia()
  })
})
