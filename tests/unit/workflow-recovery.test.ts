import { describe, expect, it } from 'vitest'

import { findInterrupted, type RecordedEvent, stepOf } from '@/domain/workflow/recovery'

const event = (
  over: Partial<RecordedEvent> & Pick<RecordedEvent, 'itemCollection' | 'itemId' | 'transitionKey'>,
): RecordedEvent => ({
  id: over.transitionKey,
  action: 'publish',
  from: 'approved',
  to: 'published',
  note: null,
  at: '2026-11-29T10:00:00.000Z',
  ...over,
})

describe('finding what an interrupted transition left', () => {
  it('reads the step of a transition key', () => {
    expect(stepOf('articles:12:3')).toBe(3)
    expect(stepOf('articles:12:3:void:9')).toBeNull()
    expect(stepOf('nonsense')).toBeNull()
  })

  it('an event whose item never moved past its step is an orphan; a completed one is not', () => {
    const done = event({ itemCollection: 'articles', itemId: '1', transitionKey: 'articles:1:0' })
    const orphan = event({ itemCollection: 'articles', itemId: '2', transitionKey: 'articles:2:4' })
    const steps: Record<string, number> = { 'articles:1': 1, 'articles:2': 4 }
    const found = findInterrupted([done, orphan], (c, id) => steps[`${c}:${id}`])
    expect(found).toEqual([expect.objectContaining({ kind: 'orphan-event', event: orphan })])
  })

  it('events of deleted items are history, not leftovers', () => {
    expect(
      findInterrupted(
        [event({ itemCollection: 'articles', itemId: '9', transitionKey: 'articles:9:0' })],
        () => undefined,
      ),
    ).toEqual([])
  })

  it('a link published with an article whose publication is an orphan is a half bundle; one published with a completed publication is not', () => {
    const orphanPublication = event({
      itemCollection: 'articles',
      itemId: '5',
      transitionKey: 'articles:5:2',
      at: '2026-11-29T10:00:00.000Z',
    })
    const halfLink = event({
      itemCollection: 'related-links',
      itemId: '7',
      transitionKey: 'related-links:7:2',
      note: 'Published with article 5',
      at: '2026-11-29T10:00:00.100Z',
    })
    const fineLink = event({
      itemCollection: 'related-links',
      itemId: '8',
      transitionKey: 'related-links:8:2',
      note: 'Published with article 6',
      at: '2026-11-29T10:00:00.100Z',
    })
    const publication6 = event({ itemCollection: 'articles', itemId: '6', transitionKey: 'articles:6:2' })
    const steps: Record<string, number> = {
      'articles:5': 2,
      'articles:6': 3,
      'related-links:7': 3,
      'related-links:8': 3,
    }
    const found = findInterrupted([orphanPublication, publication6, halfLink, fineLink], (c, id) => steps[`${c}:${id}`])
    expect(found.map((r) => [r.kind, r.event.itemId])).toEqual([
      ['orphan-event', '5'],
      ['half-bundle', '7'],
    ])
  })

  it('a bundle item that moved on since (unpublished, reopened) is left alone', () => {
    const orphanPublication = event({ itemCollection: 'articles', itemId: '5', transitionKey: 'articles:5:2' })
    const link = event({
      itemCollection: 'related-links',
      itemId: '7',
      transitionKey: 'related-links:7:2',
      note: 'Published with article 5',
      at: '2026-11-29T10:00:01.000Z',
    })
    const steps: Record<string, number> = { 'articles:5': 2, 'related-links:7': 5 }
    expect(findInterrupted([orphanPublication, link], (c, id) => steps[`${c}:${id}`]).map((r) => r.kind)).toEqual([
      'orphan-event',
    ])
  })
})
