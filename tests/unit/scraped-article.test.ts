import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ParseError, parseReleaseTime, parseScrapedArticle } from '@/domain/import/scrapedArticle'
import { parsedToBody } from '@/domain/import/toBody'

// The real scraped article lives beside the repo (../shared), not in it: checked when it is there.
const seedPath = path.resolve(__dirname, '../../../shared/fixtures/basic-research-article.txt')
const seed = fs.existsSync(seedPath) ? fs.readFileSync(seedPath, 'utf8') : ''

describe('parseReleaseTime', () => {
  it.each([
    ['Apr 14, 2024 12:48 PM', { year: 2024, month: 4, day: 14, hour: 12, minute: 48 }],
    ['April 14, 2024 9:05 am', { year: 2024, month: 4, day: 14, hour: 9, minute: 5 }],
    ['Apr 14, 2024 12:10 AM', { year: 2024, month: 4, day: 14, hour: 0, minute: 10 }],
    ['14 April 2024 18:30', { year: 2024, month: 4, day: 14, hour: 18, minute: 30 }],
    ['2024-04-14 12:48', { year: 2024, month: 4, day: 14, hour: 12, minute: 48 }],
    ['2024/4/14', { year: 2024, month: 4, day: 14, hour: 0, minute: 0 }],
    ['2024年4月14日 12:48', { year: 2024, month: 4, day: 14, hour: 12, minute: 48 }],
  ])('%s', (text, expected) => {
    expect(parseReleaseTime(text)).toEqual(expected)
  })

  it.each(['yesterday', 'Foo 14, 2024', '2024-13-40 10:00'])('does not guess at %s', (text) => {
    expect(parseReleaseTime(text)).toBeUndefined()
  })
})

describe.skipIf(!seed)('the seed article', () => {
  // The describe body runs even when skipped: parse only what is there.
  const parsed = seed ? parseScrapedArticle(seed) : (undefined as unknown as ReturnType<typeof parseScrapedArticle>)

  it('counts every element the brief names', () => {
    expect(parsed.counts).toMatchObject({
      headings: 7,
      quotes: 3,
      bullets: 22,
      photoSlots: 3,
      captions: 2,
      relatedLinks: 5,
      runningHeaders: 0,
    })
  })

  it('reads the front matter', () => {
    expect(parsed.releaseTime).toEqual({ year: 2024, month: 4, day: 14, hour: 12, minute: 48 })
    expect(parsed.byline).toBe('The editorial department of Qiushi magazine')
    expect(parsed.displayHeadline).toMatch(/^The urgent requirement/)
  })

  it('flags the truncated last paragraph and the caption-less photo slot', () => {
    expect(parsed.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/mid-sentence/),
        expect.stringMatching(/Photo slot without a caption/),
      ]),
    )
  })

  it('makes one list of each run of bullets', () => {
    const body = parsedToBody(parsed, (_s, i) => i + 1)
    const lists = body.filter((b) => b.kind === 'list')
    expect(lists.reduce((n, l) => n + (l.kind === 'list' ? l.items.length : 0), 0)).toBe(22)
    expect(body.filter((b) => b.kind === 'photo').map((b) => (b.kind === 'photo' ? b.photo : 0))).toEqual([1, 2, 3])
  })
})

