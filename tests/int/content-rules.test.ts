import { describe, expect, it } from 'vitest'

import { createAs, makeUser, payload, refusal, updateAs, withPayload } from './helpers'

withPayload()

describe('related links', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
    it(`refuses ${url.slice(0, 16)}… with a 400 and a message, even as a draft`, async () => {
      const editor = await makeUser(payload, ['editor'])
      const before = await payload.count({ collection: 'related-links' })
      const error = await refusal(() => createAs(editor, 'related-links', { title: 'Bad', url, _status: 'draft' }))
      expect(error.status).toBe(400)
      expect(JSON.stringify(error.data)).toMatch(/Only http:\/\/ and https:\/\/ links are allowed/)
      expect((await payload.count({ collection: 'related-links' })).totalDocs).toBe(before.totalDocs)
    })
  }

  it('refuses both a URL and an internal article', async () => {
    const article = await payload.create({ collection: 'articles', data: { headline: 'Internal target' } })
    const error = await refusal(() =>
      payload.create({
        collection: 'related-links',
        data: { title: 'Both', url: 'https://example.org', article: article.id },
      }),
    )
    expect(error.status).toBe(400)
  })

  it('refuses to publish a link that goes nowhere', async () => {
    const error = await refusal(() =>
      payload.create({ collection: 'related-links', data: { title: 'Nowhere', _status: 'published' } }),
    )
    expect(error.status).toBe(400)
  })

  it('accepts an https link and trims it', async () => {
    const link = await payload.create({
      collection: 'related-links',
      data: { title: 'Good', url: '  https://example.org/x  ' },
    })
    expect(link.url).toBe('https://example.org/x')
  })
})

describe('article slugs', () => {
  it('are made from the headline, readable in Chinese too, and unique', async () => {
    const a = await payload.create({ collection: 'articles', data: { headline: '加快建设科技强国 Basic Research' } })
    const b = await payload.create({ collection: 'articles', data: { headline: '加快建设科技强国 Basic Research' } })
    expect(a.slug).toBe('加快建设科技强国-basic-research')
    expect(b.slug).toBe('加快建设科技强国-basic-research-2')
  })

  const saveDraft = (id: number, data: { headline?: string; slug?: string | null }) =>
    payload.update({ collection: 'articles', id, draft: true, data })

  it('follow the headline until someone types one or the story is published', async () => {
    // A story started with no headline (the admin's Create New) gets its address once it has a headline.
    const blank = await payload.create({ collection: 'articles', draft: true, data: { headline: '' } as never })
    expect(blank.slug).toMatch(/^untitled(-\d+)?$/)
    const named = await saveDraft(blank.id, { headline: 'Harbour storm warning', slug: blank.slug })
    expect(named.slug).toBe('harbour-storm-warning')
    const renamed = await saveDraft(blank.id, { headline: 'Harbour storm: ferries stop', slug: named.slug })
    expect(renamed.slug).toBe('harbour-storm-ferries-stop')
    // Typed by hand: it stays.
    const typed = await saveDraft(blank.id, { slug: 'storm' })
    const kept = await saveDraft(blank.id, { headline: 'Storm passes', slug: typed.slug })
    expect(kept.slug).toBe('storm')
  })

  it('of a published article can be renamed by an editor only; the old slug is remembered', async () => {
    const writer = await makeUser(payload, ['writer'])
    const editor = await makeUser(payload, ['editor'])
    const live = await payload.create({
      collection: 'articles',
      data: { headline: 'Live story', _status: 'published', createdBy: writer.id },
    })
    expect(Date.parse(live.firstPublishedAt!)).toBeGreaterThan(Date.now() - 60_000)
    const error = await refusal(() => updateAs(writer, 'articles', live.id, { slug: 'new-name' }, { draft: true }))
    expect(error.status).toBe(403)
    // The rename is a revision like any other edit of a live article: a draft, published through review.
    const renamed = await updateAs(editor, 'articles', live.id, { slug: 'new-name' }, { draft: true })
    expect(renamed.slug).toBe('new-name')
    expect(renamed.previousSlugs).toEqual(['live-story'])
    const stillLive = await payload.findByID({ collection: 'articles', id: live.id, overrideAccess: false })
    expect(stillLive.slug).toBe('live-story')
  })
})

describe('publishing rights', () => {
  it('a writer cannot create an article as published', async () => {
    const writer = await makeUser(payload, ['writer'])
    const error = await refusal(() => createAs(writer, 'articles', { headline: 'Sneaky', _status: 'published' }))
    expect(error.status).toBe(403)
    expect((await payload.find({ collection: 'articles', where: { headline: { equals: 'Sneaky' } } })).totalDocs).toBe(
      0,
    )
  })

  it('a writer edits own drafts but not a colleague’s', async () => {
    const writer = await makeUser(payload, ['writer'])
    const colleague = await makeUser(payload, ['writer'])
    const own = await createAs(writer, 'articles', { headline: 'Mine' })
    expect(typeof own.createdBy === 'object' ? own.createdBy?.id : own.createdBy).toBe(writer.id)
    await updateAs(writer, 'articles', own.id, { deck: 'Updated' })
    const error = await refusal(() => updateAs(colleague, 'articles', own.id, { deck: 'Not yours' }))
    expect([403, 404]).toContain(error.status)
  })

  it('createdBy cannot be forged through the API', async () => {
    const writer = await makeUser(payload, ['writer'])
    const other = await makeUser(payload, ['writer'])
    const doc = await createAs(writer, 'articles', { headline: 'Forged', createdBy: other.id })
    const createdBy = typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy
    expect(createdBy).toBe(writer.id)
  })
})

describe('site settings', () => {
  it('refuse an unknown time zone', async () => {
    const error = await refusal(() => payload.updateGlobal({ slug: 'site', data: { timeZone: 'Mars/Olympus_Mons' } }))
    expect(error.status).toBe(400)
  })
})
