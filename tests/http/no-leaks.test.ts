import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, http, post, staff, uploadPhoto } from './client'

/**
 * Staff fill every collection with drafts (and one published article); anonymous readers must not find a draft
 * through REST, GraphQL, the public pages or the media URLs.
 */
const DRAFT = 'Embargoed budget story'
const LIVE = 'Published harbour story'
const ids: Record<string, number> = {}
let draftSlug = ''
let draftPhotoFile = ''

const png = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#58a' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  const writer = await staff('writer')
  const editor = await staff('editor')
  const desk = await staff('photo_desk')

  const photo = await uploadPhoto(desk.token, await png(), 'secret-shoot.png', {
    alt: 'Secret shoot',
    _status: 'draft',
  })
  expect(photo.status, photo.text).toBe(201)
  ids.photo = photo.json.doc.id
  draftPhotoFile = photo.json.doc.filename

  const caption = await post('/api/captions?draft=true', desk.token, {
    text: 'Secret caption',
    photo: ids.photo,
    _status: 'draft',
  })
  expect(caption.status, caption.text).toBe(201)
  ids.caption = caption.json.doc.id

  const link = await post('/api/related-links?draft=true', writer.token, {
    title: 'Secret link',
    url: 'https://example.org/s',
    _status: 'draft',
  })
  expect(link.status, link.text).toBe(201)
  ids.link = link.json.doc.id

  const draft = await post('/api/articles?draft=true', writer.token, {
    headline: DRAFT,
    deck: 'Not yet',
    _status: 'draft',
  })
  expect(draft.status, draft.text).toBe(201)
  ids.article = draft.json.doc.id
  draftSlug = draft.json.doc.slug

  const live = await post('/api/articles?draft=true', writer.token, { headline: LIVE })
  expect(live.status, live.text).toBe(201)
  ids.live = live.json.doc.id
  for (const [token, action] of [
    [writer.token, 'submit'],
    [editor.token, 'approve'],
    [editor.token, 'publish'],
  ] as const) {
    const step = await http(`/api/articles/${ids.live}/workflow`, { method: 'POST', token, body: { action } })
    expect(step.status, step.text).toBe(200)
  }
})

const collections = [
  ['articles', 'article'],
  ['photos', 'photo'],
  ['captions', 'caption'],
  ['related-links', 'link'],
] as const

describe('anonymous REST', () => {
  for (const [collection, key] of collections) {
    it(`lists no draft ${collection}, whatever the query asks`, async () => {
      for (const query of ['', '?draft=true', '?where[_status][equals]=draft', '?limit=100&page=1']) {
        const res = await http(`/api/${collection}${query}`)
        expect(res.status).toBe(200)
        expect(res.json.docs.map((d: { id: number }) => d.id)).not.toContain(ids[key])
      }
    })

    it(`cannot ask for every ${collection} at once`, async () => {
      expect((await http(`/api/${collection}?limit=0&pagination=false`)).status).toBe(400)
    })

    it(`cannot open a draft ${collection} by id or read its versions`, async () => {
      const byId = await http(`/api/${collection}/${ids[key]}?draft=true`)
      expect([403, 404]).toContain(byId.status)
      const versions = await http(`/api/${collection}/versions`)
      expect(versions.status).toBe(403)
    })
  }

  it('sees the published article', async () => {
    const res = await http('/api/articles?limit=100')
    const headlines = res.json.docs.map((d: { headline: string }) => d.headline)
    expect(headlines).toContain(LIVE)
    expect(headlines).not.toContain(DRAFT)
  })

  it('cannot download a draft photo’s file', async () => {
    const res = await http(`/api/photos/file/${encodeURIComponent(draftPhotoFile)}`)
    expect([403, 404]).toContain(res.status)
  })
})

describe('anonymous GraphQL', () => {
  it('lists no draft of any collection', async () => {
    const res = await graphql(`
      {
        Articles(limit: 100, draft: true) {
          docs {
            id
            headline
          }
        }
        Photos(limit: 100) {
          docs {
            id
          }
        }
        Captions(limit: 100) {
          docs {
            id
          }
        }
        RelatedLinks(limit: 100) {
          docs {
            id
          }
        }
      }
    `)
    expect(res.status).toBe(200)
    const data = res.json.data
    expect(data.Articles.docs.map((d: { headline: string }) => d.headline)).toContain(LIVE)
    expect(data.Articles.docs.map((d: { headline: string }) => d.headline)).not.toContain(DRAFT)
    expect(data.Photos.docs.map((d: { id: number }) => d.id)).not.toContain(ids.photo)
    expect(data.Captions.docs.map((d: { id: number }) => d.id)).not.toContain(ids.caption)
    expect(data.RelatedLinks.docs.map((d: { id: number }) => d.id)).not.toContain(ids.link)
  })

  it('cannot open a draft by id', async () => {
    const res = await graphql(
      `
        query ($id: Int!) {
          Article(id: $id, draft: true) {
            id
            headline
          }
        }
      `,
      { id: ids.article },
    )
    expect(res.json.data?.Article ?? null).toBeNull()
    expect(JSON.stringify(res.json)).not.toContain(DRAFT)
  })
})

describe('public pages', () => {
  it('home lists the published story and not the draft', async () => {
    const res = await http('/')
    expect(res.text).toContain(LIVE)
    expect(res.text).not.toContain(DRAFT)
  })

  it('a draft’s page is a 404, like an unknown page', async () => {
    expect(draftSlug).toMatch(/^embargoed-budget-story/)
    const draft = await http(`/news/${encodeURIComponent(draftSlug)}`)
    expect(draft.status).toBe(404)
    expect(draft.text).not.toContain(DRAFT)
  })
})

describe('writes that must be refused', () => {
  it('a writer cannot give themself a role, over REST or GraphQL', async () => {
    const writer = await staff('writer')
    const rest = await http(`/api/users/${writer.user.id}`, {
      method: 'PATCH',
      token: writer.token,
      body: { roles: ['admin'] },
    })
    expect(rest.status).toBe(403)
    expect(rest.text).toContain('Only an administrator can change roles')
    const gql = await graphql(
      `
        mutation ($id: Int!) {
          updateUser(id: $id, data: { roles: [admin] }) {
            roles
          }
        }
      `,
      { id: writer.user.id },
      writer.token,
    )
    expect(gql.json.errors?.[0]?.message).toMatch(/Only an administrator can change roles/)
    const me = await http('/api/users/me', { token: writer.token })
    expect(me.json.user.roles).toEqual(['writer'])
  })

  it('a javascript: related link is a 400 with a message, and nothing is stored', async () => {
    const editor = await staff('editor')
    const before = (await http('/api/related-links?limit=0', { token: editor.token })).json.totalDocs
    const res = await post('/api/related-links', editor.token, {
      title: 'XSS',
      url: 'javascript:alert(document.cookie)',
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Only http:// and https:// links are allowed')
    expect((await http('/api/related-links?limit=0', { token: editor.token })).json.totalDocs).toBe(before)
  })

  it('a writer cannot publish over REST', async () => {
    const writer = await staff('writer')
    const res = await post('/api/articles', writer.token, { headline: 'Writer publishes', _status: 'published' })
    expect(res.status).toBe(403)
    expect(res.text).toContain('Publishing goes through the editorial workflow')
  })

  it('anonymous visitors cannot create anything', async () => {
    const res = await http('/api/articles', { method: 'POST', body: { headline: 'Anon' } })
    expect(res.status).toBe(403)
  })
})