describe('another article of the same family, with other quirks', () => {
  const text = [
    'City opens new science museum',
    '',
    'Release time: 2023-07-23 09:30',
    '',
    'By Li Ming',
    '',
    'The museum has taken three years to build.',
    '',
    'A home for instruments',
    '',
    '“We wanted a place where children can touch real instruments.”',
    '',
    '—— Free entry on Sundays.',
    '—— Guided tours in four languages.',
    '',
    'City opens new science museum',
    '',
    'Visitors queue at the entrance on opening day. (Photo: Zhang Wei/China Daily)',
    '',
    'The museum opens at 9 a.m. every day except Monday.',
  ].join('\n')
  const parsed = parseScrapedArticle(text)

  it('parses ISO release times, "By" bylines and curly-quoted pull quotes', () => {
    expect(parsed.releaseTime).toEqual({ year: 2023, month: 7, day: 23, hour: 9, minute: 30 })
    expect(parsed.byline).toBe('By Li Ming')
    expect(parsed.counts).toMatchObject({
      headings: 1,
      quotes: 1,
      bullets: 2,
      photoSlots: 1,
      captions: 1,
      relatedLinks: 0,
    })
  })

  it('ties the caption that follows the photo slot, with its parenthesised credit', () => {
    const slot = parsed.blocks.find((b) => b.kind === 'photo')
    expect(slot?.kind === 'photo' && slot.caption?.credit).toMatchObject({
      photographer: 'Zhang Wei',
      agency: 'China Daily',
    })
    expect(parsed.warnings.find((w) => /mid-sentence/.test(w.message))).toBeUndefined()
  })
})

describe('bad input', () => {
  it.each([
    ['', /empty/],
    ['   \n\n  ', /empty/],
    ['PNG\u0000\u0001binary', /not readable text/],
    ['This is a whole sentence that ends with a full stop.\n\nMore.', /does not look like a headline/],
  ])('is refused with a clear message (%#)', (input, message) => {
    expect(() => parseScrapedArticle(input)).toThrow(ParseError)
    expect(() => parseScrapedArticle(input)).toThrow(message)
  })
})

describe('fixtures of our own in the same family', () => {
  const read = (name: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/scraped', name), 'utf8')

  it('museum-opening: ISO time, "By" byline, a near-duplicate display headline, curly quotes, a parenthesised credit', () => {
    const parsed = parseScrapedArticle(read('museum-opening.txt'))
    expect(parsed.releaseTime).toEqual({ year: 2023, month: 7, day: 23, hour: 9, minute: 30 })
    expect(parsed.displayHeadline).toBe("City opens new science museum after three years' work")
    expect(parsed.byline).toBe('By Li Ming')
    expect(parsed.counts).toMatchObject({
      headings: 1,
      quotes: 1,
      bullets: 3,
      photoSlots: 1,
      captions: 1,
      relatedLinks: 2,
      runningHeaders: 1,
    })
    expect(parsed.warnings.find((w) => /running header/.test(w.message))?.line).toBe(13)
    const slot = parsed.blocks.find((b) => b.kind === 'photo')
    expect(slot?.kind === 'photo' && slot.caption).toMatchObject({
      text: 'Visitors queue at the entrance on opening day.',
      credit: { photographer: 'Zhang Wei', agency: 'China Daily' },
    })
    expect(parsed.relatedLinks[0]).toMatchObject({
      title: 'Harbour Authority plans a storm barrier',
      tags: ['Infrastructure', 'Harbour'],
    })
    expect(parsed.relatedLinks[1].summary).toBe('')
    expect(parsed.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/has no summary/)]),
    )
    expect(parsed.warnings.find((w) => /mid-sentence/.test(w.message))).toBeUndefined()
  })

  it('harbour-storm: BOM and CRLF, day-month-year time, "Reporter:" byline, a courtesy credit, a cut-off ending', () => {
    const parsed = parseScrapedArticle(read('harbour-storm.txt'))
    expect(parsed.headline).toBe('Storm closes harbour for second day')
    expect(parsed.releaseTime).toEqual({ year: 2025, month: 3, day: 14, hour: 18, minute: 5 })
    expect(parsed.byline).toBe('Reporter: Chen Jing')
    expect(parsed.displayHeadline).toBeUndefined()
    expect(parsed.counts).toMatchObject({
      headings: 1,
      quotes: 1,
      bullets: 2,
      photoSlots: 1,
      captions: 1,
      relatedLinks: 0,
    })
    const slot = parsed.blocks.find((b) => b.kind === 'photo')
    expect(slot?.kind === 'photo' && slot.caption?.credit).toMatchObject({
      agency: 'the Harbour Authority',
      courtesy: true,
    })
    const last = parsed.blocks.at(-1)
    expect(last?.kind === 'paragraph' && last.truncated).toBe(true)
  })
})
