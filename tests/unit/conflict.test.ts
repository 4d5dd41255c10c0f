import { reduceFieldsToValues } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import {
  changedTexts,
  conflictCopyText,
  FormTexts,
  missingFrom,
  resetTexts,
  typedTexts,
  unsavedEdits,
  wordDiff,
} from '../../src/domain/conflict'
import { bodyToLexical } from '../../src/domain/richtext/body'

/** The text of the diff's parts on the given sides, in order. */
const textOf = (parts: ReturnType<typeof wordDiff>, sides: ReturnType<typeof wordDiff>[number]['side'][]) =>
  parts
    .filter((p) => sides.includes(p.side))
    .map((p) => p.text)
    .join('')

const body = (...paragraphs: string[]) =>
  bodyToLexical(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })))

describe('typed texts of a document', () => {
  it('takes strings and rich text by path, nested arrays included, and skips what nobody types', () => {
    const texts = typedTexts({
      id: 7,
      headline: 'Rain',
      updatedAt: '2026-11-29T10:00:00.000Z',
      workflowNote: 'internal',
      body: body('First.', 'Second.'),
      corrections: [{ id: 'a1', note: 'Fixed the date', at: null }],
      section: 3,
    })
    expect(Object.fromEntries(texts)).toEqual({
      headline: 'Rain',
      body: 'First.\nSecond.',
      'corrections.0.note': 'Fixed the date',
    })
  })
})

describe('unsaved edits in a conflict', () => {
  const base = { headline: 'Rain in the north', deck: 'Old deck', body: body('One.') }

  it('is empty when the editor typed nothing, even if their copy is stale', () => {
    expect(unsavedEdits(base, base, { ...base, deck: 'Corrected deck' })).toEqual([])
  })

  it('is empty when the server already has what the editor typed', () => {
    const mine = { ...base, deck: 'New deck' }
    expect(unsavedEdits(base, mine, mine)).toEqual([])
  })

  it('names each field the editor changed that the server does not have, with a word diff', () => {
    const mine = { ...base, deck: 'Old deck, with more detail', body: body('One.', 'Two.') }
    const theirs = { ...base, deck: 'Their deck', body: body('One.') }
    const conflicts = unsavedEdits(base, mine, theirs)
    expect(conflicts.map((c) => c.path)).toEqual(['deck', 'body'])
    const deck = conflicts[0]
    expect(deck.mine).toBe('Old deck, with more detail')
    expect(deck.theirs).toBe('Their deck')
    expect(textOf(deck.parts, ['mine'])).toContain('more detail')
    expect(textOf(deck.parts, ['theirs'])).toContain('Their')
    expect(textOf(deck.parts, ['both'])).toContain('deck')
  })

  it('counts a field added in the form (a new correction) as the editor’s', () => {
    const mine = { ...base, corrections: [{ note: 'Typed note' }] }
    expect(unsavedEdits(base, mine, base).map((c) => [c.path, c.mine, c.theirs])).toEqual([
      ['corrections.0.note', 'Typed note', ''],
    ])
  })
})

describe('word diff and the copy', () => {
  it('rebuilds both texts from its parts', () => {
    const parts = wordDiff('the quick brown fox', 'the slow brown dog')
    expect(textOf(parts, ['both', 'theirs'])).toBe('the quick brown fox')
    expect(textOf(parts, ['both', 'mine'])).toBe('the slow brown dog')
  })

  it('gives the editor’s side of every field as text to paste', () => {
    const conflicts = unsavedEdits({ deck: 'a' }, { deck: 'b', headline: 'H' }, { deck: 'c' })
    expect(conflictCopyText(conflicts, (p) => p.toUpperCase())).toBe('DECK:\nb\n\nHEADLINE:\nH')
  })
})

describe('a form’s typing journal', () => {
  it('holds only what was changed, and finds what a later server copy lacks', () => {
    const base = { deck: 'Old', headline: 'Same' }
    const journal = changedTexts(base, { deck: 'Old, typed on', headline: 'Same' })
    expect(journal).toEqual([{ path: 'deck', mine: 'Old, typed on' }])
    expect(missingFrom({ deck: 'Old, typed on' }, journal)).toEqual([])
    expect(missingFrom({ deck: 'Theirs' }, journal).map((c) => c.theirs)).toEqual(['Theirs'])
  })
})

describe('a form reset before it saved', () => {
  const journal = [{ path: 'deck', mine: 'Saved words and typed words' }]
  it('is found when the form is back at the saved text, which lacks what was typed', () => {
    expect(resetTexts(journal, { deck: 'Saved words' }, { deck: 'Saved words' })).toEqual(journal)
  })
  it('is not claimed when the save landed or the form still holds the text', () => {
    expect(
      resetTexts(journal, { deck: 'Saved words and typed words' }, { deck: 'Saved words and typed words' }),
    ).toEqual([])
    expect(resetTexts(journal, { deck: 'Saved words' }, { deck: 'Saved words and typed words, more' })).toEqual([])
  })
})

describe('an upload’s file facts', () => {
  it('are not typed text, while a related link’s url is', () => {
    const texts = typedTexts({
      filename: 'a.jpg',
      mimeType: 'image/jpeg',
      sizes: { card: { url: '/m/a-card.webp' } },
      alt: 'Boats',
      url: 'https://example.org',
    })
    expect(Object.fromEntries(texts)).toEqual({ alt: 'Boats', url: 'https://example.org' })
  })
})

describe('typed texts of a form, kept per field', () => {
  /** A form's state as Payload keeps it: one entry per field path, replaced (not changed) when its value changes. */
  const formState = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([path, value]) => [path, { value }]))
  const values = {
    id: 7,
    headline: 'Rain',
    deck: 'Old deck',
    workflowNote: 'internal',
    body: body('First.', 'Second.'),
    'hero.caption': 'A harbour',
    'hero.photo': 4,
    'corrections.0.note': 'Fixed the date',
    'sizes.thumbnail.url': '/x.jpg',
  }

  it('finds what typedTexts finds in the form’s values, as Payload reduces them', () => {
    const state = formState(values)
    expect(Object.fromEntries(new FormTexts().update(state))).toEqual(
      Object.fromEntries(typedTexts(reduceFieldsToValues(state as never, true))),
    )
  })

  it('reads again only the fields whose state changed, and forgets fields that left the form', () => {
    const texts = new FormTexts()
    const state = formState(values)
    let bodyReads = 0
    const bodyState = state.body
    state.body = {
      get value() {
        bodyReads++
        return bodyState.value
      },
    }
    texts.update(state)
    const typed: Record<string, { value?: unknown }> = { ...state, deck: { value: 'New deck' } }
    const after = texts.update(typed)
    expect(bodyReads).toBe(1)
    expect(after.get('deck')).toBe('New deck')
    expect(after.get('body')).toBe('First.\nSecond.')
    const { 'hero.caption': _gone, ...rest } = typed
    expect(texts.update(rest).has('hero.caption')).toBe(false)
    // Read as maps, the texts give the same answers as the documents they came from.
    expect(changedTexts(typedTexts({ deck: 'Old deck' }), new Map([['deck', 'New deck']]))).toEqual([
      { path: 'deck', mine: 'New deck' },
    ])
  })
})
