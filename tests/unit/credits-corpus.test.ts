import { describe, expect, it } from 'vitest'

import { creditIn } from '@/domain/credits/parseCredit'

import { evaluateCredits, loadCreditCorpus } from '../creditCorpus'

/** The bar `npm run eval:credits` reports against: ≥ 0.98 precision and recall on both fields. */
describe('credit corpus', () => {
  const corpus = loadCreditCorpus()

  it('holds at least 200 labelled lines from at least 8 sources', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    expect(new Set(corpus.map((c) => c.source.replace(/-zh$/, ''))).size).toBeGreaterThanOrEqual(8)
  })

  it('the parser finds photographer and agency with ≥ 0.98 precision and recall', () => {
    const { fields, misses } = evaluateCredits(corpus)
    for (const [field, score] of Object.entries(fields)) {
      expect(
        score.precision,
        `${field} precision; wrong: ${JSON.stringify(misses.slice(0, 5))}`,
      ).toBeGreaterThanOrEqual(0.98)
      expect(score.recall, `${field} recall; wrong: ${JSON.stringify(misses.slice(0, 5))}`).toBeGreaterThanOrEqual(0.98)
    }
  })

  it('the scoring counts a wrong answer against both measures', () => {
    const scored = evaluateCredits([
      { source: 't', text: 'Photo by Jane Doe', photographer: 'John Roe', agency: '' },
      { source: 't', text: 'Tourists visit the Summer Palace.', photographer: '', agency: '' },
    ])
    expect(scored.fields.photographer).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 })
    expect(scored.misses).toHaveLength(1)
  })

  it('never takes a sentence or a picture description for a credit', () => {
    for (const line of [
      'The photo shows a view of the new bridge over the Yangtze River.',
      'The new museum opened to the public on Saturday.',
      'Reform is always on the way. Everyone agrees.',
      '这是7月17日拍摄的布达拉宫（无人机照片）。',
      'A view of the harbour (drone photo)',
    ])
      expect(creditIn(line), line).toBeUndefined()
  })
})
