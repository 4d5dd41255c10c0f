/**
 * npm run bench:search — archive search as the archive grows: the search page (production build, page cache off, so
 * every request runs the query and renders) and the query module alone (in this process), English and Chinese
 * queries, at each size in BENCH_SEARCH_SIZES (default "1000,20000,200000"). A benchmark, not a test: it prints
 * figures and asserts nothing. The first size is seeded through Payload (published stories of ~300 words over a
 * Zipf-distributed vocabulary, one in ten in Chinese); larger ones are grown by copying rows and their index rows in
 * SQLite, which is quick. Without a build (`npm run build`) only the query module is measured.
 *
 *   BENCH_KEEP_DIR=1 keeps the database for a closer look.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { archiveGrower } from './lib/archive'
import { benchEnvironment, freePort, printTable, runBenchmark, startServer, stopServer } from './lib/bench'

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,20000,200000').split(',').map(Number)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const { dir, dbFile, env } = benchEnvironment('search')

/** A deterministic generator, so every run searches the same archive with the same queries. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

// English: 4,000 made-up but pronounceable words; Chinese: 600 common characters. Word k is drawn with weight 1/k.
const rand = random(20261130)
const syllables = 'ba ce di fo gu ha je ki lo mu na pe ri so tu va we xi yo za bre cla dro fli gro pla sta tri'.split(
  ' ',
)
const english = Array.from(
  { length: 4000 },
  (_, k) => [0, 1, 2].map((i) => syllables[(k * 7 + i * 13 + Math.floor(k / 29) * i) % syllables.length]).join('') + k,
)
const han = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你而能下过子说产种面方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞',
]

function zipf(words: string[], r: () => number): string {
  // Inverse of the harmonic CDF, approximated: the rank is exp(u · ln N).
  return words[Math.min(words.length - 1, Math.floor(Math.exp(r() * Math.log(words.length))) - 1)]
}

function englishText(words: number, r: () => number) {
  return Array.from({ length: words }, () => zipf(english, r)).join(' ') + '.'
}
function chineseText(chars: number, r: () => number) {
  return Array.from({ length: chars }, () => zipf(han, r)).join('') + '。'
}

async function seed(payload: Payload, count: number) {
  const { bodyToLexical } = await import('../src/domain/richtext/body')
  const section = await payload.create({ collection: 'sections', data: { name: 'Archive', slug: 'archive' } })
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const zh = i % 10 === 9
    const text = zh ? (n: number) => chineseText(n * 2, rand) : (n: number) => englishText(n, rand)
    await payload.create({
      collection: 'articles',
      data: {
        headline: `${text(8)}`.slice(0, 200),
        deck: text(20),
        language: zh ? 'zh' : 'en',
        section: section.id,
        body: bodyToLexical([0, 1, 2].map(() => ({ kind: 'paragraph' as const, text: text(90) }))) as never,
        releasedAt: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
        _status: 'published',
      },
    })
  }
  return performance.now() - started
}

// The seeded stories (the first rows) are the originals every copy is made from.
const grow = archiveGrower(dbFile, SIZES[0], 60)

/** Queries a reader would type: mid-frequency words, pairs, a phrase; Chinese pairs and triples from the text. */
function queries() {
  const r = random(7)
  const mid = () => english[50 + Math.floor(r() * 800)]
  const en = Array.from({ length: 40 }, (_, i) =>
    i % 4 === 0 ? mid() : i % 4 === 1 ? `${mid()} ${mid()}` : i % 4 === 2 ? `"${mid()} ${mid()}"` : english[5 + i],
  )
  // Chinese queries are two or three characters as they stand in the text (random pairs would rarely occur).
  const sample = chineseText(4000, random(11))
  const zh = Array.from({ length: 40 }, (_, i) => {
    const at = Math.floor(r() * (sample.length - 4))
    return sample.slice(at, at + (i % 2 ? 2 : 3)).replace(/。/g, '')
  }).filter((q) => q.length >= 2)
  return { en, zh }
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]
const figures = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms`

async function timeEach(qs: string[], run: (q: string) => Promise<unknown>, rounds = 3) {
  for (const q of qs.slice(0, 5)) await run(q) // warm-up
  const times: number[] = []
  for (let round = 0; round < rounds; round++)
    for (const q of qs) {
      const t = performance.now()
      await run(q)
      times.push(performance.now() - t)
    }
  return times
}

async function main() {
  const rows: [string, string][] = []
  // One Payload for the whole run (a destroyed instance cannot be booted again in one process); the archive is grown
  // beside it through a second connection to the same file.
  const { bootPayload } = await import('./lib/boot')
  const { searchArticles } = await import('../src/server/queries/search')
  const payload = await bootPayload()
  const seeded = await seed(payload, SIZES[0])
  rows.push([
    'archive',
    `${SIZES[0]} stories seeded through Payload in ${(seeded / 1000).toFixed(0)} s (1 in 10 Chinese)`,
  ])
  const { en, zh } = queries()
  const built = fs.existsSync(path.join(root, '.next/BUILD_ID'))
  const p95: Record<string, number[]> = {}
  for (const size of SIZES) {
    if (size !== SIZES[0]) await grow(size)
    let found = 0
    const run = async (q: string) => {
      found += (await searchArticles(payload, q)).docs.length
    }
    const enQuery = await timeEach(en, run)
    const zhQuery = await timeEach(zh, run)
    rows.push([`query module, ${size} stories`, `English ${figures(enQuery)}; Chinese ${figures(zhQuery)}`])
    rows.push([`  results per query, ${size}`, `${(found / (en.length + zh.length) / 3).toFixed(1)} of 20 on average`])
    if (!built) continue
    const port = await freePort()
    const server = await startServer(root, { ...env, PAGE_CACHE_MAX_AGE_SECONDS: '0' }, port)
    try {
      const page = async (q: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/search?q=${encodeURIComponent(q)}`)
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`search page answered ${res.status}`)
      }
      const enPage = await timeEach(en, page, 2)
      const zhPage = await timeEach(zh, page, 2)
      rows.push([`search page, ${size} stories`, `English ${figures(enPage)}; Chinese ${figures(zhPage)}`])
      p95[size] = [pct(enPage, 95), pct(zhPage, 95)]
    } finally {
      await stopServer(server)
    }
  }
  const measured = SIZES.filter((size) => p95[size])
  for (const [from, to] of measured.slice(1).map((size, i) => [measured[i], size])) {
    rows.push([
      `growth ${from} → ${to}, page p95`,
      `English ${(p95[to][0] / p95[from][0]).toFixed(2)}×, Chinese ${(p95[to][1] / p95[from][1]).toFixed(2)}×   (target ≤ 1.5×)`,
    ])
  }
  await payload.destroy()
  if (!built) rows.push(['search page', 'not measured: run `npm run build` first'])
  printTable('Search benchmark', rows)
  if (process.env.BENCH_KEEP_DIR) console.log(`kept ${dir}`)
  else fs.rmSync(dir, { recursive: true, force: true })
}

runBenchmark(main)
