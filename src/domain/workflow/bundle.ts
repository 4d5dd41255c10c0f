/** What an article shows besides itself: it may go live only when all of these are approved or already live. */
export type Bundle = { photos: Id[]; captions: Id[]; 'related-links': Id[] }
import { type Id, idOf } from '../relations.ts'

type ArticleLike = {
  hero?: { photo?: unknown; caption?: unknown } | null
  body?: { root?: { children?: Array<{ type?: string; fields?: { photo?: unknown; caption?: unknown } }> } } | null
  relatedLinks?: unknown[] | null
}

export function articleBundle(article: ArticleLike): Bundle {
  const photos = new Set<Id>()
  const captions = new Set<Id>()
  const add = (set: Set<Id>, v: unknown) => {
    const id = idOf(v)
    if (id !== null) set.add(id)
  }
  add(photos, article.hero?.photo)
  add(captions, article.hero?.caption)
  for (const node of article.body?.root?.children ?? []) {
    if (node.type !== 'block') continue
    add(photos, node.fields?.photo)
    add(captions, node.fields?.caption)
  }
  const links = new Set<Id>()
  for (const l of article.relatedLinks ?? []) add(links, l)
  return { photos: [...photos], captions: [...captions], 'related-links': [...links] }
}
