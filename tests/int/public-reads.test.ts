import { beforeAll, describe, expect, it } from 'vitest'

import { articleBySlug, listedArticles, searchArticles } from '@/server/queries'

import { makeUser, payload, withPayload } from './helpers'

/**
 * Never-published drafts are stored in each collection's main table, so a naive `read: () => true` would leak them.
 * Every collection is filled with one published and one draft document; anonymous readers must see only the first.
 */
const ids: Record<string, { published: number; draft: number }> = {}

withPayload()
beforeAll(async () => {
  const make = async (
    collection: 'articles' | 'photos' | 'captions' | 'related-links',
    data: Record<string, unknown>,
  ) => {
    const published = await payload.create({ collection, data: { ...data, _status: 'published' } as never })
    const draft = await payload.create({ collection, data: { ...data, _status: 'draft' } as never })
    ids[collection] = { published: published.id as number, draft: draft.id as number }
  }
  await make('photos', { alt: 'A photo' })
  await make('captions', {
    text: 'A caption',
    photo: ids.photos?.published ?? (await payload.find({ collection: 'photos', limit: 1 })).docs[0].id,
  })
  await make('related-links', { title: 'A link', url: 'https://example.org/a' })
  await make('articles', { headline: 'Secret plans' })
})

const collections = ['articles', 'photos', 'captions', 'related-links'] as const

describe('anonymous readers through the Local API with access enforced', () => {
  for (const collection of collections) {
    it(`see only the published ${collection}, never a draft`, async () => {
      const { docs } = await payload.find({ collection, overrideAccess: false, limit: 100 })
      const seen = docs.map((d) => d.id)
      expect(seen).toContain(ids[collection].published)
      expect(seen).not.toContain(ids[collection].draft)
    })

    it(`get no draft ${collection} by id, not even when asking for drafts`, async () => {
      await expect(
        payload.findByID({ collection, id: ids[collection].draft, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 404 })
      const { docs } = await payload.find({ collection, overrideAccess: false, draft: true, limit: 100 })
      expect(docs.map((d) => d.id)).not.toContain(ids[collection].draft)
    })

    it(`cannot read ${collection} versions`, async () => {
      await expect(payload.findVersions({ collection, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    })
  }

  it('staff see drafts', async () => {
    const writer = await makeUser(payload, ['writer'])
    const { docs } = await payload.find({ collection: 'articles', overrideAccess: false, user: writer, limit: 100 })
    expect(docs.map((d) => d.id)).toContain(ids.articles.draft)
  })

  it('the public query module lists and opens only published articles', async () => {
    const { docs } = await listedArticles()
    expect(docs.map((d) => d.id)).toEqual([ids.articles.published])
    const draft = await payload.findByID({ collection: 'articles', id: ids.articles.draft })
    expect(draft.slug).toMatch(/^secret-plans/)
    expect(await articleBySlug(draft.slug!)).toBeNull()
  })

  it('a published article that points at a draft photo does not reveal it', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { headline: 'Points at a draft photo', hero: { photo: ids.photos.draft }, _status: 'published' },
    })
    const read = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false, depth: 1 })
    expect(typeof read.hero?.photo).not.toBe('object')
  })

  it('search results come as listings do, with their picture, in the order of their rank', async () => {
    const photo = ids.photos.published
    const make = (headline: string, deck: string, extra: Record<string, unknown> = {}) =>
      payload.create({ collection: 'articles', data: { headline, deck, _status: 'published', ...extra } as never })
    const inDeck = await make('Harbour notes', 'The lighthouse keeper retires', { hero: { photo } })
    const inHeadline = await make('Lighthouse keeper retires', 'After forty years')
    await payload.create({
      collection: 'articles',
      data: { headline: 'Lighthouse draft', deck: 'Not yet', _status: 'draft' } as never,
    })
    const { docs, hasMore } = await searchArticles('lighthouse keeper')
    expect(hasMore).toBe(false)
    expect(docs.map((d) => d.id)).toEqual([inHeadline.id, inDeck.id])
    expect(docs[1].hero?.id).toBe(photo)
    expect(docs[0].hero).toBeNull()
  })
})
