import { describe, expect, it } from 'vitest'

import { ageLabel, homeQueues, reviewQueues } from '@/domain/desk/home'
import { dayInZone } from '@/domain/time'
import { lengthLabel, measureText } from '@/domain/richtext/wordCount'

describe('story length', () => {
  it('counts words, keeping apostrophes and hyphens inside one word', () => {
    expect(measureText('The well-known minister didn’t reply, 3 times.')).toEqual({ words: 7, minutes: 1 })
  })
  it('counts Han characters one each, beside Latin words', () => {
    expect(measureText('基础研究 matters').words).toBe(5)
  })
  it('reads 230 words a minute, and says so', () => {
    const text = Array.from({ length: 920 }, () => 'word').join(' ')
    expect(measureText(text)).toEqual({ words: 920, minutes: 4 })
    expect(lengthLabel(measureText(text))).toBe('920 words · 4 min read')
    expect(lengthLabel(measureText(''))).toBe('No text yet')
    expect(lengthLabel(measureText('One'))).toBe('1 word · 1 min read')
  })
})

describe('the admin home per role', () => {
  const keys = (roles: string[]) =>
    homeQueues({ id: 7, roles }, new Date('2026-11-29T10:00:00Z'), 'UTC').map((q) => q.key)

  it('an editor sees reviews first, then their own stories, today’s schedule and what went out', () => {
    expect(keys(['editor'])).toEqual(['review', 'changes', 'assigned', 'mine', 'today', 'published'])
  })
  it('a writer has no review list and no schedule', () => {
    expect(keys(['writer'])).toEqual(['changes', 'assigned', 'mine', 'published'])
  })
  it('the photo desk reviews photos and captions only, and lists its photos', () => {
    const queues = homeQueues({ id: 7, roles: ['photo_desk'] }, new Date(), 'UTC')
    expect(queues.find((q) => q.key === 'review')?.collections).toEqual(['photos', 'captions'])
    expect(queues.find((q) => q.key === 'mine')).toMatchObject({ title: 'Your photos', collections: ['photos'] })
  })
  it('what one submitted oneself is not waiting for one’s own review (four eyes)', () => {
    const review = homeQueues({ id: 7, roles: ['editor'] }, new Date(), 'UTC').find((q) => q.key === 'review')!
    expect(JSON.stringify(review.where)).toContain('{"submittedBy":{"not_equals":7}}')
  })
  it('a deactivated account or a reader gets nothing', () => {
    expect(homeQueues({ id: 7, roles: ['editor'], deactivated: true }, new Date(), 'UTC')).toEqual([])
    expect(homeQueues(null, new Date(), 'UTC')).toEqual([])
    expect(reviewQueues(null)).toEqual([])
  })
  it('"scheduled today" is the publication’s day, not the server’s', () => {
    // 01:30 on 30 Nov in Shanghai is still 29 Nov in UTC.
    expect(dayInZone(new Date('2026-11-29T17:30:00Z'), 'Asia/Shanghai')).toEqual({
      start: '2026-11-29T16:00:00.000Z',
      end: '2026-11-30T16:00:00.000Z',
    })
    // New York's autumn DST day has 25 hours.
    expect(dayInZone(new Date('2026-11-01T12:00:00Z'), 'America/New_York')).toEqual({
      start: '2026-11-01T04:00:00.000Z',
      end: '2026-11-02T05:00:00.000Z',
    })
    expect(dayInZone(new Date('2026-11-29T17:30:00Z'), 'UTC')).toEqual({
      start: '2026-11-29T00:00:00.000Z',
      end: '2026-11-30T00:00:00.000Z',
    })
  })
  it('ages read as a desk says them', () => {
    const now = new Date('2026-11-29T12:00:00Z')
    expect(ageLabel('2026-11-29T11:59:30Z', now)).toBe('just now')
    expect(ageLabel('2026-11-29T11:48:00Z', now)).toBe('12 min')
    expect(ageLabel('2026-11-29T09:00:00Z', now)).toBe('3 h')
    expect(ageLabel('2026-11-26T12:00:00Z', now)).toBe('3 d')
  })
})

