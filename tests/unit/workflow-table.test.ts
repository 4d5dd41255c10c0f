import { describe, expect, it } from 'vitest'

import {
  ACTIONS,
  type Action,
  allowedActions,
  decide,
  missingBeforeReview,
  missingFieldsBeforeReview,
  type State,
  STATES,
  stateAfterEdit,
  type WorkflowCollection,
} from '@/domain/workflow/table'

/**
 * The expectations are written out by hand, independently of TRANSITIONS, so a wrong row in the table fails here.
 * Each entry: actor → the (state, action → next state) pairs allowed; every other combination must be refused.
 */
type Actor = { id: number; roles: string[] } | null
const ME = 1
const actors: Record<string, Actor> = {
  'writer (own item)': { id: ME, roles: ['writer'] },
  'writer (colleague’s item)': { id: 2, roles: ['writer'] },
  editor: { id: 3, roles: ['editor'] },
  'photo desk': { id: 4, roles: ['photo_desk'] },
  admin: { id: 5, roles: ['admin'] },
  scheduler: null,
}

const reviewerMoves = {
  'draft:submit': 'in_review',
  'changes_requested:submit': 'in_review',
  'in_review:withdraw': 'draft',
  'in_review:request_changes': 'changes_requested',
  'in_review:approve': 'approved',
  'approved:schedule': 'scheduled',
  'approved:publish': 'published',
  'scheduled:withdraw': 'approved',
  'published:unpublish': 'archived',
  'published:archive': 'archived',
  'archived:reopen': 'draft',
  'approved:reopen': 'draft',
  'changes_requested:reopen': 'draft',
}
const authorMoves = {
  'draft:submit': 'in_review',
  'changes_requested:submit': 'in_review',
  'in_review:withdraw': 'draft',
}
const schedulerMoves = { 'scheduled:publish': 'published', 'published:expire': 'archived' }
const adminMoves = {
  ...reviewerMoves,
  ...schedulerMoves,
  'draft:publish_now': 'published',
  'in_review:publish_now': 'published',
  'changes_requested:publish_now': 'published',
  'approved:publish_now': 'published',
  'scheduled:publish_now': 'published',
  'archived:publish_now': 'published',
}

/** Editors review articles and related links; the photo desk reviews photos and captions. */
const editorialDesk = {
  'writer (own item)': authorMoves,
  'writer (colleague’s item)': {},
  editor: reviewerMoves,
  'photo desk': {},
  admin: adminMoves,
  scheduler: schedulerMoves,
}
const photoDesk = {
  ...editorialDesk,
  editor: {}, // editors author photos of their own only; this item is not theirs
  'photo desk': reviewerMoves,
}

const expected: Record<WorkflowCollection, Record<string, Record<string, string>>> = {
  articles: editorialDesk,
  'related-links': editorialDesk,
  photos: photoDesk,
  captions: photoDesk,
}

const now = new Date('2026-01-01T10:00:00Z')
const later = new Date('2026-01-01T12:00:00Z')

describe('every state × action × actor', () => {
  for (const [collection, byActor] of Object.entries(expected) as [
    WorkflowCollection,
    Record<string, Record<string, string>>,
  ][]) {
    for (const [actorName, moves] of Object.entries(byActor)) {
      for (const state of STATES) {
        for (const action of ACTIONS) {
          const key = `${state}:${action}`
          const allowed = moves[key]
          it(`${collection}: ${actorName} ${allowed ? 'may' : 'may not'} ${action} when ${state}`, () => {
            const d = decide({
              collection,
              item: { state, createdBy: ME, submittedBy: 99, lastEditedBy: 99 },
              action,
              actor: actors[actorName],
              note: 'a note',
              at: later,
              now,
              fourEyes: true,
            })
            if (allowed) expect(d).toMatchObject({ ok: true, to: allowed })
            else expect(d.ok).toBe(false)
          })
        }
      }
    }
  }
})

