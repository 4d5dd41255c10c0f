/**
 * Readable URL slugs for any script. Latin text is folded to ASCII (é → e); letters and digits of
 * other scripts (Chinese, Cyrillic, Arabic…) are kept as they are, because a transliteration would be
 * less readable to the audience of that language than the original characters.
 */
export const SLUG_MAX_LENGTH = 96

export function slugify(input: string, maxLength = SLUG_MAX_LENGTH): string {
  const folded = input
    .normalize('NFKD')
    // Strip combining marks only after Latin letters, so that Devanagari or Thai vowel signs survive.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
  const parts = folded.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)
  let slug = ''
  for (const part of parts) {
    const next = slug ? `${slug}-${part}` : part
    if ([...next].length > maxLength) {
      if (!slug) slug = [...part].slice(0, maxLength).join('')
      break
    }
    slug = next
  }
  return slug
}

export function isValidSlug(slug: string): boolean {
  return /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u.test(slug) && [...slug].length <= SLUG_MAX_LENGTH
}

/** Appends -2, -3… until `taken` says the candidate is free. */
export async function uniqueSlug(base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = base || 'untitled'
  if (!(await taken(root))) return root
  for (let n = 2; n < 1000; n++) {
    const candidate = `${root}-${n}`
    if (!(await taken(candidate))) return candidate
  }
  throw new Error(`No free slug found for "${root}"`)
}

/** The base a slug is made from when none is given: the source text's, or "untitled" for an empty one. */
export const slugBase = (source: string | null | undefined): string => slugify(String(source ?? '')) || 'untitled'

/**
 * Whether a stored slug was made from the stored source text (its base, or its base with a "-2"-style suffix for
 * uniqueness) rather than typed by hand: such a slug may follow the source while the story is unpublished.
 */
export function isDerivedSlug(slug: string, source: string | null | undefined): boolean {
  const base = slugBase(source)
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)))
}
