import { describe, expect, it } from 'vitest'

import { etagOf, ifMatchAccepts, isStale } from '@/domain/concurrency'

const t0 = '2026-11-29T09:00:00.000Z'
const t1 = '2026-11-29T09:05:00.000Z'

describe('version tokens', () => {
  it('If-Match accepts the current ETag, a list containing it, or *; nothing else', () => {
    expect(ifMatchAccepts(etagOf(t1), t1)).toBe(true)
    expect(ifMatchAccepts(`"x", ${etagOf(t1)}`, t1)).toBe(true)
    expect(ifMatchAccepts('*', t1)).toBe(true)
    expect(ifMatchAccepts(etagOf(t0), t1)).toBe(false)
    expect(ifMatchAccepts(`W/${etagOf(t1)}`, t1)).toBe(false)
    expect(ifMatchAccepts(t1, t1)).toBe(false) // not quoted: not an entity tag
  })

  it('a base older than someone else’s revision is stale; older than one’s own is not', () => {
    expect(isStale(t0, { updatedAt: t1, lastEditedBy: 2 }, 1)).toBe(true)
    expect(isStale(t0, { updatedAt: t1, lastEditedBy: { id: 1 } }, 1)).toBe(false)
    expect(isStale(t1, { updatedAt: t1, lastEditedBy: 2 }, 1)).toBe(false)
    expect(isStale('not a time', { updatedAt: t1, lastEditedBy: 1 }, 1)).toBe(true)
    // Nobody named as the last editor: a newer revision is someone else's.
    expect(isStale(t0, { updatedAt: t1, lastEditedBy: null }, 1)).toBe(true)
  })

  it('with an edit session, one’s own newer revisions are those of the same form, not of the same person', () => {
    const [tabA, tabB] = ['a1b2c3d4e5f6a7b8', 'b8a7f6e5d4c3b2a1']
    // The form's own autosave while the token it carries lags behind its last save.
    expect(isStale(t0, { updatedAt: t1, lastEditedBy: 1, editSession: tabA }, 1, tabA)).toBe(false)
    // The same person's other tab (or device) saved in between: stale, as if someone else had.
    expect(isStale(t0, { updatedAt: t1, lastEditedBy: 1, editSession: tabA }, 1, tabB)).toBe(true)
    // A newer revision no form named (an API client, a restore) is not this form's.
    expect(isStale(t0, { updatedAt: t1, lastEditedBy: 1, editSession: null }, 1, tabB)).toBe(true)
    // Not newer: never stale.
    expect(isStale(t1, { updatedAt: t1, lastEditedBy: 2, editSession: tabA }, 1, tabB)).toBe(false)
  })
})