describe('rules beyond who and when', () => {
  const base = { collection: 'articles' as const, now, fourEyes: true }
  const editor = { id: 3, roles: ['editor'] }

  const approvalBy3 = (item: Omit<Parameters<typeof decide>[0]['item'], 'state'>, fourEyes = true) =>
    decide({ ...base, fourEyes, item: { state: 'in_review', ...item }, action: 'approve', actor: editor })

  it('four-eyes: the submitter cannot approve their own submission', () => {
    expect(approvalBy3({ createdBy: 3, submittedBy: 3 })).toMatchObject({
      ok: false,
      code: 'four_eyes',
      reason: expect.stringMatching(/Four-eyes/),
    })
  })

  it('four-eyes: nor can whoever last edited it', () => {
    expect(approvalBy3({ submittedBy: 1, lastEditedBy: 3 })).toMatchObject({ ok: false, code: 'four_eyes' })
  })

  it('four-eyes can be switched off by the site setting', () => {
    expect(approvalBy3({ submittedBy: 3 }, false)).toMatchObject({ ok: true, to: 'approved' })
  })

  it.each<[Action, State]>([
    ['request_changes', 'in_review'],
    ['unpublish', 'published'],
    ['archive', 'published'],
  ])('%s needs a note', (action, state) => {
    const d = decide({ ...base, item: { state }, action, actor: editor, note: '  ' })
    expect(d).toMatchObject({ ok: false, code: 'needs_note', reason: expect.stringMatching(/needs a note/) })
  })

  it('publish now needs an administrator and a written reason', () => {
    const admin = { id: 5, roles: ['admin'] }
    expect(decide({ ...base, item: { state: 'draft' }, action: 'publish_now', actor: admin })).toMatchObject({
      ok: false,
      code: 'needs_note',
    })
    expect(
      decide({ ...base, item: { state: 'draft' }, action: 'publish_now', actor: editor, note: 'x' }),
    ).toMatchObject({ ok: false, code: 'not_permitted' })
    expect(
      decide({ ...base, item: { state: 'draft' }, action: 'publish_now', actor: admin, note: 'Breaking news' }),
    ).toMatchObject({ ok: true })
  })

  it('scheduling needs a future time', () => {
    const item = { state: 'approved' as const }
    expect(decide({ ...base, item, action: 'schedule', actor: editor })).toMatchObject({
      ok: false,
      code: 'needs_time',
    })
    expect(
      decide({ ...base, item, action: 'schedule', actor: editor, at: new Date('2025-12-31T00:00:00Z') }),
    ).toMatchObject({ ok: false, code: 'needs_time' })
    expect(decide({ ...base, item, action: 'schedule', actor: editor, at: later })).toMatchObject({
      ok: true,
      to: 'scheduled',
    })
  })

  it('says 409 for an action that does not apply to the state, and 400 for an unknown action', () => {
    expect(decide({ ...base, item: { state: 'draft' }, action: 'approve', actor: editor })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    })
    expect(decide({ ...base, item: { state: 'draft' }, action: 'explode' as Action, actor: editor })).toMatchObject({
      ok: false,
      code: 'invalid_request',
    })
  })

  it('offers the buttons the table allows', () => {
    expect(
      allowedActions({ ...base, item: { state: 'in_review', createdBy: 1, submittedBy: 1 }, actor: editor }),
    ).toEqual(['withdraw', 'request_changes', 'approve'])
    expect(
      allowedActions({ ...base, item: { state: 'in_review', createdBy: 3, submittedBy: 3 }, actor: editor }),
    ).toEqual(['withdraw', 'request_changes'])
    expect(
      allowedActions({ ...base, item: { state: 'draft', createdBy: 2 }, actor: { id: 1, roles: ['writer'] } }),
    ).toEqual([])
  })

  it('an edit sends approved work back to review and turns a live item into a new revision', () => {
    expect(stateAfterEdit('approved')).toBe('in_review')
    expect(stateAfterEdit('scheduled')).toBe('in_review')
    expect(stateAfterEdit('published')).toBe('draft')
    expect(stateAfterEdit('draft')).toBe('draft')
    expect(stateAfterEdit('in_review')).toBe('in_review')
  })
})

