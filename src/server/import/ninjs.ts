import type { Payload, PayloadRequest } from 'payload'

import { parseCredit } from '../../domain/credits/parseCredit'
import {
  type NinjsItem,
  NinjsError,
  ninjsKind,
  type NinjsPicture,
  ninjsToArticle,
  ninjsToPicture,
} from '../../domain/publishing/ninjs'
import type { BodyElement } from '../../domain/richtext/body'
import { bodyToLexical } from '../../domain/richtext/body'
import { getEnv } from '../env'
import { inspectAndClean } from '../photos/upload'
import { type FetchedPicture, fetchPicture, type PictureSource } from './fetchPicture'
import {
  type Created,
  findBySource,
  findOrCreateTag,
  findSection,
  ImportError,
  type ImportWrites,
  runImport,
  translationLink,
} from './store'

type Outcome = 'created' | 'updated' | 'unchanged' | 'checked'

export type NinjsImportReport =
  | {
      source: string
      ok: true
      kind: 'article'
      outcome: Outcome
      articleId: number | string | null
      headline: string
      photos: number
      relatedLinks: number
      warnings: string[]
    }
  | {
      source: string
      ok: true
      kind: 'photo'
      outcome: Outcome
      photoId: number | string | null
      headline: string
      warnings: string[]
    }
  | { source: string; ok: false; error: string }

export type NinjsImportOptions = {
  source: string
  /** The item's folder: renditions named by relative path or file: URL are read from it. */
  baseDir?: string
  sectionSlug?: string
  asEmail?: string
  dryRun?: boolean
  /** Hosts that may be fetched although private (defaults to IMPORT_FETCH_ALLOW_HOSTS). */
  allowHosts?: string[]
}

/**
 * A ninjs 2.x item → Masthead: a text or composite item becomes a draft article with its pictures and graphics
 * (fetched, through the upload gate), their captions and the related links; a picture or graphic item becomes a
 * photo with its caption, credit and rights. Keyed by the item's uri (and a picture's version), so importing the
 * same delivery again updates, and an unchanged picture is not fetched again.
 */
export async function importNinjsItem(
  payload: Payload,
  json: unknown,
  options: NinjsImportOptions,
): Promise<NinjsImportReport> {
  try {
    if (!json || typeof json !== 'object' || Array.isArray(json))
      throw new NinjsError('A ninjs item must be a JSON object.')
    const item = json as NinjsItem
    if (typeof item.uri !== 'string' || !item.uri) throw new NinjsError('A ninjs item needs a "uri".')
    return ninjsKind(item) === 'photo'
      ? await importPictureItem(payload, item, options)
      : await importArticleItem(payload, item, options)
  } catch (error) {
    if (error instanceof NinjsError) return { source: options.source, ok: false, error: error.message }
    throw error
  }
}

function pictureSource(options: NinjsImportOptions): PictureSource {
  const env = getEnv()
  return {
    baseDir: options.baseDir,
    maxBytes: env.photos.maxBytes,
    timeoutMs: env.imports.fetchTimeoutMs,
    allowHosts: options.allowHosts ?? env.imports.allowHosts,
  }
}

type SavedPhoto = { id: number | string; outcome: Exclude<Outcome, 'checked'> }
type StoredPhoto = { id: number | string; importVersion?: string | null; filename?: string | null }

/**
 * One picture, keyed by `key`: fetched and stored through the upload gate, with its caption as the photo's default
 * caption. The same version already stored with its image is left alone. `required`: a picture item fails without
 * its image; a story's picture is kept as a record flagged "image missing", with a warning.
 */
async function savePicture(
  payload: Payload,
  { req, upsert, created }: ImportWrites,
  picture: NinjsPicture,
  key: string,
  source: PictureSource,
  warnings: string[],
  required: boolean,
): Promise<SavedPhoto> {
  const existing = (await findBySource(payload, req, 'photos', key)) as StoredPhoto | undefined
  if (existing && picture.version && existing.importVersion === picture.version && existing.filename)
    return { id: existing.id, outcome: 'unchanged' }
  let file: FetchedPicture | null
  try {
    file = await fetchAccepted(picture, source)
  } catch (error) {
    if (required || !(error instanceof ImportError)) throw error
    file = null
    warnings.push(`Picture "${picture.name}" saved without its image: ${error.message}`)
  }
  const credit = picture.credit ? parseCredit(picture.credit) : null
  const data = {
    alt: picture.alt,
    credit: picture.credit,
    photographer: credit?.photographer ?? null,
    agency: credit?.agency ?? null,
    copyright: picture.copyright,
    usageTerms: picture.usageTerms,
    importVersion: picture.version,
  }
  const upload = file ? { file: { ...file, size: file.data.length } } : {}
  let id: number | string
  if (existing) {
    id = existing.id
    await payload.update({ collection: 'photos', id, data, ...upload, draft: true, depth: 0, req })
  } else {
    const doc = await payload.create({
      collection: 'photos',
      data: { ...data, importSource: key, needsImage: !file } as never,
      ...upload,
      depth: 0,
      req,
    })
    id = doc.id
    created.push({ collection: 'photos', id })
  }
  if (picture.caption)
    await upsert('captions', `${key}#caption`, { photo: id, text: picture.caption, creditLine: picture.credit })
  return { id, outcome: existing ? 'updated' : 'created' }
}

