/**
 * Parser for plain-text articles copied from news web pages (the family of the seed article): headline,
 * "Release time:" line, display headline, byline, then the body with section headings, pull quotes,
 * "——" bullets, photo slots (the scrape left the headline where each image was), captions with credits,
 * and a related-links block at the end. Pure: text in, structure and warnings out.
 */
import { type ParsedCredit, splitCaption } from '../credits/parseCredit'

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number }

/**
 * How sure the importer is that a line is a caption: `high` when it carries a credit or says it shows a picture,
 * `medium` when only its place (right after a photo slot) and its shape (one short descriptive sentence) say so.
 */
export type CaptionConfidence = 'high' | 'medium'

export type ParsedCaption = { text: string; credit?: ParsedCredit; line: number; confidence: CaptionConfidence }

export type ParsedBlock =
  | { kind: 'paragraph'; text: string; line: number; truncated?: boolean }
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'quote'; text: string; line: number }
  | { kind: 'bullet'; text: string; line: number }
  | { kind: 'photo'; alt: string; line: number; caption?: ParsedCaption }

export type ParsedRelatedLink = { title: string; tags: string[]; summary: string; line: number }

export type ParseWarning = { line: number; message: string }

export type ParsedArticle = {
  headline: string
  /** The page's language, by its script: 'zh' for Chinese pages, else 'en'. */
  language: 'zh' | 'en'
  displayHeadline?: string
  releaseTime?: WallTime
  byline?: string
  blocks: ParsedBlock[]
  relatedLinks: ParsedRelatedLink[]
  warnings: ParseWarning[]
  counts: {
    headings: number
    quotes: number
    bullets: number
    photoSlots: number
    captions: number
    paragraphs: number
    relatedLinks: number
    /** Lines the scrape repeated from the page furniture (display headline, byline) and that were dropped. */
    runningHeaders: number
  }
}

export class ParseError extends Error {
  override name = 'ParseError'
}

type Line = { text: string; line: number }

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

/** "Apr 14, 2024 12:48 PM", "14 April 2024 12:48", "2024-04-14 12:48", "2024/4/14 12:48", "2024年4月14日 12:48". */
export function parseReleaseTime(text: string): WallTime | undefined {
  const s = text.trim()
  const clock = (h?: string, m?: string, ampm?: string) => {
    let hour = h ? Number(h) : 0
    const minute = m ? Number(m) : 0
    const p = ampm?.toLowerCase().replace(/\./g, '')
    if (p === 'pm' && hour < 12) hour += 12
    if (p === 'am' && hour === 12) hour = 0
    return { hour, minute }
  }
  const valid = (w: WallTime) =>
    w.month >= 1 && w.month <= 12 && w.day >= 1 && w.day <= 31 && w.hour <= 23 && w.minute <= 59 ? w : undefined
  const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?`
  const monthOf = (name: string) => MONTHS[name.slice(0, 4).toLowerCase()] ?? MONTHS[name.slice(0, 3).toLowerCase()]
  let m = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, 'i').exec(s)
  if (m && monthOf(m[1])) return valid({ year: +m[3], month: monthOf(m[1]), day: +m[2], ...clock(m[4], m[5], m[6]) })
  m = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})${TIME}`, 'i').exec(s)
  if (m && monthOf(m[2])) return valid({ year: +m[3], month: monthOf(m[2]), day: +m[1], ...clock(m[4], m[5], m[6]) })
  m = new RegExp(String.raw`^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?${TIME}`, 'i').exec(s)
  if (m) return valid({ year: +m[1], month: +m[2], day: +m[3], ...clock(m[4], m[5], m[6]) })
  return undefined
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const HAN = /\p{Script=Han}/u
/** Mostly Chinese: more Han characters than Latin letters. */
const isChinese = (s: string) => (s.match(/\p{Script=Han}/gu)?.length ?? 0) > (s.match(/[A-Za-z]/g)?.length ?? 0)

/** Words, or for Chinese (written without spaces) pairs of characters: what two lines are compared by. */
const units = (s: string) => {
  const text = normalise(s)
  if (!HAN.test(text)) return text.split(' ')
  const chars = [...text.replace(/\s+/g, '')]
  return chars.slice(1).map((c, i) => chars[i] + c)
}

function similarity(a: string, b: string): number {
  const wa = new Set(units(a))
  const wb = new Set(units(b))
  const shared = [...wa].filter((w) => wb.has(w)).length
  return shared / Math.max(wa.size, wb.size, 1)
}

const BYLINE =
  /^(?:作者|记者|撰文|文)\s*[:：/／]\s*.+|^.{2,30}编辑部$|^(?:the\s+)?editorial\s+(?:department|board|office)\s+of\s+.+|^by\s+.+|^(?:reporter|author|writer|correspondent)s?\s*[:：]\s*.+|^.+\s+(?:reporters?|correspondents?)\s*$|^本报(?:记者)?.+/i
