/**
 * Credit lines as newsrooms write them, parsed into who took the picture and for whom.
 * Unknown forms are kept whole in `raw`; nothing the desk typed is ever dropped.
 */
export type ParsedCredit = {
  raw: string
  photographer?: string
  agency?: string
  /** "Courtesy of …" pictures come from a source that is not a photographer. */
  courtesy?: boolean
  form: 'photo-by' | 'from-agency-photo-taken' | 'name-slash-agency' | 'courtesy' | 'unknown'
}

const REPORTER_WORDS = /\s+(?:reporters?|photographers?|photojournalists?|correspondents?|staff photographer)\s+/i

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s(（[]+|[\s)）\].,;:，。]+$/g, '')
    .trim()

function splitAgencyAndPerson(text: string): { agency?: string; photographer?: string } {
  // "Xinhua News Agency reporter Huang Xiaoyong"
  const reporter = text.split(REPORTER_WORDS)
  if (reporter.length === 2) return { agency: clean(reporter[0]), photographer: clean(reporter[1]) }
  // "Jane Smith/AP", "Jane Smith for Reuters"
  const slash = text.split(/\s*\/\s*/)
  if (slash.length === 2 && slash[0] && slash[1]) return { photographer: clean(slash[0]), agency: clean(slash[1]) }
  const forAgency = /^(.+?)\s+for\s+(.+)$/i.exec(text)
  if (forAgency) return { photographer: clean(forAgency[1]), agency: clean(forAgency[2]) }
  return { photographer: clean(text) }
}

export function parseCredit(input: string): ParsedCredit {
  const raw = input.replace(/\s+/g, ' ').trim()
  const body = clean(raw)

  // "Long Wei from Xinhua News Agency/Photo taken" — a common wire form in translated Chinese media.
  const photoTaken = /^(.+?)\s+(?:from|of)\s+(.+?)\s*\/\s*photo(?:graph)? taken$/i.exec(body)
  if (photoTaken) {
    return { raw, photographer: clean(photoTaken[1]), agency: clean(photoTaken[2]), form: 'from-agency-photo-taken' }
  }
  const takenOnly = /^(.+?)\s*\/\s*photo(?:graph)? taken$/i.exec(body)
  if (takenOnly) return { raw, ...splitAgencyAndPerson(takenOnly[1]), form: 'from-agency-photo-taken' }

  const courtesy = /^(?:photo\s+)?courtesy\s+of\s+(.+)$/i.exec(body)
  if (courtesy) return { raw, agency: clean(courtesy[1]), courtesy: true, form: 'courtesy' }

  const photoBy = /^(?:photo(?:graph)?s?|pictures?|image)\s*(?:by\s+|:\s*)(.+)$/i.exec(body)
  if (photoBy) return { raw, ...splitAgencyAndPerson(photoBy[1]), form: 'photo-by' }

  // "Zhang Wei/China Daily" — two short name-like parts.
  const slash = /^([^/]{2,60})\/([^/]{2,60})$/.exec(body)
  if (slash && !/[.!?]/.test(body)) {
    return { raw, photographer: clean(slash[1]), agency: clean(slash[2]), form: 'name-slash-agency' }
  }
  return { raw, form: 'unknown' }
}

const TRAILING_CREDIT = [
  // "... The picture shows experts. Photo by Xinhua News Agency reporter Huang Xiaoyong"
  /(?:^|(?<=[.!?。”"]\s*))\s*((?:photo(?:graph)?s?|pictures?)\s*(?:by\s|:)[^.!?。]*?)\s*$/i,
  // "... captured on July 17th. Long Wei from Xinhua News Agency/Photo taken"
  /(?:^|(?<=[.!?。”"]\s*))\s*([^.!?。]*?\/\s*photo(?:graph)? taken)\s*$/i,
  /(?:^|(?<=[.!?。”"]\s*))\s*((?:photo\s+)?courtesy of [^.!?。]*?)\s*\.?\s*$/i,
  // "(Photo: Jane Smith/AP)"
  /\s*[(（]\s*(photo\s*:[^)）]+)[)）]\s*$/i,
]

/** Splits a caption paragraph into its description and the credit line at its end, if any. */
export function splitCaption(paragraph: string): { text: string; credit?: ParsedCredit } {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  for (const pattern of TRAILING_CREDIT) {
    const m = pattern.exec(text)
    if (m && m[1]) {
      const credit = parseCredit(m[1])
      return { text: text.slice(0, m.index).trim(), credit }
    }
  }
  return { text }
}

/** A one-line credit for display: "Huang Xiaoyong / Xinhua News Agency". */
export function formatCredit(credit: Pick<ParsedCredit, 'photographer' | 'agency' | 'raw' | 'courtesy'>): string {
  if (credit.courtesy && credit.agency) return `Courtesy of ${credit.agency}`
  const parts = [credit.photographer, credit.agency].filter(Boolean)
  return parts.length ? parts.join(' / ') : credit.raw
}
