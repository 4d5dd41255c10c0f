import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { creditIn } from '../src/domain/credits/parseCredit'

/** The labelled credit corpus and its scoring, shared by `npm run eval:credits` and the unit test that holds the bar. */
export type CorpusLine = { source: string; text: string; photographer: string; agency: string }

export function loadCreditCorpus(
  file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/credits/corpus.tsv'),
): CorpusLine[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('source\t'))
    .map((line) => {
      const [source = '', text = '', photographer = '', agency = ''] = line.split('\t').map((c) => c.trim())
      return { source, text, photographer, agency }
    })
}

/** Case, spacing, a leading "the" and trailing punctuation do not make a credit wrong. */
const normal = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/[\s.,;:]+$/, '')
    .trim()

type Score = { tp: number; fp: number; fn: number; precision: number; recall: number }

export function evaluateCredits(corpus: CorpusLine[]) {
  const fields = { photographer: { tp: 0, fp: 0, fn: 0 }, agency: { tp: 0, fp: 0, fn: 0 } }
  const bySource: Record<string, { lines: number; wrong: number }> = {}
  const misses: { source: string; text: string; expected: object; got: object }[] = []
  for (const line of corpus) {
    const credit = creditIn(line.text)
    const got = { photographer: credit?.photographer ?? '', agency: credit?.agency ?? '' }
    let wrong = false
    for (const field of ['photographer', 'agency'] as const) {
      const [e, g] = [normal(line[field]), normal(got[field])]
      const s = fields[field]
      if (e && g && e === g) s.tp += 1
      else {
        if (g) s.fp += 1
        if (e) s.fn += 1
        if (e || g) wrong = true
      }
    }
    const source = (bySource[line.source] ??= { lines: 0, wrong: 0 })
    source.lines += 1
    if (wrong) {
      source.wrong += 1
      misses.push({
        source: line.source,
        text: line.text,
        expected: { photographer: line.photographer, agency: line.agency },
        got,
      })
    }
  }
  const score = (s: { tp: number; fp: number; fn: number }): Score => ({
    ...s,
    precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1,
    recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1,
  })
  return {
    fields: { photographer: score(fields.photographer), agency: score(fields.agency) },
    bySource,
    misses,
  }
}
