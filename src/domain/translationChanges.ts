import { typedTexts, wordDiff } from './conflict'

/** The texts a translator translates; a change to anything else (a tag, a picture's crop) needs no new translation. */
const TRANSLATED_TEXTS = ['headline', 'displayHeadline', 'deck', 'hero', 'body'] as const

export type SourceChange = { path: string; parts: { text: string; change: 'same' | 'removed' | 'added' }[] }

/** What the source's translated texts lost and gained between two of its revisions, word by word, per field. */
export function sourceChanges(then: unknown, now: unknown): SourceChange[] {
  const texts = (doc: unknown) =>
    typedTexts(Object.fromEntries(TRANSLATED_TEXTS.map((k) => [k, (doc as Record<string, unknown>)?.[k] ?? null])))
  const [before, after] = [texts(then), texts(now)]
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => (before.get(path) ?? '') !== (after.get(path) ?? ''))
    .map((path) => ({
      path,
      parts: wordDiff(before.get(path) ?? '', after.get(path) ?? '').map(({ text, side }) => ({
        text,
        change: side === 'both' ? ('same' as const) : side === 'theirs' ? ('removed' as const) : ('added' as const),
      })),
    }))
}
