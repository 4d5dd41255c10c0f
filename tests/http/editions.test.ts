import { beforeAll, describe, expect, it } from 'vitest'

import { publishedArticle } from '../security/helpers'
import { http, newsroom, type Newsroom, post, saveDraft } from './client'

/**
 * A story and its Chinese translation, each with its own review. Until the translation is published, nothing on
 * the public site names it; once it is, both editions name each other.
 */
let room: Newsroom
let source: { id: number; slug: string; headline: string }
let zh: { id: number; slug: string }
const stamp = Date.now()
const zhHeadline = `港口风暴关闭码头 ${stamp}`

const hreflangs = (html: string) =>
  [
    ...html.matchAll(
      /<link[^>]*rel="alternate"[^>]*hrefLang="([^"]+)"[^>]*href="([^"]+)"|<link[^>]*rel="alternate"[^>]*href="([^"]+)"[^>]*hrefLang="([^"]+)"/gi,
    ),
  ]
    .map((m) => `${m[1] ?? m[4]} ${new URL(m[2] ?? m[3]).pathname}`)
    .sort()

/**
 * The page as a reader gets it once the cache has caught up: a publication purges softly, so the first reader
 * after it may get the previous copy (marked STALE) while the new one renders.
 */
async function fresh(path: string) {
  for (let i = 0; i < 50; i++) {
    const res = await http(path)
    if (res.headers.get('x-cache') !== 'STALE') return res
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${path} stayed stale`)
}

/** Every public place a story can be named: its page, the edition's front page and feed, sitemaps, search. */
async function publicTraces(slug: string, words: string) {
  const listings = {
    inEditionHome: await fresh('/zh'),
    inEditionFeed: await fresh('/zh/feed.xml'),
    inSitemap: await fresh('/sitemaps/articles-1.xml'),
    inSearch: await fresh(`/search?q=${encodeURIComponent(words)}`),
  }
  // A listing that failed would name nothing: each must answer before its silence counts.
  for (const [name, res] of Object.entries(listings)) expect(res.status, name).toBe(200)
  return {
    atEdition: (await fresh(`/zh/news/${encodeURIComponent(slug)}`)).status,
    atPlainPath: (await fresh(`/news/${encodeURIComponent(slug)}`)).status,
    ...Object.fromEntries(
      Object.entries(listings).map(([name, res]) => [name, res.text.includes(encodeURIComponent(slug))]),
    ),
  }
}

beforeAll(async () => {
  room = await newsroom()
  source = await publishedArticle(room, { headline: `Harbour storm closes the quay ${stamp}`, deck: 'Ferries stop.' })
})

describe('translations on the public site', () => {
  it('translate answers 201 with a draft, 409 for a language the group has, 400 for one the site does not', async () => {
    const made = await post(`/api/articles/${source.id}/translate`, room.writer.token, { language: 'zh' })
    expect(made.status, made.text).toBe(201)
    expect(made.json.doc).toMatchObject({ language: 'zh', _status: 'draft', translatedFrom: String(source.id) })
    zh = made.json.doc
    const again = await post(`/api/articles/${source.id}/translate`, room.editor.token, { language: 'zh' })
    expect([again.status, again.json.errors[0].data.code]).toEqual([409, 'conflict'])
    const unknown = await post(`/api/articles/${source.id}/translate`, room.writer.token, { language: 'klingon' })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors[0].message).toMatch(/one of this publication's languages: en, zh/)
    expect((await post(`/api/articles/${source.id}/translate`, undefined, { language: 'zh' })).status).toBe(401)
  })

  it('an unpublished translation is nowhere: 404 at its address, not listed, not in feeds, sitemaps, search or hreflang', async () => {
    const edited = await saveDraft(`/api/articles/${zh.id}`, room.writer.token, { headline: zhHeadline })
    expect(edited.status, edited.text).toBe(200)
    expect(await publicTraces(zh.slug, '港口风暴关闭码头')).toEqual({
      atEdition: 404,
      atPlainPath: 404,
      inEditionHome: false,
      inEditionFeed: false,
      inSitemap: false,
      inSearch: false,
    })
    const english = await http(`/news/${source.slug}`)
    expect(english.status).toBe(200)
    expect(hreflangs(english.text)).toEqual([])
    expect(english.text).not.toContain(zh.slug)
  })

  it('published on its own review, both editions name each other; the Chinese one is Chinese throughout', async () => {
    const wf = `/api/articles/${zh.id}/workflow`
    expect((await post(wf, room.writer.token, { action: 'submit' })).status).toBe(200)
    expect((await post(wf, room.editor2.token, { action: 'approve' })).status).toBe(200)
    expect((await post(wf, room.editor.token, { action: 'publish' })).status).toBe(200)

    expect(await publicTraces(zh.slug, '港口风暴关闭码头')).toEqual({
      atEdition: 200,
      atPlainPath: 308,
      inEditionHome: true,
      inEditionFeed: true,
      inSitemap: true,
      inSearch: true,
    })
    const moved = await http(`/news/${encodeURIComponent(zh.slug)}`)
    expect(moved.headers.get('location')).toBe(`/zh/news/${encodeURIComponent(zh.slug)}`)

    const chinese = await fresh(`/zh/news/${encodeURIComponent(zh.slug)}`)
    expect(chinese.text).toMatch(/<html lang="zh"/)
    // The stylesheet gives Chinese pages a CJK face and looser leading.
    const css = chinese.text.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1]
    expect(css, 'stylesheet link').toMatch(/^\/site\.css\?v=[\w-]+$/)
    expect((await http(css!)).text).toMatch(/html:lang\(zh\) body\s*\{[^}]*Noto Serif CJK SC[^}]*line-height:\s*1\.85/)
    expect(chinese.text).toContain(zhHeadline)
    expect(chinese.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
    const pair = [
      `en /news/${source.slug}`,
      `x-default /news/${source.slug}`,
      `zh /zh/news/${encodeURIComponent(zh.slug)}`,
    ]
    expect(hreflangs(chinese.text)).toEqual(pair)
    // The English page was cached before the translation went live; the publication refreshed it.
    const english = await fresh(`/news/${source.slug}`)
    expect(english.text).toMatch(/<html lang="en"/)
    expect(hreflangs(english.text)).toEqual(pair)

    const sitemap = (await fresh('/sitemaps/articles-1.xml')).text
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    const entry = sitemap.split('<url>').find((u) => u.includes(`/news/${source.slug}<`))
    expect(entry).toContain(`hreflang="zh" href="http://localhost`)
    expect((await http('/feed.xml')).text).not.toContain(encodeURIComponent(zh.slug))
  })

  it('taking the translation down takes it out of the English page’s alternates again', async () => {
    const down = await post(`/api/articles/${zh.id}/workflow`, room.editor.token, {
      action: 'unpublish',
      note: 'Error',
    })
    expect(down.status, down.text).toBe(200)
    expect((await http(`/zh/news/${encodeURIComponent(zh.slug)}`)).status).toBe(404)
    expect(hreflangs((await fresh(`/news/${source.slug}`)).text)).toEqual([])
  })

  it('an address under a language the site does not publish is a 404', async () => {
    for (const path of ['/fr', '/fr/news/x', '/en/news/' + source.slug, '/xx/feed.xml'])
      expect((await http(path)).status, path).toBe(404)
  })
})