/**
 * The picture's bytes, with the upload gate's verdict before anything is written (the gate runs again on the save,
 * as for every upload): a refused file is the item's failure or the story's warning, not a failed write inside the
 * import's transaction.
 */
async function fetchAccepted(picture: NinjsPicture, source: PictureSource): Promise<FetchedPicture> {
  if (!picture.rendition) throw new ImportError('It names no image rendition to fetch.')
  const file = await fetchPicture(picture.rendition.href, source)
  await inspectAndClean(file.data, getEnv().photos).catch((error: unknown) => {
    throw new ImportError(`The upload gate refused it: ${(error as Error).message}`)
  })
  return file
}

async function importPictureItem(payload: Payload, item: NinjsItem, options: NinjsImportOptions) {
  const picture = ninjsToPicture(item)
  const base = { source: options.source, ok: true as const, kind: 'photo' as const, headline: picture.alt }
  if (options.dryRun) return { ...base, outcome: 'checked' as const, photoId: null, warnings: [] }
  const warnings: string[] = []
  return runImport(payload, options, async (writes) => {
    const saved = await savePicture(
      payload,
      writes,
      picture,
      `ninjs:${picture.uri}`,
      pictureSource(options),
      warnings,
      true,
    )
    return { ...base, outcome: saved.outcome, photoId: saved.id, warnings }
  })
}

async function sectionFor(payload: Payload, req: PayloadRequest, slug: string | undefined, name: string | null) {
  if (slug) return findSection(payload, slug)
  if (!name) return null
  const { docs } = await payload.find({
    collection: 'sections',
    where: { name: { equals: name } },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0] ?? null
}

async function importArticleItem(payload: Payload, item: NinjsItem, options: NinjsImportOptions) {
  const draft = ninjsToArticle(item)
  const base = {
    source: options.source,
    ok: true as const,
    kind: 'article' as const,
    headline: draft.headline,
    photos: draft.photos.length,
    relatedLinks: draft.related.length,
  }
  if (options.dryRun) return { ...base, outcome: 'checked' as const, articleId: null, warnings: [] }
  const key = `ninjs:${draft.uri}`
  const warnings: string[] = []
  const source = pictureSource(options)
  return runImport(payload, options, async (writes) => {
    const { req, upsert, created } = writes
    const section = await sectionFor(payload, req, options.sectionSlug, draft.section)
    const photoIds = new Map<string, number | string>()
    // A picture association without a version of its own changes with the item that carries it.
    for (const photo of draft.photos.map((p) => ({ ...p, version: p.version ?? draft.version })))
      photoIds.set(
        photo.name,
        (await savePicture(payload, writes, photo, `${key}#${photo.name}`, source, warnings, false)).id,
      )
    const body = placePictures(draft, photoIds)
    const tagIds = await tagsFor(payload, req, draft.tags, created)
    const linkIds = []
    for (const [i, link] of draft.related.entries()) {
      const url = link.uri && /^https?:\/\//.test(link.uri) ? link.uri : null
      const tags = await tagsFor(payload, req, link.tags, created)
      const saved = await upsert('related-links', `${key}#related-${i + 1}`, {
        title: link.title,
        summary: link.summary,
        url,
        tags,
      })
      linkIds.push(saved.id)
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
      hero: { photo: draft.lead ? (photoIds.get(draft.lead) ?? null) : null },
      body: bodyToLexical(body),
      relatedLinks: linkIds,
      sourceUrl: /^https?:\/\//.test(draft.uri) ? draft.uri : null,
      importVersion: draft.version,
    })
    return { ...base, outcome: existing ? ('updated' as const) : ('created' as const), articleId: article.id, warnings }
  })
}

async function tagsFor(payload: Payload, req: PayloadRequest, names: string[], created: Created) {
  const ids = []
  for (const name of names) ids.push(await findOrCreateTag(payload, req, name, created))
  return ids
}

/**
 * The story's body with its pictures: figures in the body take the non-lead pictures in order; pictures the body
 * does not place (a composite's associations) follow the text, in the item's order.
 */
function placePictures(
  draft: ReturnType<typeof ninjsToArticle>,
  photoIds: Map<string, number | string>,
): BodyElement[] {
  const queue = draft.photos.filter((p) => p.name !== draft.lead).map((p) => photoIds.get(p.name)!)
  const body: BodyElement[] = draft.body.flatMap((el) => {
    if (el.kind !== 'figure') return [el]
    const photo = queue.shift()
    return photo === undefined ? [] : [{ kind: 'photo' as const, photo }]
  })
  return [...body, ...queue.map((photo) => ({ kind: 'photo' as const, photo }))]
}
