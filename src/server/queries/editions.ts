import type { Payload } from 'payload'

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
  const members = await payload.find({
    collection: 'articles',
    ...groupReader,
    ...uncounted,
    where: published({ or: [{ id: { in: groups } }, { translationGroup: { in: groups } }] }),
    select: fields,
    depth: 0,
    // A group holds one story per language; a publication has a handful of languages.
    limit: groups.length * 16,
  })
  const byGroup = new Map<string, PublishedEditionOf[]>()
  for (const m of members.docs) {
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
