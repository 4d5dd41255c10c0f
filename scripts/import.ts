/**
 * npm run import -- <file|folder> [--dry-run] [--json] [--section <slug>] [--as <email>] [--timezone <IANA>] [--translation-of <id|file>]
 * Imports scraped plain-text articles (.txt) and IPTC ninjs items (.json) as drafts. A folder import goes on past
 * a bad file and exits 1 at the end if any file failed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { NinjsImportReport } from '../src/server/import/ninjs'
import type { ImportReport as ScrapedReport } from '../src/server/import/scraped'
import { bootPayload } from './lib/boot'

const USAGE =
  'usage: npm run import -- <file|folder> [--dry-run] [--json] [--section <slug>] [--as <email>] [--timezone <IANA>] [--translation-of <id|file>]'

function filesOf(target: string): string[] {
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return [target]
  return fs
    .readdirSync(target)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.json'))
    .sort()
    .map((f) => path.join(target, f))
}

/** Strict UTF-8: a file in another encoding is reported, never imported as mojibake. */
function readText(file: string): string {
  const bytes = fs.readFileSync(file)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error('The file is not valid UTF-8 text (binary data or another encoding).')
  }
}

type ImportReport = ScrapedReport | NinjsImportReport

function printHuman(r: ImportReport) {
  if (!r.ok) {
    console.log(`✗ ${r.source}\n    ${r.error}`)
    return
  }
  if (!('counts' in r)) {
    console.log(
      r.kind === 'photo'
        ? `✓ ${r.source} — ninjs picture, ${r.outcome}${r.photoId ? ` (photo ${r.photoId})` : ''}: “${r.headline}”`
        : `✓ ${r.source} — ninjs, ${r.outcome}${r.articleId ? ` (article ${r.articleId})` : ''}: “${r.headline}”, ${r.photos} pictures, ${r.relatedLinks} related links`,
    )
    for (const w of r.warnings) console.log(`    warning: ${w}`)
    return
  }
  const c = r.counts
  console.log(
    `✓ ${r.source} — ${r.outcome}${r.articleId ? ` (article ${r.articleId})` : ''}${r.dryRun ? ' [dry run: nothing saved]' : ''}`,
  )
  console.log(`    “${r.headline}” (${r.language})`)
  console.log(
    `    byline: ${r.byline ?? '—'}   released: ${r.releasedLocal?.replace('T', ' ').slice(0, 16) ?? '—'} ${r.timeZone} (${r.releasedAt ?? 'no time'})`,
  )
  console.log(
    `    ${c.headings} section headings, ${c.quotes} pull quotes, ${c.bullets} bullet points, ${c.paragraphs} paragraphs, ` +
      `${c.photoSlots} photo slots (${c.captions} with captions), ${c.relatedLinks} related links, ${c.runningHeaders} running headers dropped`,
  )
  for (const cap of r.captions)
    console.log(
      `    caption (line ${cap.line}): ${cap.photographer ?? '?'} / ${cap.agency ?? '?'} — “${cap.credit ?? ''}”`,
    )
  for (const w of r.warnings) console.log(`    warning (line ${w.line}): ${w.message}`)
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      section: { type: 'string' },
      as: { type: 'string' },
      timezone: { type: 'string' },
      'translation-of': { type: 'string' },
    },
  })
  if (positionals.length !== 1 || !fs.existsSync(positionals[0])) {
    console.error(positionals.length ? `No such file or folder: ${positionals[0]}\n${USAGE}` : USAGE)
    process.exit(2)
  }
  const files = filesOf(positionals[0])
  const payload = await bootPayload()
  const { importScrapedArticle } = await import('../src/server/import/scraped')
  const { importNinjsItem } = await import('../src/server/import/ninjs')
  const reports: ImportReport[] = []
  // --translation-of names the source story by id, or by its own file (imported first, like any other).
  let translationOf = values['translation-of']
  if (translationOf && fs.existsSync(translationOf) && fs.statSync(translationOf).isFile()) {
    const source = await importScrapedArticle(payload, readText(translationOf), {
      source: translationOf,
      dryRun: values['dry-run'],
      sectionSlug: values.section,
      asEmail: values.as,
      timeZone: values.timezone,
    })
    reports.push(source)
    translationOf = source.ok && source.articleId !== null ? String(source.articleId) : undefined
    // A source that failed leaves nothing to translate from; a dry run links nothing.
    if (!source.ok) files.length = 0
  }
  const showProgress = files.length > 1 && process.stderr.isTTY
  for (const [i, file] of files.entries()) {
    if (showProgress) {
      const done = Math.round(((i + 1) / files.length) * 30)
      process.stderr.write(
        `\r[${'#'.repeat(done)}${'.'.repeat(30 - done)}] ${i + 1}/${files.length} ${path.basename(file).slice(0, 40).padEnd(40)}`,
      )
    }
    let report: ImportReport
    const common = { source: file, dryRun: values['dry-run'], sectionSlug: values.section, asEmail: values.as }
    try {
      if (file.endsWith('.json')) {
        let json: unknown
        try {
          json = JSON.parse(readText(file))
        } catch (error) {
          throw new Error(`Not valid JSON: ${(error as Error).message}`, { cause: error })
        }
        report = await importNinjsItem(payload, json, { ...common, baseDir: path.dirname(path.resolve(file)) })
      } else {
        report = await importScrapedArticle(payload, readText(file), {
          ...common,
          timeZone: values.timezone,
          translationOf,
        })
      }
    } catch (error) {
      report = { source: file, ok: false, error: (error as Error).message }
    }
    reports.push(report)
  }
  if (showProgress) process.stderr.write('\n')
  if (values.json) console.log(JSON.stringify(reports, null, 2))
  else {
    reports.forEach(printHuman)
    const failed = reports.filter((r) => !r.ok).length
    console.log(`\n${reports.length - failed} imported, ${failed} failed`)
  }
  await payload.destroy()
  process.exit(reports.some((r) => !r.ok) ? 1 : 0)
}

main().catch((error) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
