/**
 * Credit lines as newsrooms and agencies print them, parsed into who took the picture and who supplies it.
 * Unknown forms are kept whole in `raw`; nothing the desk typed is ever dropped.
 *
 * The grammar is by structure, not by a list of known credits: markers ("Photo by", "Photo:", "[Photo/…]",
 * "… /Photo taken", "Courtesy of", "provided by", "Screenshot from", "via", "新华社记者 … 摄", "…供图"), the
 * separators agencies use ("/", " for ", " via ", "reporter"), and whether each part reads as a person's name or
 * as an organisation (`isOrganisation` in ./names). `tests/fixtures/credits/corpus.tsv` holds the forms of a
 * dozen sources; `npm run eval:credits` scores the parser on it.
 */
import { isOrganisation, isPersonName } from './names'

export type ParsedCredit = {
  raw: string
  photographer?: string
  agency?: string
  /** "Courtesy of …" and "provided by …" pictures come from a source that is not a photographer. */
  courtesy?: boolean
  form:
    | 'photo-by'
    | 'from-agency-photo-taken'
    | 'name-slash-agency'
    | 'courtesy'
    | 'reporter'
    | 'chinese'
    | 'screenshot'
    | 'agency'
    | 'unknown'
}

type Parts = Pick<ParsedCredit, 'photographer' | 'agency' | 'courtesy'>

const REPORTER_WORDS = /\s+(?:reporters?|photographers?|photojournalists?|correspondents?)\s+/i

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s(（[【/]+|[\s)）\]】.,;:，。/]+$/g, '')
    .trim()

/** Marks that say how a picture may be used or where it came from, not who made it. */
function withoutMarkers(text: string): string {
  return clean(
    clean(text)
      .replace(/\s*\/?\s*\bchina out\b/gi, '')
      .replace(/^file photos?\s*[:/]?\s*/i, '')
      .replace(/(?:\s*[,/]\s*|\s+)file(?: photo)?$/i, '')
      .replace(/\s*\/\s*(?:illustration|file photo)$/i, ''),
  )
}

/** "Handout" names no one: dropped when someone else is named ("X handout via Reuters" → "X via Reuters"). */
function organisation(text: string): string | undefined {
  const named = clean(text)
  const dropped = clean(
    named
      .replace(/\bhandout\b\s*/gi, '')
      .replace(/\s*\/\s*via\s+/i, ' via ')
      .replace(/^(?:via|for)\s+/i, ''),
  )
  const result = dropped || named
  return result && !/^(?:photos?|images?)$/i.test(result) ? result : undefined
}

/** A stringer's credit ("STR") is anonymous by design. */
const person = (text: string) => {
  const name = clean(text)
  return name && !/^str$/i.test(name) ? name : undefined
}

/** Parts split by "/" (and "via"), each read as a person or an organisation. */
function fromParts(text: string): Parts {
  const via = /^(.+?)\s+via\s+(.+)$/i.exec(text)
  if (via && !via[1].includes('/') && isPersonName(via[1]))
    return { photographer: person(via[1]), agency: organisation(via[2]) }
  const parts = text
    .split(/\s*\/\s*/)
    .map(clean)
    // "VCG/VCG via Getty Images": the same source named again with its distributor.
    .filter((part, i, all) => part && !all[i + 1]?.startsWith(`${part} `))
  const people: string[] = []
  const organisations: string[] = []
  for (const [i, part] of parts.entries()) {
    // The last part of "Name/AFP via Getty Images" is the distribution chain; the others are read one by one.
    if (i === parts.length - 1 && /\s+via\s+/i.test(part)) organisations.push(part)
    else if (/^str$/i.test(part)) continue
    else if (isOrganisation(part) || (!isPersonName(part) && i !== 0)) organisations.push(part)
    else if (isPersonName(part)) people.push(part)
    else organisations.push(part)
  }
  const named = organisations.filter((o) => !/^handout$/i.test(o))
  return {
    photographer: people[0],
    agency: organisation((named.length ? named : organisations).join('/')),
  }
}

function chinese(text: string): Parts | null {
  const reporter = /^(.*?)记者\s*(\S.*?)\s*摄$/.exec(text)
  if (reporter) return { agency: clean(reporter[1]) || undefined, photographer: clean(reporter[2]) }
  const released = /^(.+?)发\s*(?:[（(]\s*)?(.+?)\s*摄\s*[)）]?$/.exec(text)
  if (released) return { agency: clean(released[1]), photographer: clean(released[2]) }
  if (/^(.+?)发$/.test(text)) return { agency: clean(text.slice(0, -1)) }
  const taken = /^(\S.*?)\s*摄$/.exec(text)
  if (taken) return { photographer: clean(taken[1]) }
  const picture = /^(?:图|图片)\s*[/／]\s*(.+)$|^图片来源\s*[:：]\s*(.+)$|^(.+?)供图$/.exec(text)
  if (picture) return { agency: clean(picture[1] ?? picture[2] ?? picture[3]) }
  return null
}

