/**
 * One byline rule for every output (page, JSON-LD, feeds, ninjs): a free-text byline, when the desk writes one,
 * replaces the authors' names — it is written for a reason (an agency, a department, a translated credit); otherwise
 * the article's authors. Never both, so a reader never sees the same person twice.
 */
export type Byline<A> = { kind: 'text'; text: string } | { kind: 'authors'; authors: A[] } | { kind: 'none' }

export function bylineOf<A>(authors: readonly A[], bylineText: string | null | undefined): Byline<A> {
  const text = bylineText?.trim()
  if (text) return { kind: 'text', text }
  return authors.length ? { kind: 'authors', authors: [...authors] } : { kind: 'none' }
}

/** The byline as names, in order: what feeds and exchange formats print. */
export function bylineNames<A extends { name?: string | null }>(
  authors: readonly A[],
  bylineText: string | null | undefined,
): string[] {
  const byline = bylineOf(authors, bylineText)
  if (byline.kind === 'text') return [byline.text]
  if (byline.kind === 'authors') return byline.authors.map((a) => a.name?.trim()).filter((n): n is string => Boolean(n))
  return []
}
