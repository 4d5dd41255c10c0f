import type { Payload, Where } from 'payload'

import { articlePath, storyLanguage, translationGroupOf } from '../../domain/editions'
import { translationGroupTag } from '../../domain/publishing/cacheTags'
import { recordPageTags } from '../cache/bridge'
import { published, uncounted } from './reader'

export type PublishedEditionOf = {
  id: number | string
  language: string
  path: string
  headline: string
  isSource: boolean
}

type EditionFields = {
  id: number | string
  slug?: string | null
  language?: string | null
  headline: string
  translationGroup?: unknown
}

const editionOf = (m: EditionFields, defaultLanguage: string): PublishedEditionOf => {
  const language = storyLanguage(m, defaultLanguage)
  return {
    id: m.id,
    language,
    path: articlePath(m.slug ?? String(m.id), language, defaultLanguage),
    headline: m.headline,
    isSource: !m.translationGroup,
  }
}

/** Most stories are never translated: how to tell them apart without reading each one's group. */
export type TranslatedStories = {
  /** Published stories that are a translation or have a published one (null: too many to hold; ask every time). */
  ids: Set<string> | null
}

const TRANSLATED_HELD_AT_MOST = 50_000

/** The published stories of every translation group with a published translation: its source and translations. */
export async function translatedStories(payload: Payload): Promise<TranslatedStories> {
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: true,
    draft: false,
    ...uncounted,
    where: published({ translationGroup: { exists: true } }),
    select: { translationGroup: true },
    depth: 0,
    limit: TRANSLATED_HELD_AT_MOST + 1,
  })
  if (docs.length > TRANSLATED_HELD_AT_MOST) return { ids: null }
  return { ids: new Set(docs.flatMap((d) => [String(d.id), String(d.translationGroup)])) }
}

/**
 * The published editions of stories the caller has read (published ones), where a story that is in no translation
 * group is its only edition: no query for it, the same answer and the same purge tag as `publishedEditions`.
 */
export async function editionsOfRead(
  payload: Payload,
  stories: Omit<EditionFields, 'translationGroup'>[],
  defaultLanguage: string,
  translated: TranslatedStories,
): Promise<Map<string, PublishedEditionOf[]>> {
  const inGroup = (s: { id: number | string }) => !translated.ids || translated.ids.has(String(s.id))
  const grouped = stories.filter(inGroup)
  const result = grouped.length
    ? await publishedEditions(
        payload,
        grouped.map((s) => s.id),
        defaultLanguage,
      )
    : new Map<string, PublishedEditionOf[]>()
  const alone = stories.filter((s) => !inGroup(s))
  recordPageTags(...alone.map((s) => translationGroupTag(String(s.id))))
  for (const s of alone) result.set(String(s.id), [editionOf(s, defaultLanguage)])
  return result
}

/**
 * For each given story, the published editions of its translation group (itself included), as readers may see
 * them: an edition that is not live is never named. Pages that show these are refreshed when any edition of the
 * group is published or taken down.
 */
export async function publishedEditions(
  payload: Payload,
  ids: (number | string)[],
  defaultLanguage: string,
): Promise<Map<string, PublishedEditionOf[]>> {
  const result = new Map<string, PublishedEditionOf[]>()
  if (!ids.length) return result
  const fields = { language: true, translationGroup: true, slug: true, headline: true } as const
  // The group is staff-only as a field (readers never receive it); it is read here to join published editions,
  // and only their addresses leave this function. The public filter stays explicit.
  const groupReader = { overrideAccess: true, draft: false } as const
  const stories = await payload.find({
    collection: 'articles',
    ...groupReader,
    ...uncounted,
    where: published({ id: { in: ids } }),
    select: fields,
    depth: 0,
    limit: ids.length,
  })
  const groups = [...new Set(stories.docs.map(translationGroupOf))]
  recordPageTags(...groups.map(translationGroupTag))
  // A group is its source story (the group's id) and the translations naming it. Two queries, not one with `or`:
  // SQLite cannot use the id and group indexes for an `or` beside the status, and scanned every published story
  // (their bodies included) on every article page.
  const membersWhere = (where: Where, perGroup: number) =>
    payload
      .find({
        collection: 'articles',
        ...groupReader,
        ...uncounted,
        where: published(where),
        select: fields,
        depth: 0,
        limit: groups.length * perGroup,
      })
      .then((found) => found.docs)
  const groupIds = new Set(groups.map(String))
  // A story that is its group's source was read above already.
  const readSources = stories.docs.filter((s) => groupIds.has(String(s.id)))
  const unreadSources = groups.filter((g) => !readSources.some((s) => String(s.id) === String(g)))
  const [sources, translations] = await Promise.all([
    unreadSources.length ? membersWhere({ id: { in: unreadSources } }, 1) : [],
    // A group holds one story per language; a publication has a handful of languages.
    membersWhere({ translationGroup: { in: groups } }, 16),
  ])
  const members = new Map([...readSources, ...sources, ...translations].map((m) => [String(m.id), m]))
  const byGroup = new Map<string, PublishedEditionOf[]>()
  for (const m of members.values()) {
    const group = translationGroupOf(m)
    byGroup.set(group, [...(byGroup.get(group) ?? []), editionOf(m, defaultLanguage)])
  }
  for (const s of stories.docs) result.set(String(s.id), byGroup.get(translationGroupOf(s)) ?? [])
  return result
}
