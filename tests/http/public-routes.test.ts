import { XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { atomProblems, newsArticleProblems, rssProblems } from '../feedRules'
import { adminToken, eventually, http, post, saveDraft, staff } from './client'

/**
 * The one door: a newsroom full of drafts, items in review, approved, scheduled and archived, plus one live story.
 * Every public route, feed and sitemap is read; only the live story may appear.
 */
const stamp = Date.now()
const hidden: { headline: string; slug: string; id: number }[] = []
let live: { headline: string; slug: string; id: number }

beforeAll(async () => {
  const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
  const section = await post('/api/sections', editor.token, { name: `Door ${stamp}`, slug: `door-${stamp}` })
  const make = async (label: string) => {
    const res = await post('/api/articles?draft=true', writer.token, {
      headline: `${label} & <story> ${stamp}`,
      section: section.json.doc.id,
    })
    return {
      headline: res.json.doc.headline as string,
      slug: res.json.doc.slug as string,
      id: res.json.doc.id as number,
    }
  }
  const step = async (id: number, token: string, action: string, extra: Record<string, unknown> = {}) => {
    const res = await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action, ...extra } })
    expect(res.status, res.text).toBe(200)
  }
  hidden.push(await make('Draft'))
  const review = await make('In review')
  await step(review.id, writer.token, 'submit')
  const approved = await make('Approved')
  await step(approved.id, writer.token, 'submit')
  await step(approved.id, editor2.token, 'approve')
  const scheduled = await make('Scheduled')
  await step(scheduled.id, writer.token, 'submit')
  await step(scheduled.id, editor2.token, 'approve')
  await step(scheduled.id, editor.token, 'schedule', { at: new Date(Date.now() + 24 * 3600_000).toISOString() })
  const archived = await make('Archived')
  await step(archived.id, writer.token, 'submit')
  await step(archived.id, editor2.token, 'approve')
  await step(archived.id, editor.token, 'publish')
  await step(archived.id, editor.token, 'unpublish', { note: 'Legal hold' })
  hidden.push(review, approved, scheduled, archived)
  live = await make('Live')
  await step(live.id, writer.token, 'submit')
  await step(live.id, editor2.token, 'approve')
  await step(live.id, editor.token, 'publish')
})

const routes = () => [
  '/',
  '/feed.xml',
  '/atom.xml',
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/sitemaps/articles-1.xml',
  '/news-sitemap.xml',
  `/section/door-${stamp}/feed.xml`,
  '/robots.txt',
  `/section/door-${stamp}`,
  `/search?q=${stamp}`,
  '/api/articles?limit=100',
  `/news/${encodeURIComponent(live.slug)}`,
]

