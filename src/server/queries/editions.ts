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
    const language = storyLanguage(m, defaultLanguage)
    const edition = {
      id: m.id,
      language,
      path: articlePath(m.slug ?? String(m.id), language, defaultLanguage),
      headline: m.headline,
      isSource: !m.translationGroup,
    }
    byGroup.set(group, [...(byGroup.get(group) ?? []), edition])
  }
  for (const s of stories.docs) result.set(String(s.id), byGroup.get(translationGroupOf(s)) ?? [])
  return result
}
