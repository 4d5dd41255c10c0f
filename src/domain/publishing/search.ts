/** Search over published stories: terms from a query, and a relevance score for each candidate. */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .normalize('NFKC')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length >= 2 || /\p{Script=Han}/u.test(t)),
    ),
  ].slice(0, 8)
}

const count = (haystack: string, needle: string) => {
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++
  return n
}

export type Searchable = { headline: string; deck?: string | null; body?: string | null; published: string }

/** Headline matches weigh most, then the deck, then the body (capped, so long stories do not win by length). */
export function relevance(doc: Searchable, terms: string[]): number {
  const headline = doc.headline.toLowerCase()
  const deck = (doc.deck ?? '').toLowerCase()
  const body = (doc.body ?? '').toLowerCase()
  let score = 0
  for (const t of terms) {
    const h = count(headline, t)
    const d = count(deck, t)
    const b = Math.min(count(body, t), 5)
    if (!h && !d && !b) return 0
    score += h * 20 + d * 4 + b
  }
  return score
}

export function rank<T extends Searchable>(docs: T[], terms: string[]): T[] {
  return docs
    .map((doc) => ({ doc, score: relevance(doc, terms) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.doc.published.localeCompare(a.doc.published))
    .map((r) => r.doc)
}
