import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'

import { storyLanguage, translationDraft, translationGroupOf } from '../domain/editions'
import { hasRole } from '../domain/roles'
import { type SourceChange, sourceChanges } from '../domain/translationChanges'
import type { Article } from '../payload-types'
import { siteEditions } from '../fields/translation'
import { refusal } from './errors'
import { articlePreview, latestRevision } from './queries/articlePage'

type Body = NonNullable<Article['body']>
type PhotoUse = { photo?: unknown; caption?: unknown; captionText?: string | null }

/** Translations of one group are made one at a time in this process, so two clicks cannot make two editions. */
const lanes = new Map<string, Promise<unknown>>()

/** The stories of a translation group (the source and its translations), as they stand, newest revision each. */
export async function groupMembers(payload: Payload, group: string, req?: PayloadRequest) {
  // The group is named by its source's id: the source, and every story that names the group.
  const where: Where = { or: [{ id: { equals: group } }, { translationGroup: { equals: group } }] }
  const found = await payload.find({
    collection: 'articles',
    where,
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { language: true, translationGroup: true, headline: true, slug: true, _status: true, workflowState: true },
    req,
  })
  return found.docs
}

/**
 * POST /api/articles/:id/translate {language}: a new draft story in `language`, in the source's translation
 * group, starting from the source's structure (headings, quotes, lists, pictures, related links, section, tags)
 * and the caption the source prints under each picture, to be translated. It records which revision of the
 * source it was made from. Refused: an unknown language (400), a language the group already has (409).
 */
export async function translateArticle(
  payload: Payload,
  { id, language, user }: { id: string | number; language: unknown; user: PayloadRequest['user'] | null },
): Promise<Article> {
  if (!user) throw refusal('login_required', 'Log in to translate a story.')
  if (!hasRole(user, 'editor', 'writer')) throw refusal('not_permitted', 'Only writers and editors make translations.')
  const req = await createLocalReq({ user }, payload)
  const { editions, defaultLanguage } = await siteEditions(req)
  const edition = typeof language === 'string' ? editions.find((e) => e.code === language) : undefined
  if (!edition)
    throw refusal(
      'invalid_request',
      `"language" must be one of this publication's languages: ${editions.map((e) => e.code).join(', ')}.`,
    )
  const page = await articlePreview(payload, id, user)
  const source = page ? await latestRevision(payload, id, user) : null
  if (!page || !source) throw refusal('not_found', `No article with id ${String(id).slice(0, 40)}.`)
  const group = translationGroupOf(source)
  const key = `${group}:${edition.code}`
  const run = (lanes.get(key) ?? Promise.resolve()).then(async () => {
    const members = await groupMembers(payload, group)
    const taken = members.find((m) => storyLanguage(m, defaultLanguage) === edition.code)
    if (taken)
      throw refusal(
        'conflict',
        `This story already has a ${edition.name} edition: "${taken.headline}" (article ${taken.id}).`,
      )
    // What the source prints under each picture becomes the translation's own caption, to translate with the text.
    const withCaption = (use: PhotoUse) =>
      use.photo
        ? {
            ...use,
            caption: null,
            captionText:
              use.captionText?.trim() ||
              page.captionFor(use.photo as number, use.caption as number | null, null)?.text ||
              null,
          }
        : use
    const body = source.body && {
      ...source.body,
      root: {
        ...source.body.root,
        children: source.body.root.children.map((node) => {
          const fields = (node as { fields?: PhotoUse }).fields
          return node.type === 'block' && fields?.photo ? { ...node, fields: withCaption(fields) } : node
        }),
      },
    }
    const draft = translationDraft(
      { ...source, hero: source.hero && withCaption(source.hero), body: body as Body },
      edition.code,
      source.updatedAt,
    )
    // The group and source links are the server's to set: created with access overridden, as this person.
    return payload.create({
      collection: 'articles',
      data: { ...draft, _status: 'draft' } as never,
      draft: true,
      user,
      overrideAccess: true,
      depth: 0,
    })
  })
  const settled = run.catch(() => undefined)
  lanes.set(key, settled)
  try {
    return await run
  } finally {
    if (lanes.get(key) === settled) lanes.delete(key)
  }
}

export type TranslationStatus = {
  /** Every story of the group, this one included, with its language and where its review stands. */
  editions: { id: number | string; language: string; headline: string; state: string | null }[]
  /** The site's languages that the group has no story in yet. */
  missing: { code: string; name: string }[]
  source: { id: number | string; headline: string; language: string } | null
  /** The source's published texts changed since the revision the translation was made from. */
  sourceChanged: boolean
  changes: SourceChange[]
}

/**
 * Whether a translation's source has published changes to its texts since the translation was made, and which:
 * the source revision it was made from against the source as readers see it now.
 */
export async function translationStatus(
  payload: Payload,
  id: number | string,
  user: PayloadRequest['user'],
): Promise<TranslationStatus> {
  if (!user) throw refusal('login_required', 'Log in to see a translation’s source.')
  const translation = await latestRevision(payload, id, user)
  if (!translation) throw refusal('not_found', `No article with id ${String(id).slice(0, 40)}.`)
  const req = await createLocalReq({ user }, payload)
  const { editions: languages, defaultLanguage } = await siteEditions(req)
  const members = await groupMembers(payload, translationGroupOf(translation))
  const editions = members.map((m) => ({
    id: m.id,
    language: storyLanguage(m, defaultLanguage),
    headline: m.headline,
    state: m.workflowState ?? null,
  }))
  const missing = languages.filter((l) => !editions.some((e) => e.language === l.code))
  const none: TranslationStatus = { editions, missing, source: null, sourceChanged: false, changes: [] }
  if (!translation.translatedFrom) return none
  const found = (await sourceChangesOf(payload, [translation])).get(String(translation.id))
  if (!found) return none
  const { live, changes } = found
  return {
    ...none,
    source: { id: live.id, headline: live.headline, language: live.language ?? '' },
    sourceChanged: changes.length > 0,
    changes,
  }
}

type Linked = { id: number | string; translatedFrom?: string | null; translatedFromRevision?: string | null }

/**
 * For each translation, its source as readers have it and what the source's translated texts gained and lost
 * since the revision the translation was made from (nothing until that source is published again). Two reads
 * for any number of translations: the live sources, and the revisions they were made from.
 */
export async function sourceChangesOf(payload: Payload, translations: Linked[]) {
  const result = new Map<string, { live: Article; changes: SourceChange[] }>()
  const linked = translations.filter((t) => t.translatedFrom && t.translatedFromRevision)
  if (!linked.length) return result
  const sourceIds = [...new Set(linked.map((t) => t.translatedFrom!))]
  const [live, then] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { id: { in: sourceIds } },
      draft: false,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    }),
    payload.findVersions({
      collection: 'articles',
      where: {
        or: linked.map((t): Where => ({
          and: [
            { parent: { equals: t.translatedFrom } },
            { 'version.updatedAt': { equals: t.translatedFromRevision } },
          ],
        })),
      },
      limit: linked.length * 2,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  for (const t of linked) {
    const source = live.docs.find((d) => String(d.id) === String(t.translatedFrom))
    if (!source) continue
    const from = then.docs.find(
      (v) => String(v.parent) === String(t.translatedFrom) && v.version.updatedAt === t.translatedFromRevision,
    )?.version
    const republished = source._status === 'published' && source.updatedAt > String(t.translatedFromRevision)
    result.set(String(t.id), { live: source, changes: from && republished ? sourceChanges(from, source) : [] })
  }
  return result
}
