import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import {
  ParseError,
  type ParsedArticle,
  parseScrapedArticle,
  type ParseWarning,
} from '../../domain/import/scrapedArticle'
import { parsedToBody } from '../../domain/import/toBody'
import { bodyToLexical } from '../../domain/richtext/body'
import { isoInZone, isValidTimeZone, zonedWallTimeToInstant } from '../../domain/time'
import { findBySource, findOrCreateTag, findSection, runImport, translationLink } from './store'

export type ImportOptions = {
  /** Shown in the report (usually the file name). */
  source: string
  sectionSlug?: string
  /** Email of the staff member the drafts are created for. */
  asEmail?: string
  timeZone?: string
  dryRun?: boolean
  /** The id of the story this page translates: the import joins its translation group. */
  translationOf?: string | number
}

export type ImportReport =
  | {
      source: string
      ok: true
      dryRun: boolean
      outcome: 'created' | 'updated' | 'checked'
      articleId: number | string | null
      headline: string
      /** The edition the story goes to: the page's language when the site publishes it, else the site's own. */
      language: string
      byline: string | null
      releasedAt: string | null
      /** The release time as the publication reads it, e.g. 2024-04-14T12:48:00+08:00. */
      releasedLocal: string | null
      timeZone: string
      counts: ParsedArticle['counts']
      captions: { line: number; photographer: string | null; agency: string | null; credit: string | null }[]
      warnings: ParseWarning[]
    }
  | { source: string; ok: false; error: string }

/**
 * Imports one scraped article as drafts (never published: they enter the workflow). The file imports completely
 * or not at all (a transaction where the database has them, else undoing what was created), and everything is
 * keyed by its source, so importing the same article again updates the same drafts.
 */
export async function importScrapedArticle(
  payload: Payload,
  text: string,
  options: ImportOptions,
): Promise<ImportReport> {
  let parsed: ParsedArticle
  try {
    parsed = parseScrapedArticle(text)
  } catch (error) {
    if (error instanceof ParseError) return { source: options.source, ok: false, error: error.message }
    throw error
  }
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  const timeZone = options.timeZone ?? site.timeZone ?? 'UTC'
  if (!isValidTimeZone(timeZone))
    return { source: options.source, ok: false, error: `"${timeZone}" is not an IANA time zone.` }
  const releasedAt = parsed.releaseTime ? zonedWallTimeToInstant(parsed.releaseTime, timeZone).toISOString() : null
  const key = `scrape:${createHash('sha256')
    .update(`${parsed.headline}\n${JSON.stringify(parsed.releaseTime ?? null)}`)
    .digest('hex')
    .slice(0, 20)}`
  const slots = parsed.blocks.filter((b) => b.kind === 'photo')
  const base = {
    source: options.source,
    ok: true as const,
    headline: parsed.headline,
    language: (site.editions ?? []).some((e) => e.code === parsed.language) ? parsed.language : (site.language ?? 'en'),
    byline: parsed.byline ?? null,
    releasedAt,
    releasedLocal: releasedAt ? isoInZone(releasedAt, timeZone) : null,
    timeZone,
    counts: parsed.counts,
    captions: slots.flatMap((s) =>
      s.caption
        ? [
            {
              line: s.caption.line,
              photographer: s.caption.credit?.photographer ?? null,
              agency: s.caption.credit?.agency ?? null,
              credit: s.caption.credit?.raw ?? null,
            },
          ]
        : [],
    ),
    warnings: parsed.warnings,
  }
  if (options.dryRun) return { ...base, dryRun: true, outcome: 'checked', articleId: null }

  return runImport(payload, options, async ({ req, upsert, created }) => {
    const section = options.sectionSlug ? await findSection(payload, options.sectionSlug) : null

    const photoIds: (number | string)[] = []
    for (const [i, slot] of slots.entries()) {
      const credit = slot.caption?.credit
      const photo = await upsert(
        'photos',
        `${key}#photo-${i + 1}`,
        {
          alt: slot.alt,
          credit: credit?.raw ?? null,
          photographer: credit?.photographer ?? null,
          agency: credit?.agency ?? null,
        },
        { needsImage: true },
      )
      photoIds.push(photo.id)
      if (slot.caption) {
        await upsert('captions', `${key}#caption-${i + 1}`, {
          photo: photo.id,
          text: slot.caption.text,
          creditLine: credit?.raw ?? null,
        })
      }
    }

    const linkIds: (number | string)[] = []
    for (const [i, link] of parsed.relatedLinks.entries()) {
      const tagIds = []
      for (const name of link.tags) tagIds.push(await findOrCreateTag(payload, req, name, created))
      const saved = await upsert('related-links', `${key}#link-${i + 1}`, {
        title: link.title,
        summary: link.summary,
        tags: tagIds,
      })
      linkIds.push(saved.id)
    }

    const existing = await findBySource(payload, req, 'articles', key)
    const translation = options.translationOf
      ? await translationLink(payload, req, options.translationOf, base.language, existing?.id)
      : {}
    const article = await upsert('articles', key, {
      ...translation,
      language: base.language,
      headline: parsed.headline,
      displayHeadline: parsed.displayHeadline ?? null,
      bylineText: parsed.byline ?? null,
      releasedAt,
      ...(section ? { section: section.id } : {}),
      body: bodyToLexical(parsedToBody(parsed, (_slot, i) => photoIds[i])),
      relatedLinks: linkIds,
    })
    return {
      ...base,
      dryRun: false,
      outcome: existing ? ('updated' as const) : ('created' as const),
      articleId: article.id,
    }
  })
}
