/**
 * npm run bench:admin — how soon the article form can be used, and what typing in it costs, in Chromium on a
 * production build (`npm start`), beside the same figures for Payload's stock users form. A benchmark, not a test:
 * it prints medians and ratios and asserts nothing. Needs `npm run build` first.
 *
 *   BENCH_RUNS  measured runs after one warm-up (default 5, as the issue asks; more runs steady the medians)
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'

import { benchEnvironment, freePort, median, printTable, runBenchmark, startServer, stopServer } from './lib/bench'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const KEYS = 30
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const { dir, env } = benchEnvironment('admin')
const EDITOR = { email: 'editor@bench.test', password: 'bench-password-1' }

/** One editor and one story of realistic length (~1,300 words under headings, a list and a quote). */
async function seed(): Promise<{ articleId: number; userId: number }> {
  const { bootPayload } = await import('./lib/boot')
  const { bodyToLexical } = await import('../src/domain/richtext/body')
  const payload = await bootPayload()
  const user = await payload.create({
    collection: 'users',
    data: { ...EDITOR, name: 'Bench Editor', roles: ['editor'] },
  })
  const words = 'science research policy funding laboratory students innovation harbour museum prices'.split(' ')
  const sentence = (i: number) => Array.from({ length: 16 }, (_, k) => words[(i + k * 3) % words.length]).join(' ')
  const body = bodyToLexical(
    Array.from({ length: 6 }, (_, h) => [
      { kind: 'heading' as const, level: 2 as const, text: `Part ${h + 1}` },
      ...Array.from({ length: 12 }, (_, p) => ({ kind: 'paragraph' as const, text: `${sentence(h * 12 + p)}.` })),
      { kind: 'list' as const, ordered: false, items: [sentence(h), sentence(h + 1)] },
      { kind: 'quote' as const, text: `“${sentence(h + 2)}.”` },
    ]).flat(),
  )
  const article = await payload.create({
    collection: 'articles',
    data: { headline: 'Why basic research decides how far science can go', deck: 'A deck.', body: body as never },
    user,
    draft: true,
  })
  await payload.destroy()
  return { articleId: article.id, userId: user.id }
}

/**
 * Milliseconds from navigation start until `ready` holds in the page (checked every animation frame). Every
 * measured page is opened from a blank one: a navigation's clock starts before the page it leaves is torn down,
 * and leaving the article form (its editor, its lease) costs far more than leaving the users form.
 */
async function timeUntil(page: Page, url: string, ready: string): Promise<number> {
  await page.goto('about:blank')
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' })
  return page.evaluate(() => performance.now())
}

/** An input React has hydrated (it has its props attached) and that accepts typing. */
const editable = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)});
    return !!el && !el.disabled && !el.readOnly && Object.keys(el).some((k) => k.startsWith('__reactProps')) })()`
const richTextReady = `!!document.querySelector('[data-lexical-editor="true"][contenteditable="true"]')`

/** Wall time per key of typing KEYS characters: each key returns once the page has handled it (React renders). */
async function perKey(page: Page, selector: string): Promise<number> {
  await page.locator(selector).click()
  await page.keyboard.press('End')
  const started = performance.now()
  await page.keyboard.type('x'.repeat(KEYS))
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))))
  return (performance.now() - started) / KEYS
}

/** From the last keystroke until the form says "Last saved". */
async function untilSaved(page: Page): Promise<number> {
  await page.locator('#field-deck').click()
  await page.keyboard.type(' more')
  const typed = await page.evaluate(() => performance.now())
  await page.waitForFunction(`/Saving/.test(document.querySelector('.autosave')?.textContent ?? '')`, undefined, {
    timeout: 30_000,
    polling: 'raf',
  })
  await page.waitForFunction(`/Last saved/.test(document.querySelector('.autosave')?.textContent ?? '')`, undefined, {
    timeout: 30_000,
    polling: 'raf',
  })
  return (await page.evaluate(() => performance.now())) - typed
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('Run `npm run build` first.')
  const { articleId, userId } = await seed()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = await startServer(root, env, port)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', EDITOR.email)
    await page.fill('input[name="password"]', EDITOR.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

    const article = `${base}/admin/collections/articles/${articleId}`
    const users = `${base}/admin/collections/users/${userId}`
    const m: Record<string, number[]> = { headline: [], richText: [], usersField: [], key: [], usersKey: [], saved: [] }
    for (let run = 0; run <= RUNS; run++) {
      const headline = await timeUntil(page, article, editable('#field-headline'))
      const richText = await timeUntil(page, article, richTextReady)
      const key = await perKey(page, '#field-deck')
      const saved = await untilSaved(page)
      const usersField = await timeUntil(page, users, editable('#field-name'))
      const usersKey = await perKey(page, '#field-name')
      // Leave the users form without its typing (no save): the next run starts from the same state.
      await page.goto('about:blank')
      if (run === 0) continue // warm-up: Next's and the browser's caches
      Object.entries({ headline, richText, usersField, key, usersKey, saved }).forEach(([k, v]) => m[k].push(v))
    }
    const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`
    const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(2)}×`
    // Each run opens the two forms one after the other. On a 2-core machine one load moves by ±20 % from run to
    // run: the ratio in each run shows how far that reaches.
    const paired = m.headline.map((h, i) => h / m.usersField[i]).sort((a, b) => a - b)
    printTable(`Article form vs Payload's users form (Chromium, median of ${RUNS} after a warm-up)`, [
      [
        'edit view → headline editable',
        `${ms(m.headline)}  (users form → first field: ${ms(m.usersField)}; ${ratio(m.headline, m.usersField)}, target ≤ 1.1×)`,
      ],
      [
        '  the same ratio, run by run',
        `${paired[0].toFixed(2)}–${paired[paired.length - 1].toFixed(2)}× (median ${median(paired).toFixed(2)}×)`,
      ],
      ['edit view → rich text ready', ms(m.richText)],
      [
        'plain field, per keystroke',
        `${median(m.key).toFixed(1)} ms  (users form: ${median(m.usersKey).toFixed(1)} ms; ${ratio(m.key, m.usersKey)}, target ≤ 20 ms)`,
      ],
      ['last keystroke → "Last saved"', `${ms(m.saved)}  (target ≤ 1,500 ms; the users form does not autosave)`],
    ])
  } finally {
    await browser.close()
    await stopServer(server)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

runBenchmark(main)
