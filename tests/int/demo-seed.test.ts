import { describe, expect, it } from 'vitest'

import { articleBySlug, listedArticles } from '@/server/queries'
import { DEMO_USERS, seedDemo } from '@/seed/demo'

import { payload, withPayload } from './helpers'

withPayload()

describe('demo content', () => {
  it('loads users per role, sections, photos with renditions, and articles in several states', async () => {
    const report = await seedDemo(payload)
    expect(report.skipped).toBe(false)
    const users = await payload.find({ collection: 'users', limit: 10 })
    expect(users.docs.map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort())
    const photos = await payload.find({ collection: 'photos', limit: 10 })
    expect(photos.totalDocs).toBe(4)
    expect(photos.docs[0].sizes?.social).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
    const drafts = await payload.count({ collection: 'articles', where: { _status: { equals: 'draft' } } })
    expect(drafts.totalDocs).toBeGreaterThanOrEqual(2)
    const inReview = await payload.find({
      collection: 'articles',
      draft: true,
      where: { workflowState: { equals: 'in_review' } },
    })
    expect(inReview.docs.map((d) => d.headline)).toEqual(['DRAFT: Budget talks stall over research funding'])
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await payload.count({ collection: 'articles' })
    const report = await seedDemo(payload)
    expect(report.skipped).toBe(true)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })

  it('shows readers the published feature with its per-article caption override, and no draft', async () => {
    const { docs } = await listedArticles()
    expect(docs.map((d) => d.headline).filter((h) => h.startsWith('DRAFT'))).toEqual([])
    const feature = docs.find((d) => d.headline.startsWith('Why basic research'))
    // Feeds enclose its lead picture with the rendition's real size and type.
    expect(feature!.image).toMatchObject({ url: expect.stringMatching(/\.webp$/), type: 'image/webp' })
    expect(feature!.image!.bytes).toBeGreaterThan(1000)
    const page = await articleBySlug(feature!.slug!)
    const students = await payload.find({ collection: 'photos', where: { alt: { like: 'students' } } })
    expect(page!.captionFor(students.docs[0].id)?.text).toMatch(/now study physics/)
    // The same photo keeps its default caption elsewhere.
    const defaults = await payload.find({
      collection: 'captions',
      where: { photo: { equals: students.docs[0].id }, article: { exists: false } },
    })
    expect(defaults.docs[0].text).toBe('Students present their robot at the city science fair.')
  })
})
