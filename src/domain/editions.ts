/**
 * Editions: the languages a publication publishes in. A translation is a story of its own (own workflow, slug,
 * byline, release time, corrections) linked to its source in a translation group, as Superdesk models it. The
 * group is named by the source's id, so making a translation never writes to a (possibly live) source.
 *
 * Addresses: the publication's default language keeps the plain paths (/, /news/<slug>, /feed.xml); every other
 * edition lives under its language (/zh, /zh/news/<slug>, /zh/feed.xml).
 */

export type Edition = { code: string; name: string }

export const DEFAULT_EDITIONS: Edition[] = [
  { code: 'en', name: 'English' },
  { code: 'zh', name: '中文' },
]

/** The BCP 47 shapes a newsroom uses: "en", "zh", "zh-Hant", "pt-BR". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** An edition path segment: two letters, optionally a region or script ("zh", "zh-hant"); never a site path. */
export const EDITION_SEGMENT_PATTERN = '[a-z]{2}(?:-[a-z0-9]{2,8})?'
export const EDITION_SEGMENT = new RegExp(`^${EDITION_SEGMENT_PATTERN}$`)

export type TranslatableStory = {
  id: number | string
  language?: string | null
  translationGroup?: string | null
}

/** A story's language; stories from before editions are in the publication's default language. */
export const storyLanguage = (story: { language?: string | null }, defaultLanguage: string) =>
  story.language || defaultLanguage

/** The translation group a story belongs to: its source's id for a translation, its own id for a source. */
export const translationGroupOf = (story: TranslatableStory) => story.translationGroup || String(story.id)

/** Where an edition's pages start: nothing for the default language, "/zh" for Chinese. */
export const editionPrefix = (language: string, defaultLanguage: string) =>
  language === defaultLanguage ? '' : `/${language.toLowerCase()}`

/** The edition a path segment names, among the publication's languages (case-insensitive), or null. */
export function editionOf(segment: string, editions: Edition[], defaultLanguage: string): Edition | null {
  const wanted = segment.toLowerCase()
  if (!EDITION_SEGMENT.test(wanted)) return null
  const found = editions.find((e) => e.code.toLowerCase() === wanted)
  // The default edition has the plain paths; "/en/…" is not a second address for it.
  return found && found.code !== defaultLanguage ? found : null
}

export const articlePath = (slug: string, language: string, defaultLanguage: string) =>
  `${editionPrefix(language, defaultLanguage)}/news/${encodeURIComponent(slug)}`

export type PublishedEdition = { language: string; url: string; isSource: boolean }

/**
 * The `hreflang` alternates of a story's published editions (the caller passes only what readers can see): one
 * per language, and `x-default` for the edition in the publication's language, else the source. A story with no
 * published translation has none: there is nothing to choose between.
 */
export function hreflangAlternates(editions: PublishedEdition[], defaultLanguage: string): Record<string, string> {
  const byLanguage = new Map<string, PublishedEdition>()
  for (const e of editions) if (!byLanguage.has(e.language) || e.isSource) byLanguage.set(e.language, e)
  if (byLanguage.size < 2) return {}
  const all = [...byLanguage.values()]
  const fallback = byLanguage.get(defaultLanguage) ?? all.find((e) => e.isSource) ?? all[0]
  return { ...Object.fromEntries(all.map((e) => [e.language, e.url])), 'x-default': fallback!.url }
}

/** Dates as readers of the language write them: "14 April 2024, 12:48", "2024年4月14日 12:48". */
export const dateLocale = (language: string) => (language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-GB')

/** The structure a translation starts from: the source's text to translate, pictures, links and taxonomy. */
export function translationDraft<S extends Record<string, unknown> & TranslatableStory>(
  source: S,
  language: string,
  sourceRevision: string,
) {
  return {
    headline: source.headline,
    displayHeadline: source.displayHeadline ?? null,
    deck: source.deck ?? null,
    hero: source.hero ?? null,
    body: source.body ?? null,
    relatedLinks: source.relatedLinks ?? [],
    section: source.section ?? null,
    tags: source.tags ?? [],
    bylineText: source.bylineText ?? null,
    sourceUrl: source.sourceUrl ?? null,
    slug: typeof source.slug === 'string' ? `${source.slug}-${language.toLowerCase()}` : undefined,
    language,
    translationGroup: translationGroupOf(source),
    translatedFrom: String(source.id),
    translatedFromRevision: sourceRevision,
  }
}