const BULLET = /^(?:——|—|--|•|·|\*)\s*/
const TERMINAL = /[.!?。！？:;：；,，"”'’)）…]$/
const isQuoteWhole = (s: string) => {
  const open = s[0]
  if (open === '“') return s.endsWith('”') && (s.match(/[“”]/g)?.length ?? 0) === 2
  if (open === '"') return s.endsWith('"') && (s.match(/"/g)?.length ?? 0) === 2
  return false
}
/** Past this, a line is a paragraph's worth (Chinese packs a word into a character or two). */
const longLine = (s: string) => s.length > (isChinese(s) ? 30 : 80)
const looksLikeHeading = (s: string) =>
  s.length <= 90 &&
  s.split(/\s+/).length <= 14 &&
  !TERMINAL.test(s) &&
  !BULLET.test(s) &&
  /^[\p{Lu}\p{Lo}\d]/u.test(s) &&
  // A Chinese heading is a short phrase: no clause breaks inside, no more than a line's worth.
  !(isChinese(s) && (longLine(s) || /[，。；、]/.test(s)))
const describesPicture = (s: string) =>
  /\b(?:the (?:picture|photo|image) shows|pictured (?:above|below|here))\b/i.test(s)
/**
 * A caption without a credit, told by its shape: one short sentence saying who does what, where and when
 * ("Dock workers watch the first train arrive on Monday evening."), with no one quoted or reported.
 */
const WHEN =
  /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}|\d{4}年\d{1,2}月\d{1,2}日)/i
const readsLikeCaption = (s: string) =>
  s.split(/\s+/).length <= 40 &&
  /[.。]$/.test(s) &&
  !/[.!?。！？]\s+\S/.test(s.slice(0, -1)) &&
  !/["“”]/.test(s) &&
  !/\b(?:said|says|told|according to|added)\b/i.test(s) &&
  (WHEN.test(s) || /\b(?:photo|picture|image|aerial|drone)\b/i.test(s))

export function parseScrapedArticle(input: string): ParsedArticle {
  if (!input.trim()) throw new ParseError('The file is empty.')
  if (/\u0000/.test(input) || /\uFFFD/.test(input)) {
    throw new ParseError('The file is not readable text (binary data or an encoding other than UTF-8).')
  }
  const lines: Line[] = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text: text.replace(/\s+/g, ' ').trim(), line: i + 1 }))
    .filter((l) => l.text)
  const warnings: ParseWarning[] = []

  const [first, ...rest] = lines
  const headline = first.text
  if (headline.length > 300 || TERMINAL.test(headline.replace(/[?!]$/, ''))) {
    throw new ParseError(`Line ${first.line} does not look like a headline: "${headline.slice(0, 60)}…"`)
  }

  let i = 0
  let releaseTime: WallTime | undefined
  let displayHeadline: string | undefined
  let byline: string | undefined
  // Front matter: release time, display headline and byline, in any order, before the body starts.
  for (let seen = 0; i < rest.length && seen < 4; seen++) {
    const { text, line } = rest[i]
    const release = /^(?:release(?:d)?\s*time|published|date|发布时间)\s*[:：]\s*(.+)$/i.exec(text)
    if (release) {
      releaseTime = parseReleaseTime(release[1])
      if (!releaseTime)
        warnings.push({ line, message: `Release time "${release[1]}" is in a format this importer does not know.` })
      i++
    } else if (!displayHeadline && text !== headline && similarity(text, headline) >= 0.6 && text.length <= 300) {
      displayHeadline = text
      i++
    } else if (!byline && BYLINE.test(text) && text.length <= 160) {
      byline = text
      i++
    } else break
  }
  if (!releaseTime) warnings.push({ line: first.line, message: 'No release time found.' })

  // Related links: title lines printed twice in a row, from the first such pair to the end.
  let relatedStart = rest.length
  for (let j = i; j < rest.length - 1; j++) {
    if (rest[j].text === rest[j + 1].text && rest[j].text !== headline) {
      relatedStart = j
      break
    }
  }
  const relatedLinks: ParsedRelatedLink[] = []
  for (let j = relatedStart; j < rest.length;) {
    const title = rest[j]
    j += rest[j + 1]?.text === title.text ? 2 : 1
    const summary: string[] = []
    while (j < rest.length && !(rest[j].text === rest[j + 1]?.text)) summary.push(rest[j++].text)
    const segments = title.text
      .split(/\s+\|\s+/)
      .map((s) => s.trim())
      .filter(Boolean)
    const main = segments.reduce((a, b) => (b.length > a.length ? b : a), '')
    const tags = [...new Set(segments.filter((s) => s !== main))]
    relatedLinks.push({ title: main, tags, summary: summary.join('\n\n'), line: title.line })
    if (!summary.length)
      warnings.push({ line: title.line, message: `Related link "${main.slice(0, 50)}…" has no summary.` })
  }
  if (relatedLinks.length) {
    warnings.push({
      line: rest[relatedStart].line,
      message: `${relatedLinks.length} related links have no URL in the scrape; add them before publishing.`,
    })
  }

  const blocks: ParsedBlock[] = []
  const captions: ParsedCaption[] = []
  const furniture = new Set([displayHeadline, byline].filter((t): t is string => Boolean(t)).map(normalise))
  let runningHeaders = 0
  /** What the line before was: a photo slot or a caption, which decide what a caption-like line is. */
  let previous: 'slot' | ParsedCaption | null = null
  for (const { text, line } of rest.slice(i, relatedStart)) {
    const before = previous
    previous = null
    if (furniture.has(normalise(text))) {
      runningHeaders++
      warnings.push({ line, message: `Dropped a running header repeated from the page: "${text.slice(0, 60)}".` })
    } else if (normalise(text) === normalise(headline)) {
      blocks.push({ kind: 'photo', alt: text, line })
      previous = 'slot'
    } else if (BULLET.test(text)) {
      blocks.push({ kind: 'bullet', text: text.replace(BULLET, ''), line })
    } else if (isQuoteWhole(text)) {
      blocks.push({ kind: 'quote', text, line })
    } else {
      // A credit at the end marks a caption even when the line is short enough to pass for a heading.
      const split = splitCaption(text)
      const creditOnly = split.credit && !split.text ? split.credit : undefined
      if (creditOnly && before && before !== 'slot' && !before.credit) {
        // The credit printed on its own line under its caption.
        before.credit = creditOnly
        before.confidence = 'high'
      } else if ((split.credit && (split.text || before === 'slot')) || describesPicture(text)) {
        previous = { text: split.text, credit: split.credit, line, confidence: 'high' }
        captions.push(previous)
      } else if (before === 'slot' && readsLikeCaption(text)) {
        previous = { text, line, confidence: 'medium' }
        captions.push(previous)
      } else if (looksLikeHeading(text)) blocks.push({ kind: 'heading', text, line })
      else blocks.push({ kind: 'paragraph', text, line })
    }
  }

  for (const caption of captions.filter((c) => c.confidence === 'medium'))
    warnings.push({
      line: caption.line,
      message: `Read as the caption of the photo above (it describes the picture but carries no credit): "${caption.text.slice(0, 60)}".`,
    })

  // Each caption goes to the nearest photo slot that has none yet, preferring the one before it.
  const slots = blocks.filter((b): b is Extract<ParsedBlock, { kind: 'photo' }> => b.kind === 'photo')
  for (const caption of captions) {
    const free = slots.filter((s) => !s.caption)
    const before = free.filter((s) => s.line < caption.line).pop()
    const after = free.find((s) => s.line > caption.line)
    const target = before ?? after
    if (target) target.caption = caption
    else {
      warnings.push({ line: caption.line, message: 'Caption without a photo slot; kept as a paragraph.' })
      blocks.push({
        kind: 'paragraph',
        text: caption.text + (caption.credit ? ` ${caption.credit.raw}` : ''),
        line: caption.line,
      })
    }
  }
  blocks.sort((a, b) => a.line - b.line)
  for (const slot of slots) {
    if (!slot.caption) warnings.push({ line: slot.line, message: 'Photo slot without a caption.' })
  }

  const last = [...blocks].reverse().find((b) => b.kind === 'paragraph' || b.kind === 'bullet')
  if (last && !TERMINAL.test(last.text) && longLine(last.text)) {
    if (last.kind === 'paragraph') last.truncated = true
    warnings.push({
      line: last.line,
      message: 'The last paragraph ends mid-sentence; the scrape was probably cut off.',
    })
  }

  const count = (k: ParsedBlock['kind']) => blocks.filter((b) => b.kind === k).length
  return {
    headline,
    // Chinese pages of the family go to the Chinese edition; everything else is read as English.
    language: isChinese([headline, ...blocks.map((b) => ('text' in b ? b.text : ''))].join('')) ? 'zh' : 'en',
    displayHeadline,
    releaseTime,
    byline,
    blocks,
    relatedLinks,
    warnings,
    counts: {
      headings: count('heading'),
      quotes: count('quote'),
      bullets: count('bullet'),
      photoSlots: count('photo'),
      captions: slots.filter((s) => s.caption).length,
      paragraphs: count('paragraph'),
      relatedLinks: relatedLinks.length,
      runningHeaders,
    },
  }
}
