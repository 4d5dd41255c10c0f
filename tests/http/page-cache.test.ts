import { beforeAll, describe, expect, inject, it } from 'vitest'

import { baseUrl, eventually, http, post, saveDraft, staff } from './client'

/**
 * The page cache in front of the public site, over real HTTP on the production server: what it keeps, what it
 * never keeps, and how publishing, correcting, renaming and unpublishing reach the pages readers get.
 */
type Story = { id: number; slug: string; headline: string }
type Staff = Awaited<ReturnType<typeof staff>>
let writer: Staff, editor: Staff, editor2: Staff
let sectionId: number
const stamp = Date.now()
const sectionSlug = `cache-${stamp}`

const step = async (id: number, token: string, action: string, extra: Record<string, unknown> = {}) => {
  const res = await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action, ...extra } })
  expect(res.status, `${action}: ${res.text}`).toBe(200)
}

async function goLive(id: number) {
  await step(id, writer.token, 'submit')
  await step(id, editor2.token, 'approve')
  await step(id, editor.token, 'publish')
}

async function publishStory(headline: string): Promise<Story> {
  const res = await post('/api/articles?draft=true', writer.token, {
    headline,
    deck: 'First version',
    section: sectionId,
  })
  expect(res.status, res.text).toBe(201)
  await goLive(res.json.doc.id)
  return { id: res.json.doc.id, slug: res.json.doc.slug, headline }
}

/** A correction to a live story: a new revision through review, then published over the old one. */
async function revise(story: Story, data: Record<string, unknown>, token = writer.token) {
  const res = await saveDraft(`/api/articles/${story.id}`, token, data)
  expect(res.status, res.text).toBe(200)
  await goLive(story.id)
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })

/** Polls until the page satisfies `ok`; fails with what it last saw. No timing is asserted, only the outcome. */
/** Reads a page until the cache answers it fresh (a publish a moment ago may still be refreshing it). */
async function warm(path: string, mustContain?: string) {
  const deadline = Date.now() + 15_000
  for (;;) {
    const res = await get(path)
    const text = await res.text()
    if (res.headers.get('x-cache') === 'HIT' && (!mustContain || text.includes(mustContain))) return
    if (Date.now() > deadline)
      throw new Error(
        `${path} was never served fresh from the cache (last: ${res.status} ${res.headers.get('x-cache')})`,
      )
    await new Promise((r) => setTimeout(r, 50))
  }
}