describe('house bullets in the editor', () => {
  it('a "——" or "•" line is a bullet item; its marker is dropped', async () => {
    const { bulletMarkerLength } = await import('@/domain/richtext/bullets')
    expect(bulletMarkerLength('——Strengthen original innovation')).toBe(2)
    expect(bulletMarkerLength('—— Strengthen original innovation')).toBe(3)
    expect(bulletMarkerLength('• Item')).toBe(2)
  })
  it('one em dash (dialogue), a bare marker, or a dash mid-line is not', async () => {
    const { bulletMarkerLength } = await import('@/domain/richtext/bullets')
    expect(bulletMarkerLength('— Who said so?')).toBe(0)
    expect(bulletMarkerLength('——')).toBe(0)
    expect(bulletMarkerLength('Science —— and more')).toBe(0)
  })
})

describe('plain text of a body with a list', () => {
  it('keeps each item a line of its own, so words at item edges stay apart', async () => {
    const { bodyToLexical, plainText } = await import('@/domain/richtext/body')
    const doc = bodyToLexical([{ kind: 'list', ordered: false, items: ['Strengthen innovation', 'Train scientists'] }])
    expect(plainText(doc)).toBe('Strengthen innovation\nTrain scientists')
    expect(measureText(plainText(doc)).words).toBe(4)
  })
})

describe('an untouched new story', () => {
  it('is one with nothing written or chosen in it', async () => {
    const { isUntouchedStory } = await import('@/domain/desk/newStory')
    const { bodyToLexical } = await import('@/domain/richtext/body')
    expect(isUntouchedStory({ headline: null, body: null, workflowSeq: 0 })).toBe(true)
    expect(isUntouchedStory({ headline: '  ', body: bodyToLexical([{ kind: 'paragraph', text: '' }]) })).toBe(true)
  })
  it('anything typed, chosen, published or moved through the workflow makes it a story', async () => {
    const { isUntouchedStory } = await import('@/domain/desk/newStory')
    const { bodyToLexical } = await import('@/domain/richtext/body')
    expect(isUntouchedStory({ headline: 'H' })).toBe(false)
    expect(isUntouchedStory({ deck: 'A deck' })).toBe(false)
    expect(isUntouchedStory({ body: bodyToLexical([{ kind: 'paragraph', text: 'One line' }]) })).toBe(false)
    expect(isUntouchedStory({ body: bodyToLexical([{ kind: 'photo', photo: 3, caption: null }]) })).toBe(false)
    expect(isUntouchedStory({ hero: { photo: 4 } })).toBe(false)
    expect(isUntouchedStory({ relatedLinks: [1] })).toBe(false)
    expect(isUntouchedStory({ workflowSeq: 2 })).toBe(false)
    expect(isUntouchedStory({ firstPublishedAt: '2026-11-29T00:00:00Z' })).toBe(false)
  })
})

describe('blank paragraphs', () => {
  it('an empty line or one of spaces is blank; a line with words or a link is not', async () => {
    const { isBlankParagraph } = await import('@/domain/richtext/body')
    expect(isBlankParagraph({ type: 'paragraph', children: [] })).toBe(true)
    expect(
      isBlankParagraph({ type: 'paragraph', children: [{ type: 'text', text: '  ' }, { type: 'linebreak' }] }),
    ).toBe(true)
    expect(isBlankParagraph({ type: 'paragraph', children: [{ type: 'text', text: 'Words' }] })).toBe(false)
    expect(
      isBlankParagraph({ type: 'paragraph', children: [{ type: 'link', children: [{ type: 'text', text: 'here' }] }] }),
    ).toBe(false)
    expect(isBlankParagraph({ type: 'heading', children: [] })).toBe(false)
  })
})

describe('a caption typed where the photo is placed', () => {
  it('travels through the body model and marks the photo as captioned by this story', async () => {
    const { bodyToLexical, lexicalToBody } = await import('@/domain/richtext/body')
    const { articleBundle } = await import('@/domain/workflow/bundle')
    const body = bodyToLexical([
      { kind: 'photo', photo: 3, captionText: 'Boats at dawn.' },
      { kind: 'photo', photo: 4 },
    ])
    expect(lexicalToBody(body)).toEqual([
      { kind: 'photo', photo: 3, caption: null, captionText: 'Boats at dawn.' },
      { kind: 'photo', photo: 4, caption: null },
    ])
    const bundle = articleBundle({ hero: { photo: 5, captionText: '  ' }, body: body as never })
    expect(bundle.photos).toEqual([5, 3, 4])
    expect(bundle.captionedHere).toEqual([3]) // blank text is no caption
  })
})