describe('public routes over a newsroom in every state', () => {
  it('show the live story and nothing that is not published', async () => {
    for (const path of routes()) {
      const res = await http(path)
      expect(res.status, path).toBe(200)
      for (const h of hidden) {
        expect(res.text, `${path} shows "${h.headline}"`).not.toContain(h.slug)
        expect(
          res.text.includes(`${h.headline.split(' ')[0]} &amp; &lt;story&gt; ${stamp}`) ||
            res.text.includes(`${h.headline.split(' ')[0]} & <story> ${stamp}`),
          path,
        ).toBe(false)
      }
    }
    for (const path of [
      '/feed.xml',
      '/atom.xml',
      '/sitemaps/articles-1.xml',
      '/news-sitemap.xml',
      `/section/door-${stamp}/feed.xml`,
    ]) {
      const res = await http(path)
      expect(res.text, path).toContain(live.slug)
      expect(XMLValidator.validate(res.text), path).toBe(true)
    }
    for (const path of [`/section/door-${stamp}`, `/search?q=${stamp}`])
      expect((await http(path)).text, path).toContain(live.slug)
    expect((await http('/section/no-such-section')).status).toBe(404)
    expect((await http('/tag/no-such-tag')).status).toBe(404)
  })

  it('every feed meets the RSS 2.0 or Atom rules, with one creator per item', async () => {
    for (const path of ['/feed.xml', `/section/door-${stamp}/feed.xml`]) {
      const res = await http(path)
      expect(rssProblems(res.text), path).toEqual([])
      const item = res.text.slice(res.text.indexOf('<item>'), res.text.indexOf('</item>'))
      expect(item, path).toContain(live.slug)
      expect(item.match(/<dc:creator>/g), path).toHaveLength(1)
    }
    expect(atomProblems((await http('/atom.xml')).text)).toEqual([])
  })

  it("the site settings' description describes the front page and the site feed, not a section's", async () => {
    const description = `News & analysis <from> the harbour ${stamp}`
    const admin = await adminToken()
    expect((await post('/api/globals/site', admin, { description })).status).toBe(200)
    const described = `<meta name="description" content="News &amp; analysis &lt;from&gt; the harbour ${stamp}"/>`
    await eventually('/', (status, text) => status === 200 && text.includes(described))
    const channel = (xml: string) => xml.slice(0, xml.indexOf('<item>'))
    const rssDescription = new RegExp(
      `<description>(<!\\[CDATA\\[)?News &(amp;)? analysis (<|&lt;)from(>|&gt;) the harbour ${stamp}`,
    )
    await eventually('/feed.xml', (status, text) => status === 200 && rssDescription.test(channel(text)))
    await eventually(
      '/atom.xml',
      (status, text) =>
        status === 200 && text.includes(`<subtitle>News &amp; analysis &lt;from&gt; the harbour ${stamp}`),
    )
    expect(channel((await http(`/section/door-${stamp}/feed.xml`)).text)).not.toContain('the harbour')
  })

  it('every reader page is a plain document: no script but JSON-LD, scripts refused, the feeds named', async () => {
    const pages = ['/', `/section/door-${stamp}`, `/search?q=${stamp}`, `/news/${encodeURIComponent(live.slug)}`]
    // Twice: the render that fills the cache and the copy served from it.
    for (const path of [...pages, ...pages]) {
      const res = await http(path)
      expect(res.status, path).toBe(200)
      const scripts = res.text.match(/<script\b[^>]*>/g) ?? []
      expect(
        scripts.filter((s) => !s.includes('application/ld+json')),
        path,
      ).toEqual([])
      expect(res.text, path).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|as="script"/)
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'none'")
      // The admin's colour-scheme hint would make Chrome ask for every first page twice.
      expect([res.headers.get('critical-ch'), res.headers.get('accept-ch')], path).toEqual([null, null])
      // Feed readers find the site's feeds from every page (its own one too on a section page).
      const feeds = [...res.text.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)].map((m) => m[0])
      const named = (type: string, href: string) =>
        feeds.some((l) => l.includes(`type="${type}"`) && l.includes(`href="${href}"`))
      expect(named('application/rss+xml', '/feed.xml'), path).toBe(true)
      expect(named('application/atom+xml', '/atom.xml'), path).toBe(true)
      if (path.startsWith('/section/'))
        expect(named('application/rss+xml', `/section/door-${stamp}/feed.xml`), path).toBe(true)
    }
    const missing = await http('/news/no-such-story')
    expect(missing.status).toBe(404)
    expect((missing.text.match(/<script\b[^>]*>/g) ?? []).filter((s) => !s.includes('ld+json'))).toEqual([])
  })

  it('answers 404 for every unpublished story, on the page and in ninjs, like an unknown slug', async () => {
    for (const h of hidden) {
      expect((await http(`/news/${encodeURIComponent(h.slug)}`)).status).toBe(404)
      expect((await http(`/news/${encodeURIComponent(h.slug)}.ninjs.json`)).status).toBe(404)
      expect((await http(`/api/articles/${h.id}/ninjs`)).status).toBe(404)
    }
    expect((await http('/news/never-existed')).status).toBe(404)
  })

  it('a renamed story redirects from its old address', async () => {
    const [editor, editor2] = [await staff('editor'), await staff('editor')]
    const renamed = `renamed-${stamp}`
    expect((await saveDraft(`/api/articles/${live.id}`, editor.token, { slug: renamed })).status).toBe(200)
    expect((await http(`/news/${encodeURIComponent(live.slug)}`)).status).toBe(200) // the rename is a revision until published
    await post(`/api/articles/${live.id}/workflow`, editor.token, { action: 'submit' })
    expect((await post(`/api/articles/${live.id}/workflow`, editor2.token, { action: 'approve' })).status).toBe(200)
    expect((await post(`/api/articles/${live.id}/workflow`, editor2.token, { action: 'publish' })).status).toBe(200)
    const old = await http(`/news/${encodeURIComponent(live.slug)}`)
    expect(old.status).toBe(308)
    expect(old.headers.get('location')).toContain(`/news/${renamed}`)
    expect((await http(`/news/${renamed}`)).status).toBe(200)
    live = { ...live, slug: renamed }
  })

  it('the article page carries JSON-LD, Open Graph, a canonical URL and a content security policy', async () => {
    const res = await http(`/news/${encodeURIComponent(live.slug)}`)
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.text)
    expect(ld).not.toBeNull()
    const data = JSON.parse(ld![1])
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: live.headline })
    expect(newsArticleProblems(data)).toEqual([])
    expect(data.datePublished).toMatch(/[+-]\d{2}:\d{2}$/)
    expect(res.text).toContain('<meta property="og:type" content="article"/>')
    expect(res.text).toMatch(/<link rel="canonical" href="[^"]+\/news\//)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('content-security-policy')).toContain("object-src 'none'")
  })
})
