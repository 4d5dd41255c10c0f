import { stemmer } from 'stemmer'

import { idOf } from '../relations'
import { releaseTimeOf, zonedWallTimeToInstant } from '../time'

/**
 * Full-text search over published stories, database-neutral: text and queries are cut into the same index terms here,
 * and each database's full-text index stores and matches those terms (SQLite FTS5, MongoDB's text index). Neither
 * database's own tokeniser segments Chinese, so terms are made before they reach it.
 *
 * - Latin-script and other spaced words: lower-cased, accents dropped, English-stemmed ("typhoons" → "typhoon").
 * - Chinese, Japanese and Korean runs: overlapping two-character terms ("防波堤" → "防波 波堤"), so any query of two
 *   or more characters matches wherever its characters stand together. A lone character is its own term.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const CJK_RUNS =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/gu
const WORDS = /[\p{L}\p{N}]+/gu

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    // A possessive is the word itself: "Kong's harbour" matches the phrase "Kong harbour".
    .replace(/['’]s\b/gu, '')

function cjkTerms(run: string): string[] {
  const chars = [...run]
  if (chars.length === 1) return chars
  return chars.slice(1).map((c, i) => chars[i] + c)
}

const wordTerm = (word: string) => (/^\p{Script=Latin}+$/u.test(word) ? stemmer(word) : word)

/** Index terms of a text, in order (a phrase is a run of consecutive terms). */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  for (const [word] of fold(text).matchAll(WORDS)) {
    if (!CJK.test(word)) {
      terms.push(wordTerm(word))
      continue
    }
    for (const [, cjk, other] of word.matchAll(CJK_RUNS)) terms.push(...(cjk ? cjkTerms(cjk) : [wordTerm(other)]))
  }
  return terms
}

/** What an index row stores for a text: its terms, space-separated (both engines split on spaces). */
export const indexedText = (text: string | null | undefined) => indexTerms(text ?? '').join(' ')

/**
 * A reader's query: every group must match. A quoted part ("…", “…”, 「…」) is a phrase; an unquoted word is a group
 * of its own (a hyphenated word or a Chinese run is still one group: its terms must stand together).
 */
export type SearchQuery = { groups: string[][] }

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g
/** Words that match nearly every English story: dropped from unquoted queries that have other words. */
const STOPWORDS = new Set(
  'a an and are as at be by for from has in is it of on or that the to was were will with'.split(' '),
)
export const MAX_QUERY_GROUPS = 8

export function parseSearchQuery(query: string): SearchQuery {
  const groups: string[][] = []
  const seen = new Set<string>()
  const add = (terms: string[]) => {
    const key = terms.join(' ')
    if (!terms.length || seen.has(key)) return
    seen.add(key)
    groups.push(terms)
  }
  const unquoted = query.slice(0, 500).replace(QUOTED, (_, ...parts: (string | undefined)[]) => {
    add(indexTerms(parts.slice(0, 4).find((p) => p !== undefined) ?? ''))
    return ' '
  })
  const words = unquoted.split(/\s+/).filter((w) => indexTerms(w).length)
  const meaningful = words.filter((w) => !STOPWORDS.has(fold(w).replace(/[^\p{L}]/gu, '')))
  for (const word of meaningful.length || groups.length ? meaningful : words) add(indexTerms(word))
  return { groups: groups.slice(0, MAX_QUERY_GROUPS) }
}

/** The query as an FTS5 MATCH expression: each group a quoted phrase, all of them required. */
export const ftsMatch = (query: SearchQuery) => query.groups.map((terms) => `"${terms.join(' ')}"`).join(' AND ')

/**
 * The query as a MongoDB `$text` search string: each group a quoted phrase (several phrases must all match). Terms
 * are letters and digits only, so nothing in them can break out of the quotes.
 */
export const mongoTextSearch = (query: SearchQuery) => query.groups.map((terms) => `"${terms.join(' ')}"`).join(' ')

/** Relative weight of a match in each field; the headline counts most. */
export const FIELD_WEIGHTS = { headline: 10, deck: 3, body: 1 } as const

export type SnippetPart = { text: string; hit: boolean }

/**
 * A passage of the story around the first place most of the query's words occur, split into plain and matching parts
 * for highlighting. Matching is by index term, so "typhoons" highlights for "typhoon" and Chinese by characters.
 */
