import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ParseError, parseReleaseTime, parseScrapedArticle } from '@/domain/import/scrapedArticle'
import { parsedToBody } from '@/domain/import/toBody'
import { countLine } from '../scrapedCounts'

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
    expect(countLine(parsed.counts)).toBe(
      '7 headings, 3 quotes, 22 bullets, 3 photo slots, 2 captions, 5 related links',
    )
    expect(parsed.counts.runningHeaders).toBe(0)
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
    expect(countLine(parsed.counts)).toBe('1 headings, 1 quotes, 2 bullets, 1 photo slots, 1 captions, 0 related links')
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
    expect(countLine(parsed.counts)).toBe('1 headings, 1 quotes, 3 bullets, 1 photo slots, 1 captions, 2 related links')
    expect(parsed.counts.runningHeaders).toBe(1)
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
    expect(countLine(parsed.counts)).toBe('1 headings, 1 quotes, 2 bullets, 1 photo slots, 1 captions, 0 related links')
    const slot = parsed.blocks.find((b) => b.kind === 'photo')
    expect(slot?.kind === 'photo' && slot.caption?.credit).toMatchObject({
      agency: 'the Harbour Authority',
      courtesy: true,
    })
    const last = parsed.blocks.at(-1)
    expect(last?.kind === 'paragraph' && last.truncated).toBe(true)
  })

  /** Each photo slot's caption as the tests compare it: its text's start and the credit's two fields. */
  const captionsOf = (parsed: ReturnType<typeof parseScrapedArticle>) =>
    parsed.blocks.flatMap((b) =>
      b.kind === 'photo'
        ? [
            {
              text: b.caption?.text.slice(0, 30),
              photographer: b.caption?.credit?.photographer,
              agency: b.caption?.credit?.agency,
              confidence: b.caption?.confidence,
            },
          ]
        : [],
    )

  const high = 'high' as const
  it.each([
    {
      file: 'rail-freight.txt',
      habits: 'a Reuters credit after the sentence, a credit on its own line, a caption with no credit',
      releaseTime: { year: 2025, month: 11, day: 3, hour: 16, minute: 15 },
      byline: 'By Masthead economy desk',
      counts: { headings: 2, quotes: 1, bullets: 3, photoSlots: 3, captions: 3, relatedLinks: 2 },
      captions: [
        { text: 'A freight train leaves the inl', photographer: 'Aly Song', agency: 'REUTERS', confidence: high },
        {
          text: 'Workers load containers onto w',
          photographer: 'Tom Reed',
          agency: 'The Masthead Times',
          confidence: high,
        },
        { text: 'Dock workers watch the first t', photographer: undefined, agency: undefined, confidence: 'medium' },
      ],
      unsureLines: [36],
      paragraphs: ['Shippers say the lin', 'The operator plans t', 'Port officials said '],
    },
    {
      file: 'tea-harvest.txt',
      habits: 'Chinese release time, an editorial-department byline, Xinhua, [Photo/VCG] and 新华社 credits',
      releaseTime: { year: 2025, month: 4, day: 2, hour: 10, minute: 20 },
      byline: 'The editorial department of the Masthead regions desk',
      counts: { headings: 2, quotes: 1, bullets: 3, photoSlots: 3, captions: 3, relatedLinks: 1 },
      captions: [
        { text: 'Photo taken on April 1, 2025 s', photographer: 'Huang Wei', agency: 'Xinhua', confidence: high },
        { text: 'An aerial drone photo shows te', photographer: undefined, agency: 'VCG', confidence: high },
        { text: '茶农在茶园采摘春茶。', photographer: '黄伟', agency: '新华社', confidence: high },
      ],
      unsureLines: [],
      paragraphs: ['The first leaves of ', 'Prices for the first', 'The cooperative expe'],
    },
  ])('$file: $habits', ({ file, releaseTime, byline, counts, captions, unsureLines, paragraphs }) => {
    const parsed = parseScrapedArticle(read(file))
    expect(parsed.releaseTime).toEqual(releaseTime)
    expect(parsed.byline).toBe(byline)
    expect(parsed.counts).toMatchObject(counts)
    expect(captionsOf(parsed)).toEqual(captions)
    // An unsure caption is said; the body paragraph after each caption stays body text; no credit is a heading.
    expect(parsed.warnings.filter((w) => /Read as the caption/.test(w.message)).map((w) => w.line)).toEqual(unsureLines)
    const bodyText = parsed.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.slice(0, 20))
    expect(bodyText).toEqual(expect.arrayContaining(paragraphs))
    expect(parsed.blocks.some((b) => b.kind === 'heading' && /Photo/.test(b.text))).toBe(false)
    expect(parsed.warnings.some((w) => /without a caption/.test(w.message))).toBe(false)
  })

  it('a body paragraph right after a photo slot is not taken for its caption', () => {
    const parsed = parseScrapedArticle(
      [
        'Harbour reopens',
        'Release time: 2025-03-16 08:00',
        'By Li Ming',
        'The harbour reopened on Sunday.',
        'Harbour reopens',
        'Pilots said on Sunday that the channel was clear, and the first ferry left at noon.',
        'The port expects normal traffic by Tuesday, officials told reporters at a briefing on Sunday.',
      ].join('\n\n'),
    )
    expect(parsed.counts).toMatchObject({ photoSlots: 1, captions: 0, paragraphs: 3 })
    expect(parsed.warnings.map((w) => w.message)).toContain('Photo slot without a caption.')
  })
})

describe('a Chinese page of the family', () => {
  const parsed = parseScrapedArticle(
    fs.readFileSync(path.resolve(__dirname, '../fixtures/scraped/harbour-storm-zh.txt'), 'utf8'),
  )

  it('reads its release time, display headline, byline, headings, bullets and quote, and knows it is Chinese', () => {
    expect(parsed.language).toBe('zh')
    expect(parsed.releaseTime).toEqual({ year: 2025, month: 3, day: 14, hour: 18, minute: 5 })
    expect(parsed.displayHeadline).toBe('风暴致港口连续第二天关闭 渡轮全部停航')
    expect(parsed.byline).toBe('本报记者 陈静')
    expect(countLine(parsed.counts)).toBe('2 headings, 1 quotes, 3 bullets, 2 photo slots, 2 captions, 1 related links')
    expect(parsed.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['港口关闭了什么', '何时恢复'])
  })

  it('ties each caption to its photo with the Chinese credit forms, and sees the cut-off ending', () => {
    const slots = parsed.blocks.filter((b) => b.kind === 'photo')
    expect(
      slots.map((s) =>
        s.kind === 'photo' ? [s.caption?.text, s.caption?.credit?.photographer, s.caption?.credit?.agency] : null,
      ),
    ).toEqual([
      ['3月14日，海浪拍打港口防波堤。', '黄伟', '新华社'],
      ['渔船停泊在避风港内。', '陈静', '本报'],
    ])
    const last = parsed.blocks.at(-1)
    expect(last?.kind === 'paragraph' && last.truncated).toBe(true)
    expect(parsed.relatedLinks).toEqual([
      expect.objectContaining({ title: '港务局公布防风预案', tags: ['港口', '基础设施'] }),
    ])
  })

  it('leaves English pages English', () => {
    expect(parseScrapedArticle('Harbour reopens\n\nThe harbour reopened on Sunday.').language).toBe('en')
  })
})
