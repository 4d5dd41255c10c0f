import { describe, expect, it } from 'vitest'

import { isDerivedSlug, isValidSlug, slugify, uniqueSlug } from '@/domain/slug'

describe('slugify', () => {
  it.each([
    [
      'Urgent requirements for achieving high-level technological self-reliance',
      'urgent-requirements-for-achieving-high-level-technological-self-reliance',
    ],
    ['Café à Paris: l’été!', 'cafe-a-paris-lete'],
    ['加快建设科技强国', '加快建设科技强国'],
    ['习近平：加快建设 科技强国 2024', '习近平-加快建设-科技强国-2024'],
    ['Москва — новости', 'москва-новости'],
    ['  --Hello,   World--  ', 'hello-world'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
    expect(isValidSlug(slugify(input))).toBe(true)
  })

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(100))
    expect([...slug].length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('returns empty for text without letters or digits', () => {
    expect(slugify('!!! ---')).toBe('')
  })
})

describe('uniqueSlug', () => {
  it('appends the first free number', async () => {
    const taken = new Set(['story', 'story-2'])
    expect(await uniqueSlug('story', async (s) => taken.has(s))).toBe('story-3')
    expect(await uniqueSlug('', async () => false)).toBe('untitled')
  })
})

describe('a slug made from its source', () => {
  it('is recognised with or without a uniqueness suffix, and a typed one is not', () => {
    expect(isDerivedSlug('harbour-storm', 'Harbour storm')).toBe(true)
    expect(isDerivedSlug('harbour-storm-2', 'Harbour storm')).toBe(true)
    expect(isDerivedSlug('untitled-3', '')).toBe(true)
    expect(isDerivedSlug('storm', 'Harbour storm')).toBe(false)
    expect(isDerivedSlug('harbour-storm-final', 'Harbour storm')).toBe(false)
  })
})
