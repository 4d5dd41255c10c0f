/**
 * npm run eval:credits — the credit parser scored on the labelled corpus (tests/fixtures/credits/corpus.tsv):
 * precision and recall for the photographer and for the agency or provider, overall and per source, and every
 * line it got wrong. Prints figures; `tests/unit/credits-corpus.test.ts` holds the bar.
 */
import { evaluateCredits, loadCreditCorpus } from '../tests/creditCorpus'

const corpus = loadCreditCorpus()
const report = evaluateCredits(corpus)
const pct = (n: number) => n.toFixed(3)
console.log(`Credit corpus: ${corpus.length} lines from ${new Set(corpus.map((c) => c.source)).size} sources\n`)
console.log('field          precision  recall   (tp / fp / fn)')
for (const [field, s] of Object.entries(report.fields))
  console.log(
    `${field.padEnd(14)} ${pct(s.precision).padEnd(10)} ${pct(s.recall).padEnd(8)} (${s.tp} / ${s.fp} / ${s.fn})`,
  )
console.log('\nper source (lines wrong / lines):')
for (const [source, s] of Object.entries(report.bySource)) console.log(`  ${source.padEnd(16)} ${s.wrong} / ${s.lines}`)
if (report.misses.length) {
  console.log('\nwrong:')
  for (const m of report.misses)
    console.log(`  [${m.source}] ${m.text}\n      expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`)
}