export function snippet(text: string, query: SearchQuery, maxChars = 220): SnippetPart[] {
  const wanted = new Set(query.groups.flat())
  if (!text || !wanted.size) return text ? [{ text: text.slice(0, maxChars), hit: false }] : []
  // Every word or CJK character of the text, with its offsets, marked when it belongs to a matching term.
  const tokens: { start: number; end: number; hit: boolean }[] = []
  for (const m of text.matchAll(WORDS)) {
    const word = m[0]
    const start = m.index
    if (!CJK.test(word)) {
      tokens.push({ start, end: start + word.length, hit: wanted.has(indexTerms(word)[0] ?? '') })
      continue
    }
    const chars = [...word]
    let offset = start
    const spans = chars.map((c) => {
      const span = { start: offset, end: offset + c.length, hit: false }
      offset += c.length
      return span
    })
    const folded = chars.map((c) => fold(c))
    folded.forEach((c, i) => {
      if (wanted.has(c)) spans[i].hit = true
      if (i + 1 < folded.length && wanted.has(c + folded[i + 1])) spans[i].hit = spans[i + 1].hit = true
    })
    tokens.push(...spans)
  }
  const firstHit = tokens.findIndex((t) => t.hit)
  let from = firstHit === -1 ? 0 : Math.max(0, tokens[firstHit].start - Math.floor(maxChars / 4))
  // Start on a word boundary.
  if (from > 0) from = tokens.find((t) => t.start >= from)?.start ?? from
  const limit = Math.min(text.length, from + maxChars)
  // End on a word boundary too (a word or character that would be cut is left out).
  const to = limit === text.length ? limit : (tokens.findLast((t) => t.end <= limit)?.end ?? limit)
  const parts: SnippetPart[] = []
  let at = from
  for (const t of tokens) {
    if (!t.hit || t.start < from || t.end > to) continue
    if (t.start > at) parts.push({ text: text.slice(at, t.start), hit: false })
    const last = parts.at(-1)
    if (last?.hit && t.start === at) last.text += text.slice(t.start, t.end)
    else parts.push({ text: text.slice(t.start, t.end), hit: true })
    at = t.end
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false })
  if (from > 0) parts.unshift({ text: '… ', hit: false })
  if (to < text.length) parts.push({ text: ' …', hit: false })
  return parts
}

/** A published story as its index row holds it: terms per field for matching, the plain text for snippets. */
export type SearchRow = {
  id: number | string
  headline: string
  deck: string
  body: string
  plain: string
  language: string
  section: string | null
  releasedAt: string
}

export function searchRow(article: {
  id: number | string
  headline?: string | null
  deck?: string | null
  searchText?: string | null
  language?: string | null
  section?: unknown
  releasedAt?: string | null
  firstPublishedAt?: string | null
  updatedAt?: string | null
}): SearchRow {
  const sectionId = idOf(article.section)
  return {
    id: article.id,
    headline: indexedText(article.headline),
    deck: indexedText(article.deck),
    body: indexedText(article.searchText),
    plain: article.searchText ?? '',
    language: article.language ?? '',
    section: sectionId == null ? null : String(sectionId),
    releasedAt: releaseTimeOf(article),
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The start of a calendar day (YYYY-MM-DD) in the publication's zone, or null when it is not a real date. */
function dayStart(text: string, timeZone: string, addDays = 0): string | null {
  const m = DAY.exec(text)
  if (!m) return null
  const [year, month, day] = [+m[1], +m[2], +m[3]]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  const next = new Date(Date.UTC(year, month - 1, day + addDays))
  return zonedWallTimeToInstant(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  ).toISOString()
}

/**
 * A reader's filters from the search form: a section slug and an inclusive range of days in the publication's zone.
 * What cannot be understood is named in `problems` and left out of the search, never guessed at.
 */
export function searchFilters(
  input: { section?: string; from?: string; to?: string },
  sections: { id: number | string; slug: string }[],
  timeZone: string,
): { filters: { section: string | null; from: string | null; to: string | null }; problems: string[] } {
  const problems: string[] = []
  const section = input.section ? sections.find((s) => s.slug === input.section) : undefined
  if (input.section && !section) problems.push(`There is no section “${input.section.slice(0, 60)}”.`)
  const from = input.from ? dayStart(input.from, timeZone) : null
  const to = input.to ? dayStart(input.to, timeZone, 1) : null
  for (const [name, text, value] of [
    ['From', input.from, from],
    ['To', input.to, to],
  ] as const) {
    if (text && !value) problems.push(`${name} must be a date written YYYY-MM-DD.`)
  }
  const backwards = from !== null && to !== null && from >= to
  if (backwards) problems.push('The range ends before it starts.')
  return {
    filters: { section: section ? String(section.id) : null, from: backwards ? null : from, to: backwards ? null : to },
    problems,
  }
}
