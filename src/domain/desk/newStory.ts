import { type LexicalDocument, plainText } from '../richtext/body'

/**
 * A story nobody has written anything into yet: Payload makes the document as soon as "Create New" opens (its
 * autosave needs an id), and one left like that is junk, not work. Anything typed or chosen makes it a story.
 */
export type StoryDraft = {
  headline?: unknown
  displayHeadline?: unknown
  deck?: unknown
  body?: unknown
  hero?: { photo?: unknown } | null
  relatedLinks?: unknown[] | null
  workflowSeq?: number | null
  firstPublishedAt?: unknown
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && !v.trim())

export function isUntouchedStory(doc: StoryDraft): boolean {
  return (
    blank(doc.headline) &&
    blank(doc.displayHeadline) &&
    blank(doc.deck) &&
    !plainText(doc.body as LexicalDocument).trim() &&
    !(doc.body as LexicalDocument | null)?.root?.children?.some((n) => n.type === 'block') &&
    blank(doc.hero?.photo) &&
    !(doc.relatedLinks ?? []).length &&
    !Number(doc.workflowSeq ?? 0) &&
    blank(doc.firstPublishedAt)
  )
}

/**
 * How long a story nobody wrote in may sit before the sweep removes it: longer than anyone leaves "Create New"
 * open before typing, short enough that a killed tab's leftovers do not pile up.
 */
export const UNTOUCHED_STORY_GRACE_MS = 6 * 3600_000