describe('content rules from submission on', () => {
  it('a photo without alt text cannot be submitted, approved or published, whoever asks', () => {
    const desk = { id: 9, roles: ['photo_desk'] }
    const admin = { id: 5, roles: ['admin'] }
    const missing = missingBeforeReview('photos', { alt: '  ' })
    expect(missing).toEqual(['alt text'])
    const base = { collection: 'photos' as const, now: new Date(), fourEyes: true, note: 'why' }
    expect(decide({ ...base, item: { state: 'in_review', missing }, action: 'approve', actor: desk })).toMatchObject({
      ok: false,
      code: 'incomplete',
      reason: /alt text/,
    })
    expect(decide({ ...base, item: { state: 'draft', missing }, action: 'publish_now', actor: admin })).toMatchObject({
      ok: false,
      code: 'incomplete',
    })
    expect(decide({ ...base, item: { state: 'draft', missing }, action: 'submit', actor: desk })).toMatchObject({
      ok: false,
      code: 'incomplete',
      reason: /Submit for review needs alt text/i,
    })
    expect(decide({ ...base, item: { state: 'draft', missing: [] }, action: 'submit', actor: desk })).toMatchObject({
      ok: true,
    })
    expect(missingBeforeReview('photos', { alt: 'Boats at dawn' })).toEqual([])
  })

  it('an article needs its headline and, for every correction, its time and note — at submission already', () => {
    expect(missingBeforeReview('articles', { headline: 'Boats', corrections: [] })).toEqual([])
    expect(
      missingBeforeReview('articles', {
        headline: ' ',
        corrections: [
          { at: null, note: 'Fixed a name' },
          { at: '2026-11-29T08:00:00Z', note: '' },
        ],
      }),
    ).toEqual(['a headline', 'the date and time of correction 1', 'the note of correction 2'])
    // Each names the form field that holds it, so the admin can point at it.
    expect(
      missingFieldsBeforeReview('articles', {
        headline: 'Boats',
        corrections: [{ note: 'x' }, { at: 'y', note: ' ' }],
      }).map((m) => m.path),
    ).toEqual(['corrections.0.at', 'corrections.1.note'])
    // Withdrawing or requesting changes is never blocked by what is missing.
    const writer = { id: 1, roles: ['writer'] }
    const missing = ['the date and time of correction 1']
    const base = { collection: 'articles' as const, now: new Date(), fourEyes: true }
    expect(
      decide({ ...base, item: { state: 'draft', createdBy: 1, missing }, action: 'submit', actor: writer }),
    ).toMatchObject({ ok: false, code: 'incomplete', reason: /correction 1/ })
    expect(
      decide({
        ...base,
        item: { state: 'in_review', createdBy: 1, submittedBy: 1, missing },
        action: 'withdraw',
        actor: writer,
      }),
    ).toMatchObject({ ok: true })
  })
})

describe('four-eyes without a third person', () => {
  const writer = { id: 1, roles: ['writer'] }
  const editor = { id: 2, roles: ['editor'] }
  const other = { id: 3, roles: ['writer'] }
  const base = { collection: 'articles' as const, now: new Date(), fourEyes: true }
  // The editor fixed a typo during review: the last edit is theirs.
  const edited = { state: 'in_review' as const, createdBy: 1, submittedBy: 1, lastEditedBy: 2 }

  it('the editor who edited cannot approve; the submitter accepts the edit; then the editor can', () => {
    expect(decide({ ...base, item: edited, action: 'approve', actor: editor })).toMatchObject({
      ok: false,
      code: 'four_eyes',
      reason: /Four-eyes/,
    })
    expect(decide({ ...base, item: edited, action: 'accept_edits', actor: writer })).toMatchObject({
      ok: true,
      to: 'in_review',
      transition: { acceptsEdits: true },
    })
    // What the transition records: the text is the submitter's again.
    const accepted = { ...edited, lastEditedBy: 1 }
    expect(decide({ ...base, item: accepted, action: 'approve', actor: editor })).toMatchObject({
      ok: true,
      to: 'approved',
    })
    // …and the submitter still cannot approve their own story.
    expect(decide({ ...base, item: accepted, action: 'approve', actor: { id: 1, roles: ['editor'] } })).toMatchObject({
      ok: false,
      code: 'four_eyes',
    })
  })

  it('only the submitter accepts, and only an edit by someone else', () => {
    expect(decide({ ...base, item: edited, action: 'accept_edits', actor: other })).toMatchObject({
      ok: false,
      code: 'not_permitted',
    })
    expect(decide({ ...base, item: edited, action: 'accept_edits', actor: editor })).toMatchObject({
      ok: false,
      code: 'not_permitted',
    })
    expect(
      decide({ ...base, item: { ...edited, lastEditedBy: 1 }, action: 'accept_edits', actor: writer }),
    ).toMatchObject({ ok: false, code: 'nothing_to_accept', reason: /Nothing to accept/ })
    expect(
      decide({ ...base, item: { ...edited, state: 'approved' }, action: 'accept_edits', actor: writer }),
    ).toMatchObject({ ok: false, code: 'wrong_state' })
  })
})
