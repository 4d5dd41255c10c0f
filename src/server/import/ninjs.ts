import type { Payload } from 'payload'

import { NinjsError, ninjsToArticle } from '../../domain/publishing/ninjs'
import type { BodyElement } from '../../domain/richtext/body'
import { bodyToLexical } from '../../domain/richtext/body'
import { findBySource, findOrCreateTag, findSection, runImport, translationLink } from './store'

export type NinjsImportReport =
  | {
      source: string
      ok: true
      outcome: 'created' | 'updated' | 'checked'
      articleId: number | string | null
      headline: string
      photos: number
      relatedLinks: number
    }
  | { source: string; ok: false; error: string }

/**
 * A ninjs 2.0 text item → a draft article with its pictures (records flagged "image missing": the bytes stay with
 * the sender), their captions and the related links. Keyed by the item's uri, so a second import updates.
 */
export async function importNinjsArticle(
  payload: Payload,
  json: unknown,
  options: { source: string; sectionSlug?: string; asEmail?: string; dryRun?: boolean },
): Promise<NinjsImportReport> {
  let draft: ReturnType<typeof ninjsToArticle>
  try {
    draft = ninjsToArticle(json)
  } catch (error) {
    if (error instanceof NinjsError) return { source: options.source, ok: false, error: error.message }
    throw error
  }
  const base = {
    source: options.source,
    ok: true as const,
    headline: draft.headline,
    photos: draft.photos.length,
    relatedLinks: draft.related.length,
  }
  if (options.dryRun) return { ...base, outcome: 'checked', articleId: null }
  const key = `ninjs:${draft.uri}`
  return runImport(payload, options, async ({ req, upsert, created }) => {
    const sectionName = options.sectionSlug ? null : draft.section
    const section = options.sectionSlug
      ? await findSection(payload, options.sectionSlug)
      : sectionName
        ? (await payload.find({ collection: 'sections', where: { name: { equals: sectionName } }, limit: 1, depth: 0 }))
            .docs[0]
        : null

    const photoIds = new Map<string, number | string>()
    for (const photo of draft.photos) {
      const saved = await upsert(
        'photos',
        `${key}#${photo.name}`,
        { alt: photo.alt, credit: photo.credit },
        { needsImage: true },
      )
      photoIds.set(photo.name, saved.id)
      if (photo.caption)
        await upsert('captions', `${key}#${photo.name}-caption`, {
          photo: saved.id,
          text: photo.caption,
          creditLine: photo.credit,
        })
    }
    // Figures in the body are the inline pictures, in order (the hero is not in the body).
    const inline = draft.photos.filter((p) => p.name !== 'hero').map((p) => photoIds.get(p.name)!)
    let figure = 0
    const body: BodyElement[] = draft.body.flatMap((el) =>
      el.kind === 'figure'
        ? inline[figure] !== undefined
          ? [{ kind: 'photo' as const, photo: inline[figure++] }]
          : []
        : [el],
    )
    const tagIds = []
    for (const name of draft.tags) tagIds.push(await findOrCreateTag(payload, req, name, created))
    const linkIds = []
    for (const [i, link] of draft.related.entries()) {
      const linkTags = []
      for (const name of link.tags) linkTags.push(await findOrCreateTag(payload, req, name, created))
      const url = link.uri && /^https?:\/\//.test(link.uri) ? link.uri : null
      linkIds.push(
        (
          await upsert('related-links', `${key}#related-${i + 1}`, {
            title: link.title,
            summary: link.summary,
            url,
            tags: linkTags,
          })
        ).id,
      )
    }
    const existing = await findBySource(payload, req, 'articles', key)
    // The item's language, when the site publishes it; and its group, when another edition named in the item
    // was imported here before.
    const site = await payload.findGlobal({ slug: 'site', depth: 0, req })
    const language = (site.editions ?? []).some((e) => e.code === draft.language) ? draft.language! : site.language
    let translation = {}
    for (const other of draft.translations) {
      const found = await findBySource(payload, req, 'articles', `ninjs:${other.uri}`)
      if (found) {
        translation = await translationLink(payload, req, found.id, language ?? 'en', existing?.id)
        break
      }
    }
    const article = await upsert('articles', key, {
      ...translation,
      language,
      headline: draft.headline,
      displayHeadline: draft.displayHeadline,
      deck: draft.deck,
      bylineText: draft.byline,
      releasedAt: draft.releasedAt,
      section: section?.id ?? null,
      tags: tagIds,
      hero: { photo: photoIds.get('hero') ?? null },
      body: bodyToLexical(body),
      relatedLinks: linkIds,
      sourceUrl: /^https?:\/\//.test(draft.uri) ? draft.uri : null,
    })
    return { ...base, outcome: existing ? ('updated' as const) : ('created' as const), articleId: article.id }
  })
}