export function parseCredit(input: string): ParsedCredit {
  const raw = input.replace(/\s+/g, ' ').trim()
  const body = withoutMarkers(raw)
  const result = (form: ParsedCredit['form'], parts: Parts): ParsedCredit => {
    const out: ParsedCredit = { raw, form }
    if (parts.photographer) out.photographer = parts.photographer
    if (parts.agency) out.agency = parts.agency
    if (parts.courtesy) out.courtesy = true
    return out
  }
  if (!body) return { raw, form: 'unknown' }

  const zh = chinese(body)
  if (zh) return result('chinese', zh)

  // "Long Wei from Xinhua News Agency/Photo taken" — a common wire form in translated Chinese media.
  const photoTaken = /^(.+?)\s+(?:from|of)\s+(.+?)\s*\/\s*photo(?:graph)? taken$/i.exec(body)
  if (photoTaken && isPersonName(photoTaken[1]))
    return result('from-agency-photo-taken', { photographer: clean(photoTaken[1]), agency: clean(photoTaken[2]) })
  const takenOnly = /^(.+?)\s*\/\s*photo(?:graph)? taken$/i.exec(body)
  if (takenOnly) return result('from-agency-photo-taken', byline(takenOnly[1]))

  const courtesy = /^(?:photos?\s*[:/]?\s*)?(?:courtesy(?:\s+of)?|provided\s+by)\s+(.+)$/i.exec(body)
  if (courtesy) return result('courtesy', { agency: organisation(courtesy[1]), courtesy: true })
  // "Provided to China Daily": the paper was given the picture; by whom, it does not say.
  if (/^(?:photos?\s+)?provided\s+to\s+/i.test(body)) return result('courtesy', { courtesy: true })

  const screenshot =
    /^(?:an?\s+)?(?:video\s+)?(?:screenshot|screen ?grab|frame grab|video grab|(?:video\s+)?still(?:\s+image)?)(?:\s+taken)?\s*(?:from|\/)\s*(?:an?\s+)?(?:video\s+(?:by|from)\s+)?(.+?)(?:\s+(?:video|footage))?$/i.exec(
      body,
    )
  if (screenshot) return result('screenshot', { agency: organisation(screenshot[1]) })

  // "AP Photo/Evan Vucci", "AP Photo", "Xinhua photo by Li Xin", "Xinhua file photo"
  const agencyPhoto = /^(\S+(?:\s\S+)?)\s+photo(?:\s*\/\s*|\s+by\s+)(.+)$/i.exec(body)
  if (agencyPhoto && isOrganisation(agencyPhoto[1]))
    return result('name-slash-agency', { agency: agencyPhoto[1], photographer: person(agencyPhoto[2]) })
  const agencyOnlyPhoto = /^(.+?)\s+photo$/i.exec(body)
  if (agencyOnlyPhoto && isOrganisation(agencyOnlyPhoto[1])) return result('agency', { agency: agencyOnlyPhoto[1] })

  const prefixed =
    /^(?:photo(?:graph)?s?|pictures?|images?|photo illustration)\s*(?:by\s+|:\s*|\/\s*)(.+)$|^by\s+(.+)$/i.exec(body)
  if (prefixed) return result('photo-by', byline(withoutMarkers(prefixed[1] ?? prefixed[2])))

  const parts = byline(body)
  if (!parts.photographer && !parts.agency) return { raw, form: 'unknown' }
  const form = body.includes('/') ? 'name-slash-agency' : REPORTER_WORDS.test(` ${body} `) ? 'reporter' : 'agency'
  return result(form, parts)
}

/** What follows "Photo by" (or stands alone): "Agency reporter Name", "Name for Agency", "Name/Agency", a name. */
function byline(text: string): Parts {
  const zh = chinese(text)
  if (zh) return zh
  const reporter = ` ${text} `.split(REPORTER_WORDS)
  if (reporter.length === 2) return { agency: clean(reporter[0]) || undefined, photographer: person(reporter[1]) }
  const forAgency = /^(.+?)\s+for\s+(.+)$/i.exec(text)
  if (forAgency && isPersonName(forAgency[1]))
    return { photographer: person(forAgency[1]), agency: organisation(forAgency[2]) }
  if (text.includes('/') || /\s+via\s+/i.test(text)) return fromParts(text.replace(/^\/+/, ''))
  if (isPersonName(text)) return { photographer: person(text) }
  if (isOrganisation(text)) return { agency: organisation(text) }
  return {}
}

