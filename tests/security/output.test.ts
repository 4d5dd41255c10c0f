import { beforeAll, describe, expect, it } from 'vitest'

import { http, post } from '../http/client'
import { message, newsroom, type Newsroom, publishedArticle } from './helpers'

/** Classes 7 and 12: what editors type reaches readers as text, and addresses cannot impersonate each other. */
let room: Newsroom
beforeAll(async () => {
  room = await newsroom()
})

const link = (url: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          {
            type: 'link',
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields: { url, linkType: 'custom', newTab: false },
            children: [{ type: 'text', text: 'click', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
          },
        ],
      },
    ],
  },
})

describe('feeds carry no live markup', () => {
  it('a headline and deck with scripts reach RSS and Atom escaped, on the site and section feeds', async () => {
    const sections = await http('/api/sections?limit=1&where[slug][exists]=true')
    const section = sections.json.docs[0]
    const evil = `</script><script>alert(${Date.now()})</script><img src=x onerror=alert(1)>`
    await publishedArticle(room, {
      headline: `Feed ${evil}`,
      deck: `Deck ${evil}`,
      ...(section ? { section: section.id } : {}),
    })
    const paths = ['/feed.xml', '/atom.xml', ...(section ? [`/section/${section.slug}/feed.xml`] : [])]
    for (const path of paths) {
      // A feed read before the publication is refreshed in the background: readers get the new one a moment later.
      let res = await http(path)
      for (let i = 0; i < 40 && !res.text.includes('alert('); i++) {
        await new Promise((r) => setTimeout(r, 250))
        res = await http(path)
      }
      expect(res.status, path).toBe(200)
      expect(res.text, path).toContain('alert(')
      const unwrapped = res.text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      expect(unwrapped, path).not.toMatch(/<script|<img/i)
    }
  })
})

describe('links in stories are web links only', () => {
  it('data:, vbscript:, javascript: (however disguised) and scheme-relative links → 400 on save', async () => {
    const created = await post('/api/articles?draft=true', room.writer.token, { headline: `Links ${Date.now()}` })
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' JavaScript:alert(1)',
      '//evil.example/x',
      'file:///etc/passwd',
    ]) {
      const res = await http(`/api/articles/${created.json.doc.id}?draft=true`, {
        method: 'PATCH',
        token: room.writer.token,
        body: { body: link(url) },
      })
      expect(res.status, url).toBe(400)
      expect(message(res.json), url).toMatch(/links may go to http\(s\) addresses/)
    }
    for (const url of ['https://example.org/a', 'mailto:desk@example.org', '/news/other']) {
      const res = await http(`/api/articles/${created.json.doc.id}?draft=true`, {
        method: 'PATCH',
        token: room.writer.token,
        body: { body: link(url) },
      })
      expect(res.status, url).toBe(200)
    }
  })
})

describe('text hygiene on titles and slugs', () => {
  it('bidi overrides, NULs and zero-width characters are removed, not kept or truncating', async () => {
    const stamp = Date.now()
    const res = await post('/api/articles?draft=true', room.writer.token, {
      headline: `Safe\u202Eelif.exe\u202C head\u0000line ${stamp}\u200B`,
      deck: 'a\u0000b\u2066c',
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.headline).toBe(`Safeelif.exe headline ${stamp}`)
    expect(res.json.doc.deck).toBe('abc')
  })

  it('a slug mixing look-alike alphabets is refused, asked for or made from the headline', async () => {
    const stamp = Date.now()
    await publishedArticle(room, { headline: `publicok headline ${stamp}`, slug: `publicok-headline-${stamp}` })
    for (const body of [
      { headline: 'x', slug: `publicоk-headline-${stamp}` }, // Cyrillic о
      { headline: 'x', slug: `рublicok-headline-${stamp}` }, // Cyrillic р
      { headline: `publicοk headline ${stamp}` }, // Greek ο, slug made from it
      { headline: 'x', slug: `рор-news-${stamp}` }, // a word all in look-alikes beside Latin ones
    ]) {
      const res = await http('/api/articles?draft=true', { method: 'POST', token: room.writer.token, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(message(res.json)).toMatch(/look alike|pass for Latin/)
    }
    const russian = await post('/api/articles?draft=true', room.writer.token, {
      headline: `Путин meets Biden ${stamp}`,
    })
    expect(russian.status).toBe(201)
  })
})
