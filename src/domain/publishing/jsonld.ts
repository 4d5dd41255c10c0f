/** schema.org NewsArticle for an article page, and a safe way to put it in a <script> element. */
export type JsonLdArticle = {
  url: string
  headline: string
  description?: string | null
  images: string[]
  datePublished: string
  dateModified: string
  authors: { name: string; kind: 'Person' | 'Organization' }[]
  publisher: { name: string; url: string }
  section?: string | null
  keywords?: string[]
  language: string
}

/** Bylines such as "The editorial department of Qiushi magazine" are organisations, not people. */
export function bylineKind(name: string): 'Person' | 'Organization' {
  return /\b(department|desk|staff|agency|magazine|newspaper|editorial|bureau|team|times|news|press|reporters)\b/i.test(
    name,
  )
    ? 'Organization'
    : 'Person'
}

export function newsArticleJsonLd(a: JsonLdArticle): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline.slice(0, 110),
    ...(a.description ? { description: a.description } : {}),
    ...(a.images.length ? { image: a.images } : {}),
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    author: a.authors.map((p) => ({ '@type': p.kind, name: p.name })),
    publisher: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.keywords?.length ? { keywords: a.keywords.join(', ') } : {}),
    inLanguage: a.language,
  }
}

/** JSON inside <script> must not be able to close it: <, >, & and line separators are written as escapes. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
