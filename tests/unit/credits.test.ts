import { describe, expect, it } from 'vitest'

import { formatCredit, parseCredit, splitCaption } from '@/domain/credits/parseCredit'

describe('parseCredit', () => {
  it.each([
    ['Photo by Xinhua News Agency reporter Huang Xiaoyong', 'Huang Xiaoyong', 'Xinhua News Agency'],
    ['Long Wei from Xinhua News Agency/Photo taken', 'Long Wei', 'Xinhua News Agency'],
    ['Photo: Jane Smith/AP', 'Jane Smith', 'AP'],
    ['Zhang Wei/China Daily', 'Zhang Wei', 'China Daily'],
    ['Photo by Jane Smith', 'Jane Smith', undefined],
    ['Photo by Ana Lima for Reuters', 'Ana Lima', 'Reuters'],
    ['(Photo: Li Ming/Xinhua)', 'Li Ming', 'Xinhua'],
  ])('%s', (raw, photographer, agency) => {
    const parsed = parseCredit(raw)
    expect(parsed.photographer).toBe(photographer)
    expect(parsed.agency).toBe(agency)
    expect(parsed.raw).toBe(raw)
  })

  it('reads courtesy credits as a source, not a photographer', () => {
    const parsed = parseCredit('Courtesy of the city museum')
    expect(parsed).toMatchObject({ agency: 'the city museum', courtesy: true, form: 'courtesy' })
    expect(parsed.photographer).toBeUndefined()
    expect(formatCredit(parsed)).toBe('Courtesy of the city museum')
  })

  it('keeps unknown forms whole', () => {
    const parsed = parseCredit('Archive image, 1958, restored')
    expect(parsed).toEqual({ raw: 'Archive image, 1958, restored', form: 'unknown' })
    expect(formatCredit(parsed)).toBe('Archive image, 1958, restored')
  })
})

describe('splitCaption', () => {
  it('separates the credit at the end of a caption paragraph', () => {
    const { text, credit } = splitCaption(
      'The picture shows experts discussing in front of a painting about Shanghai. Photo by Xinhua News Agency reporter Huang Xiaoyong',
    )
    expect(text).toBe('The picture shows experts discussing in front of a painting about Shanghai.')
    expect(credit?.photographer).toBe('Huang Xiaoyong')
  })

  it('handles the "/Photo taken" form', () => {
    const { text, credit } = splitCaption(
      'The building captured on July 17th. Long Wei from Xinhua News Agency/Photo taken',
    )
    expect(text).toBe('The building captured on July 17th.')
    expect(credit).toMatchObject({ photographer: 'Long Wei', agency: 'Xinhua News Agency' })
  })

  it('leaves ordinary paragraphs alone', () => {
    expect(splitCaption('Reform is always on the way.')).toEqual({ text: 'Reform is always on the way.' })
    expect(splitCaption('The photo by the window was taken in 1990 and hangs there still.').credit).toBeUndefined()
  })
})