/** Where a caption's own credit can sit: at its very end, after its last sentence. */
const TRAILING: RegExp[] = [
  // "(Xinhua/Li Xin)", "[Photo/Xinhua]", "（新华社记者 李贺 摄）", "(Photo by STR / AFP) / China OUT"
  /\s*([(（[【][^()（）[\]【】]*[)）\]】])(?:\s*\/\s*china out)?\s*\.?$/i,
  // "… 新华社记者 李贺 摄", "… 人民网记者 张晓丽摄"
  /(?<=[。！？.!?]\s*|^)([^。！？.!?]*?摄)$/,
  // "… Photo by Xinhua News Agency reporter Huang Xiaoyong", "… Photo: Tom Reed/The Masthead Times"
  /(?<=[.!?。”"]\s+|^)((?:photo(?:graph)?s?|pictures?)\s*(?:by\s|:)[^!?。]*?)\s*$/i,
  // "… captured on July 17th. Long Wei from Xinhua News Agency/Photo taken"
  /(?<=[.!?。”"]\s+|^)([^.!?。]*?\/\s*photo(?:graph)? taken)\s*$/i,
  /(?<=[.!?。”"]\s+|^)((?:photo\s+)?(?:courtesy of|provided (?:by|to)) [^!?。]*?)\s*\.?\s*$/i,
  // "… China. REUTERS/Tingshu Wang", "… a mural in Beijing. EPA-EFE/WU HAO", "… farm. FENG YONGBIN/CHINA DAILY"
  /(?<=[.!?。”"]\s+)((?:[A-Z][\w'’.-]*\s?){1,5}\/(?:[^.!?。]|\.(?=\s*[A-Z]))+?)\s*$/,
  // "… China Daily via REUTERS", "… Ukrainian Presidential Press Service/Handout via REUTERS"
  /(?<=[.!?。”"]\s+)([A-Z][^.!?。]*?\svia\s[A-Z][^.!?。]*?)\s*$/,
  // "… a view of the Bund. /CFP"
  /(?<=[.!?。”"]\s*)(\/\s*[^/.!?。]+)$/,
  // "… shows the harbour. PROVIDED TO CHINA DAILY"
  /(?<=[.!?。”"]\s+)(PROVIDED TO [A-Z .]+)$/,
]

/** A trailing part is a credit only if it parses as one: "(drone photo)" is not, "(Xinhua)" is. */
const isCredit = (credit: ParsedCredit) => credit.form !== 'unknown' || Boolean(credit.photographer || credit.agency)

/** Splits a caption paragraph into its description and the credit line at its end, if any. */
export function splitCaption(paragraph: string): { text: string; credit?: ParsedCredit } {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  for (const pattern of TRAILING) {
    const m = pattern.exec(text)
    if (!m?.[1]) continue
    // "新华社发（王鹏 摄）": released by the agency, taken by the person in brackets.
    const releasedBy = /[^\s。！？.!?，,（(]+发\s*$/.exec(text.slice(0, m.index))
    if (releasedBy) {
      const credit = parseCredit(text.slice(releasedBy.index))
      if (isCredit(credit)) return { text: text.slice(0, releasedBy.index).trim(), credit }
    }
    const credit = parseCredit(m[1])
    if (isCredit(credit) && (credit.photographer || credit.agency || credit.courtesy || m.index > 0))
      return { text: text.slice(0, m.index).trim(), credit }
  }
  return { text }
}

/**
 * The credit a line carries: at the end of a caption, or the whole line when it is a credit on its own
 * ("Xinhua", "Photo: Jane Doe", "新华社记者 李贺 摄"). A sentence is never taken for a credit.
 */
export function creditIn(line: string): ParsedCredit | undefined {
  const { credit } = splitCaption(line)
  if (credit) return credit
  const whole = line.replace(/\s+/g, ' ').trim()
  const sentence =
    (/[.!?。]$/.test(whole) && !/\b(?:screenshot|screen ?grab|still)\b/i.test(whole)) || /[.!?。]\s+\S/.test(whole)
  if (sentence || whole.split(' ').length > 10) return undefined
  const parsed = parseCredit(whole)
  return isCredit(parsed) ? parsed : undefined
}

/** A one-line credit for display: "Huang Xiaoyong / Xinhua News Agency". */
export function formatCredit(credit: Pick<ParsedCredit, 'photographer' | 'agency' | 'raw' | 'courtesy'>): string {
  if (credit.courtesy && credit.agency) return `Courtesy of ${credit.agency}`
  const parts = [credit.photographer, credit.agency].filter(Boolean)
  return parts.length ? parts.join(' / ') : credit.raw
}