beforeAll(async () => {
  ;[writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
  const section = await post('/api/sections', editor.token, { name: `Cache ${stamp}`, slug: sectionSlug })
  sectionId = section.json.doc.id
})

describe('page cache', () => {
  it('keeps a rendered public page and answers repeats from memory, with ETag revalidation and gzip', async () => {
    const story = await publishStory(`Cached story ${stamp}`)
    const path = `/news/${story.slug}`
    const first = await get(path)
    const firstBody = await first.text()
    expect(first.status).toBe(200)
    const second = await get(path)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toBe(firstBody)
    // Browsers ask again every time; a shared cache in front may keep it as long as this one, purged by tag.
    expect(second.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400',
    )
    expect(second.headers.get('surrogate-key')?.split(' ')).toEqual(
      expect.arrayContaining(['all', `article-address:${story.slug}`]),
    )
    expect(second.headers.get('cache-tag')?.split(',')).toEqual(second.headers.get('surrogate-key')?.split(' '))
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')

    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    const revalidated = await get(path, { 'If-None-Match': etag })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')

    const zipped = await get(path, { 'Accept-Encoding': 'gzip' })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe(firstBody)

    // Tracking parameters do not make a new page, nor do Next's navigation headers: both get the stored page.
    expect((await get(`${path}?utm_source=newsletter`)).headers.get('x-cache')).toBe('HIT')
    const navigation = await get(`${path}?_rsc=x1`, { RSC: '1', 'Next-Url': '/admin' })
    expect(navigation.headers.get('x-cache')).toBe('HIT')
    expect(await navigation.text()).toBe(firstBody)
  })

  it('a HEAD request before any GET does not leave an empty page behind', async () => {
    const story = await publishStory(`Head first ${stamp}`)
    const path = `/news/${story.slug}`
    const head = await fetch(`${baseUrl()}${path}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    for (let i = 0; i < 2; i++) expect(await (await get(path)).text()).toContain(`Head first ${stamp}`)
  })

  it('files each article page under its own story: publishing another story leaves it cached', async () => {
    const story = await publishStory(`Stays cached ${stamp}`)
    const path = `/news/${story.slug}`
    await get(path)
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    await get('/feed.xml')
    await publishStory(`Unrelated news ${stamp}`)
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    // …while the lists, which show every story, are refreshed.
    await eventually('/feed.xml', (s, text) => s === 200 && text.includes(`Unrelated news ${stamp}`))
  })

  it('never keeps errors, redirects, the API, the admin or staff preview', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await get(`/news/no-such-story-${stamp}`)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('x-cache')).toBe('MISS')
    }
    for (const path of ['/api/articles?limit=1', '/api/health', '/admin/login']) {
      await get(path)
      expect((await get(path)).headers.get('x-cache'), path).toBeNull()
    }
    const draft = await post('/api/articles?draft=true', writer.token, { headline: `Preview only ${stamp}` })
    const preview = `/preview/articles/${draft.json.doc.id}`
    const asStaff = await fetch(`${baseUrl()}${preview}`, { headers: { Authorization: `JWT ${writer.token}` } })
    expect(asStaff.status).toBe(200)
    expect(asStaff.headers.get('cache-control')).toContain('no-store')
    expect(asStaff.headers.get('x-cache')).toBeNull()
    // What staff previewed is not what readers get afterwards.
    const anonymous = await get(preview)
    expect(anonymous.status).not.toBe(200)
    expect(await anonymous.text()).not.toContain(`Preview only ${stamp}`)
  })

  it('a correction replaces the cached article, home and feed pages without a rebuild', async () => {
    const story = await publishStory(`Before correction ${stamp}`)
    const pages = [`/news/${story.slug}`, '/', '/feed.xml', `/section/${sectionSlug}`]
    for (const path of pages.filter((p) => p !== '/')) await warm(path, story.headline)
    await warm('/')
    await revise(story, { headline: `After correction ${stamp}` })
    // The home page lists only the newest stories (other tests publish too): there the old headline must go.
    await eventually('/', (s, text) => s === 200 && !text.includes(`Before correction ${stamp}`))
    for (const path of pages.filter((p) => p !== '/')) {
      await eventually(
        path,
        (s, text) =>
          s === 200 && text.includes(`After correction ${stamp}`) && !text.includes(`Before correction ${stamp}`),
      )
    }
  })

  it('unpublishing takes the story off every cached page on the very next request', async () => {
    const story = await publishStory(`Taken down ${stamp}`)
    const pages = [
      `/news/${story.slug}`,
      '/',
      '/feed.xml',
      '/atom.xml',
      '/sitemaps/articles-1.xml',
      '/news-sitemap.xml',
      `/section/${sectionSlug}`,
      `/search?q=${stamp}`,
    ]
    for (const path of pages) await warm(path, story.slug)
    await step(story.id, editor.token, 'unpublish', { note: 'Legal hold' })
    // No polling: not one more reader may get the story.
    const article = await get(`/news/${story.slug}`)
    expect(article.status).toBe(404)
    for (const path of pages.slice(1)) expect(await (await get(path)).text(), path).not.toContain(story.slug)
  })

  it('a renamed story: the old address redirects instead of serving the cached old page', async () => {
    const story = await publishStory(`Renamed story ${stamp}`)
    const oldPath = `/news/${story.slug}`
    await get(oldPath)
    expect((await get(oldPath)).headers.get('x-cache')).toBe('HIT')
    // Renaming a live story is an editor's call.
    await revise(story, { slug: `renamed-${stamp}` }, editor.token)
    // No polling: the old address's page was dropped with the rename.
    const moved = await get(oldPath)
    expect(moved.status).toBe(308)
    expect(moved.headers.get('location')).toContain(`/news/renamed-${stamp}`)
  })

  it('a renamed section reaches the pages that print it', async () => {
    const story = await publishStory(`Section label ${stamp}`)
    const path = `/news/${story.slug}`
    await get(path)
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    const res = await http(`/api/sections/${sectionId}`, {
      method: 'PATCH',
      token: editor.token,
      body: { name: `Relabelled ${stamp}` },
    })
    expect(res.status, res.text).toBe(200)
    await eventually(path, (s, text) => s === 200 && text.includes(`Relabelled ${stamp}`))
  })

  it('the purge endpoint (for the separate jobs worker) wants its token and a well-formed body', async () => {
    const purge = (token: string, body: unknown) =>
      fetch(`${baseUrl()}/_masthead/purge`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await purge('not-the-token', { tags: ['all'], mode: 'hard' })).status).toBe(403)
    const bad = await purge(inject('purgeToken'), { tags: [], mode: 'sideways' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/"tags"/)
    expect((await fetch(`${baseUrl()}/_masthead/purge`)).status).toBe(405)

    await warm('/robots.txt')
    await new Promise((r) => setTimeout(r, 1100))
    expect(Number((await get('/robots.txt')).headers.get('age'))).toBeGreaterThanOrEqual(1)
    expect((await purge(inject('purgeToken'), { tags: ['all'], mode: 'hard' })).status).toBe(200)
    // Dropped: rendered afresh (by this request, or by the background refresh a moment before it).
    const after = await get('/robots.txt')
    expect(after.headers.get('x-cache') === 'MISS' || after.headers.get('age') === '0').toBe(true)
  })
})
