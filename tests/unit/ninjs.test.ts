import { describe, expect, it } from 'vitest'

import {
  articleToNinjs,
  bestRendition,
  type NinjsArticle,
  NinjsError,
  ninjsKind,
  ninjsToArticle,
  ninjsToPicture,
} from '@/domain/publishing/ninjs'
import type { BodyElement } from '@/domain/richtext/body'
import { bodyToHtml, htmlToBody } from '@/domain/richtext/html'

import { ninjsValidator } from '../ninjs-schema'

const validate = ninjsValidator()

const body: BodyElement[] = [
  { kind: 'paragraph', text: 'Prices rose 0.2% — food <b>fell</b> & energy held.' },
  { kind: 'heading', level: 2, text: '物价总体平稳' },
  { kind: 'quote', text: '“Stable,” the bureau said.' },
  { kind: 'list', ordered: false, items: ['One', 'Two </li><script>x</script>'] },
  { kind: 'photo', photo: 7 },
  { kind: 'list', ordered: true, items: ['First'] },
]

const article: NinjsArticle = {
  uri: 'https://news.example/news/prices',
  slug: 'prices',
  version: '4',
  language: 'en',
  firstPublishedAt: '2024-06-09T02:00:00.000Z',
  updatedAt: '2024-06-09T03:00:00.000Z',
  releasedAt: '2024-06-09T01:30:00.000Z',
  headline: 'Prices hold steady',
  displayHeadline: 'Prices hold steady as food eases',
  deck: 'Core inflation unchanged.',
  byline: 'Wei Yukun · Xinhua News Agency',
  bodyHtml: bodyToHtml(body, () => ({
    src: 'https://news.example/p.webp',
    width: 1024,
    height: 576,
    alt: 'A market stall',
    caption: 'Fruit at a market.',
    credit: 'Photo: Jane Smith/AP',
  })),
  bodyText: 'Prices rose',
  section: { name: 'Economy', uri: 'https://news.example/section/economy' },
  tags: [{ name: 'Prices', uri: 'https://news.example/tag/prices' }],
  photos: [
    {
      name: 'photo-1',
      uri: 'https://news.example/api/photos/7',
      alt: 'A market stall',
      caption: 'Fruit at a market.',
      credit: 'Photo: Jane Smith/AP',
      renditions: [
        { name: 'feature', href: 'https://news.example/p.webp', contenttype: 'image/webp', width: 1024, height: 576 },
      ],
    },
  ],
  related: [
    {
      name: 'related-1',
      uri: 'https://news.example/news/cpi',
      title: 'May CPI explained',
      summary: 'What the data say.',
      tags: ['Prices'],
    },
    { name: 'related-2', uri: null, title: 'A link without an address', summary: null, tags: [] },
  ],
}

describe('ninjs export', () => {
  it('is valid ninjs 2.0', () => {
    expect(validate(articleToNinjs(article))).toEqual([])
  })

  it('fails validation when a required or typed field is wrong (the check can fail)', () => {
    const item = articleToNinjs(article) as Record<string, unknown>
    expect(validate({ ...item, uri: undefined })).not.toEqual([])
    expect(validate({ ...item, pubstatus: 'live' })).not.toEqual([])
    expect(validate({ ...item, headline: 'ninjs 1.x style' })).not.toEqual([])
  })

  it('escapes editors’ text in the HTML body', () => {
    const html = articleToNinjs(article).bodies![0].value
    expect(html).toContain('food &lt;b&gt;fell&lt;/b&gt; &amp; energy')
    expect(html).not.toContain('<script>')
    expect(html).toContain(
      '<figure><img src="https://news.example/p.webp" alt="A market stall" width="1024" height="576">',
    )
  })

  it('carries headlines, summary, byline, subjects and associations', () => {
    const item = articleToNinjs(article)
    expect(item.headlines).toEqual([
      { role: 'main', contenttype: 'text/plain', value: 'Prices hold steady' },
      { role: 'display', contenttype: 'text/plain', value: 'Prices hold steady as food eases' },
    ])
    expect(item.subjects?.map((s) => `${s.rel}:${s.name}`)).toEqual(['section:Economy', 'tag:Prices'])
    expect(item.associations?.map((a) => a.name)).toEqual(['photo-1', 'related-1', 'related-2'])
    expect(item.associations?.[0].renditions?.[0]).toMatchObject({
      href: 'https://news.example/p.webp',
      width: 1024,
      height: 576,
      contenttype: 'image/webp',
    })
  })
})

