/**
 * Text as people meant to type it. Pasted copy brings invisible characters that change what a reader sees or
 * what a program reads: bidirectional overrides (a headline shown reversed), NULs (databases and C libraries cut
 * the text there), other control characters and zero-width spaces. They are removed and the text is put in
 * Unicode's composed form (NFC), so the same words are always the same bytes (search, slugs, duplicates).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
// C0 controls except tab and line breaks, DEL, C1 controls, zero-width space, BOM. ZWJ/ZWNJ (U+200C/D) stay:
// Persian, Indic scripts and emoji need them.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/g

export function cleanText(value: string, { multiline }: { multiline: boolean }): string {
  const cleaned = value.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').normalize('NFC')
  // A single-line field keeps a single line (a pasted line break becomes a space).
  return multiline ? cleaned.replace(/\r\n?/g, '\n') : cleaned.replace(/[\t\r\n]+/g, ' ')
}

/** Alphabets whose letters look alike (Latin "o", Cyrillic "о", Greek "ο"). */
const CONFUSABLE_SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const
const SCRIPT_PATTERNS = CONFUSABLE_SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const)
/** Non-Latin letters that pass for Latin ones in a lower-case address. */
const PASSES_FOR_LATIN = new Set([...'аеорсухіјһѕԁԛԝӏοαικνρτυχԁ'])

function scriptsIn(text: string): string[] {
  const found = new Set<string>()
  for (const char of text) {
    for (const [name, pattern] of SCRIPT_PATTERNS) if (pattern.test(char)) found.add(name)
  }
  return [...found]
}

/**
 * Why a slug could pass for another address, or null. A word mixing look-alike alphabets ("publicоk" with a
 * Cyrillic "о") is refused, and so is a word written wholly in look-alike letters of another alphabet beside
 * Latin words ("рор-news"). Words of different alphabets side by side ("путин-meets-biden") are fine.
 */
export function lookAlikeProblem(slug: string): string | null {
  const words = slug.split('-').filter(Boolean)
  for (const word of words) {
    const scripts = scriptsIn(word)
    if (scripts.length > 1) return `"${word}" mixes ${scripts.join(' and ')} letters that look alike`
  }
  if (scriptsIn(slug).includes('Latin')) {
    const impostor = words.find(
      (w) =>
        !scriptsIn(w).includes('Latin') &&
        [...w].some((c) => /\p{L}/u.test(c)) &&
        [...w].every((c) => !/\p{L}/u.test(c) || PASSES_FOR_LATIN.has(c)),
    )
    if (impostor) return `"${impostor}" is written in letters that pass for Latin ones`
  }
  return null
}
