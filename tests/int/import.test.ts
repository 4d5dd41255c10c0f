import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { importScrapedArticle } from '@/server/import/scraped'

import { makeUser, payload, withPayload } from './helpers'
import { countLine } from '../scrapedCounts'

const root = path.resolve(__dirname, '../..')
// The real scraped article lives beside the repo (../shared): its tests run when it is there.
const seedPath = path.resolve(root, '../shared/fixtures/basic-research-article.txt')
const seedText = fs.existsSync(seedPath) ? fs.readFileSync(seedPath, 'utf8') : ''
const fixtures = path.resolve(__dirname, '../fixtures/scraped')

withPayload()

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['articles', 'photos', 'captions', 'related-links', 'tags'] as const).map(async (c) => [
        c,
        (await payload.count({ collection: c })).totalDocs,
      ]),
    ),
  )

describe.skipIf(!seedText)('importing the seed article', () => {
  it('reports every element, creates drafts only, and stores the release time in the publication’s zone', async () => {
    const writer = await makeUser(payload, ['writer'], 'importer')
    const report = await importScrapedArticle(payload, seedText, { source: 'seed.txt', asEmail: writer.email })
    if (!report.ok) throw new Error(report.error)
    expect(report.outcome).toBe('created')
    expect(countLine(report.counts)).toBe(
      '7 headings, 3 quotes, 22 bullets, 3 photo slots, 2 captions, 5 related links',
    )
    expect(report.byline).toBe('The editorial department of Qiushi magazine')
    expect(report.releasedAt).toBe('2024-04-14T04:48:00.000Z')
    expect(report.releasedLocal).toBe('2024-04-14T12:48:00+08:00')
    expect(report.timeZone).toBe('Asia/Shanghai')
    expect(report.captions.map((c) => [c.agency, c.photographer])).toEqual([
      ['Xinhua News Agency', 'Huang Xiaoyong'],
      ['Xinhua News Agency', 'Long Wei'],
    ])
    expect(report.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/no URL/), expect.stringMatching(/mid-sentence/)]),
    )

    const article = await payload.findByID({ collection: 'articles', id: report.articleId!, draft: true, depth: 0 })
    expect(article).toMatchObject({ _status: 'draft', workflowState: 'draft', headline: report.headline })
    expect(typeof article.createdBy === 'object' ? article.createdBy?.id : article.createdBy).toBe(writer.id)
    const photos = await payload.find({ collection: 'photos', where: { importSource: { like: 'scrape:' } } })
    expect(photos.docs.map((p) => p.needsImage)).toEqual([true, true, true])
    expect((await payload.find({ collection: 'articles', overrideAccess: false })).docs).toHaveLength(0)
  })

  it('is idempotent: importing the same article again updates the same drafts', async () => {
    const before = await counts()
    const first = await payload.find({ collection: 'articles', draft: true, where: { importSource: { exists: true } } })
    const report = await importScrapedArticle(payload, seedText, { source: 'seed-again.txt' })
    if (!report.ok) throw new Error(report.error)
    expect(report.outcome).toBe('updated')
    expect(report.articleId).toBe(first.docs[0].id)
    expect(await counts()).toEqual(before)
  })

  it('a dry run saves nothing; another time zone gives another instant', async () => {
    const before = await counts()
    const report = await importScrapedArticle(payload, seedText, {
      source: 'x',
      dryRun: true,
      timeZone: 'Europe/London',
    })
    expect(report).toMatchObject({ ok: true, outcome: 'checked', releasedAt: '2024-04-14T11:48:00.000Z' })
    expect(await counts()).toEqual(before)
  })
})

describe('bad input', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['binary data', 'GIF89a\u0000\u0001\u0002', /not readable text/],
    ['no headline', 'A sentence that is certainly not a headline, because it ends with a full stop.', /headline/],
  ])('%s is a clear per-file error and saves nothing', async (_name, text, message) => {
    const before = await counts()
    const report = await importScrapedArticle(payload, text, { source: 'bad.txt' })
    expect(report.ok).toBe(false)
    if (!report.ok) expect(report.error).toMatch(message)
    expect(await counts()).toEqual(before)
  })

  it('an unknown section or user stops the file before anything is written', async () => {
    const before = await counts()
    const text = fs.readFileSync(path.join(fixtures, 'museum-opening.txt'), 'utf8')
    expect(await importScrapedArticle(payload, text, { source: 'm', sectionSlug: 'nope' })).toMatchObject({
      ok: false,
      error: /No section/,
    })
    expect(await importScrapedArticle(payload, text, { source: 'm', asEmail: 'ghost@nowhere' })).toMatchObject({
      ok: false,
      error: /No staff account/,
    })
    expect(await counts()).toEqual(before)
  })

  it('a failure half-way leaves nothing behind', async () => {
    const before = await counts()
    const longTitle = `${'Overlong related link title '.repeat(20)}| Tag`
    const text =
      fs.readFileSync(path.join(fixtures, 'museum-opening.txt'), 'utf8') +
      `\n\n${longTitle}\n${longTitle}\n\nSummary.\n`
    const report = await importScrapedArticle(payload, text, { source: 'broken.txt' })
    expect(report).toMatchObject({ ok: false, error: /nothing was saved/ })
    expect(await counts()).toEqual(before)
  })
})

describe('npm run import (the command)', () => {
  it('imports a folder, goes on past a bad file, prints JSON and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-import-'))
    for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f))
    fs.writeFileSync(path.join(dir, 'zz-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/import.ts', dir, '--json'], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '--conditions=development', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(run.status, run.stderr).toBe(1)
    const reports = JSON.parse(run.stdout.slice(run.stdout.indexOf('[')))
    // Every fixture imports; the bad file, last by name, is reported and the run exits 1.
    const good = fs.readdirSync(fixtures).length
    expect(good).toBeGreaterThanOrEqual(4)
    expect(reports.map((r: { ok: boolean }) => r.ok)).toEqual([...Array(good).fill(true), false])
    expect(reports[good].error).toMatch(/not valid UTF-8/)
    expect(reports.find((r: { source: string }) => r.source.endsWith('museum-opening.txt'))).toMatchObject({
      headline: 'City opens its new science museum after three years of work',
      counts: { relatedLinks: 2 },
    })
  })

  it('--translation-of <file> imports the source first and links the translation to it', async () => {
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [
        'scripts/import.ts',
        path.join(fixtures, 'harbour-storm-zh.txt'),
        '--translation-of',
        path.join(fixtures, 'harbour-storm.txt'),
        '--json',
      ],
      {
        cwd: root,
        env: { ...process.env, NODE_OPTIONS: '--conditions=development', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(run.status, run.stderr).toBe(0)
    const [source, translation] = JSON.parse(run.stdout.slice(run.stdout.indexOf('[')))
    expect([source.language, translation.language]).toEqual(['en', 'zh'])
    const stored = await payload.findByID({ collection: 'articles', id: translation.articleId, draft: true })
    expect([stored.language, stored.translationGroup]).toEqual(['zh', String(source.articleId)])
  })
})
