/** What an article shows besides itself: it may go live only when all of these are approved or already live. */
export type Bundle = {
  photos: Id[]
  captions: Id[]
  'related-links': Id[]
  /** Photos this article captions in its own text (reviewed with the article). */
  captionedHere: Id[]
}
import { type Id, idOf } from '../relations.ts'

type PhotoUse = { photo?: unknown; caption?: unknown; captionText?: unknown }
type ArticleLike = {
  hero?: PhotoUse | null
  body?: { root?: { children?: Array<{ type?: string; fields?: PhotoUse }> } } | null
  relatedLinks?: unknown[] | null
}

export function articleBundle(article: ArticleLike): Bundle {
  const photos = new Set<Id>()
  const captions = new Set<Id>()
  const add = (set: Set<Id>, v: unknown) => {
    const id = idOf(v)
    if (id !== null) set.add(id)
  }
  const captionedHere = new Set<Id>()
  const use = (u: PhotoUse | null | undefined) => {
    add(photos, u?.photo)
    add(captions, u?.caption)
    if (typeof u?.captionText === 'string' && u.captionText.trim()) add(captionedHere, u.photo)
  }
  use(article.hero)
  for (const node of article.body?.root?.children ?? []) if (node.type === 'block') use(node.fields)
  const links = new Set<Id>()
  for (const l of article.relatedLinks ?? []) add(links, l)
  return {
    photos: [...photos],
    captions: [...captions],
    'related-links': [...links],
    captionedHere: [...captionedHere],
  }
}