describe('ninjs import', () => {
  it('reads back every content field', () => {
    const back = ninjsToArticle(articleToNinjs(article))
    expect(back).toMatchObject({
      headline: article.headline,
      displayHeadline: article.displayHeadline,
      deck: article.deck,
      byline: article.byline,
      releasedAt: article.releasedAt,
      section: 'Economy',
      tags: ['Prices'],
      related: [
        {
          title: 'May CPI explained',
          uri: 'https://news.example/news/cpi',
          summary: 'What the data say.',
          tags: ['Prices'],
        },
        { title: 'A link without an address', uri: null, summary: null, tags: [] },
      ],
    })
    expect(back.body).toEqual([
      body[0],
      body[1],
      body[2],
      body[3],
      {
        kind: 'figure',
        figure: {
          src: 'https://news.example/p.webp',
          alt: 'A market stall',
          caption: 'Fruit at a market. Photo: Jane Smith/AP',
        },
      },
      body[5],
    ])
  })

  it('reads HTML from other systems, keeping only what a body holds', () => {
    const { elements } = htmlToBody(
      '<div><h1>Title</h1><p>One <em>two</em><br>three</p><script>alert(1)</script><ul><li>a</li></ul><h5>Small</h5>Loose &amp; last</div>',
    )
    expect(elements).toEqual([
      { kind: 'heading', level: 2, text: 'Title' },
      { kind: 'paragraph', text: 'One two three' },
      { kind: 'list', ordered: false, items: ['a'] },
      { kind: 'heading', level: 4, text: 'Small' },
      { kind: 'paragraph', text: 'Loose & last' },
    ])
  })

  it.each([
    [null, /JSON object/],
    [{ type: 'text' }, /uri/],
    [{ uri: 'urn:x', type: 'picture', headlines: [{ value: 'x' }] }, /becomes a photo, not an article/],
    [{ uri: 'urn:x' }, /no headline/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(() => ninjsToArticle(input)).toThrow(NinjsError)
    expect(() => ninjsToArticle(input)).toThrow(message)
  })
})

describe('ninjs pictures, graphics and composites', () => {
  it('sorts items into what they become, and names what cannot be imported', () => {
    expect(ninjsKind({ uri: 'u' })).toBe('article')
    expect(ninjsKind({ uri: 'u', type: 'composite' })).toBe('article')
    expect(ninjsKind({ uri: 'u', type: 'graphic' })).toBe('photo')
    expect(() => ninjsKind({ uri: 'u', type: 'video' })).toThrow(/"video" item cannot be imported/)
  })

  it('picks the largest image rendition, by type or else by file name', () => {
    expect(
      bestRendition([
        { name: 'thumb', href: 'https://x/t.jpg', mimetype: 'image/jpg', width: 100, height: 80 },
        { name: 'main', href: 'https://x/m.jpg', mimetype: 'image/jpg', width: 1600, height: 1000 },
        { name: 'video', href: 'https://x/v.mp4', contenttype: 'video/mp4', width: 4000, height: 3000 },
        { name: 'nohref', href: '', contenttype: 'image/jpeg', width: 9000, height: 9000 },
      ]),
    ).toEqual({ href: 'https://x/m.jpg', contenttype: 'image/jpg', width: 1600, height: 1000 })
    expect(bestRendition([{ name: 'a', href: 'https://x/pic.PNG?v=2' }])?.href).toBe('https://x/pic.PNG?v=2')
    expect(bestRendition([{ name: 'a', href: 'https://x/page.html' }])).toBeNull()
    expect(bestRendition(undefined)).toBeNull()
  })

  it('reads alt, caption, credit and rights from a picture item', () => {
    expect(
      ninjsToPicture({
        uri: 'urn:p',
        version: '4',
        descriptions: [
          { role: 'richtext', contenttype: 'application/xhtml+xml', value: '<p>Boats <b>at</b> the quay.</p>' },
        ],
        by: ' Li Na/Xinhua ',
        copyrightnotice: '© Xinhua',
        usageterms: 'Editorial use only',
      }),
    ).toEqual({
      name: 'picture',
      uri: 'urn:p',
      version: '4',
      alt: 'Boats at the quay.',
      caption: 'Boats at the quay.',
      credit: 'Li Na/Xinhua',
      copyright: '© Xinhua',
      usageTerms: 'Editorial use only',
      rendition: null,
    })
  })

  it('a composite with a plain-text body: paragraphs, and its first picture as the lead when the body places none', () => {
    const draft = ninjsToArticle({
      uri: 'urn:c',
      type: 'composite',
      headlines: [{ value: 'Court opens' }],
      bodies: [{ role: 'text', contenttype: 'text/plain', value: 'First.\n\nSecond  line.' }],
      associations: [
        { name: 'portrait', type: 'picture', headlines: [{ value: 'Captain' }] },
        { name: 'chart', type: 'graphic', headlines: [{ value: 'Chart' }] },
      ],
    })
    expect(draft.body).toEqual([
      { kind: 'paragraph', text: 'First.' },
      { kind: 'paragraph', text: 'Second line.' },
    ])
    expect([draft.lead, draft.photos.map((p) => p.alt)]).toEqual(['portrait', ['Captain', 'Chart']])
    const placed = ninjsToArticle({
      uri: 'urn:t',
      headlines: [{ role: 'main', value: 'T' }],
      bodies: [{ contenttype: 'text/html', value: '<p>a</p><figure><img src="x.jpg" alt=""></figure>' }],
      associations: [{ name: 'photo-1', type: 'picture' }],
    })
    expect(placed.lead).toBeNull()
  })
})
