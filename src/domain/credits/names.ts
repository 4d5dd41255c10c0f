/**
 * Whether a part of a credit reads as an organisation or as a person's name. By shape, with the words
 * organisations are named with; no list of credits.
 */
const ORGANISATION_WORDS =
  /\b(?:agency|agencies|news|daily|times|images|press|photos|ministry|office|university|government|department|bureau|service|museum|institute|cent(?:er|re)|company|group|tv|online|network|media|post|journal|magazine|pool|association|committee|council|police|army|navy|force|club|foundation|archives?|administration|editorial|china|interviewee|artist|supplied|staff|handout|contributor|reader|family|hospital|school|embassy|court|library|studio|pictures|pictorial|channel|weibo|douyin|video|publishing|publications|productions|studios|photography)\b/i
const CJK = /[\u3400-\u9fff]/
const CJK_ORGANISATION = /(?:社|报|网|台|馆|院|局|部|会|所|公司|中国|新闻|者)$/

export function isOrganisation(text: string): boolean {
  const s = text.trim()
  // "Archive image, 1958, restored" describes; an organisation's name has no commas.
  if (!s || s.includes(',')) return false
  if (CJK.test(s)) return CJK_ORGANISATION.test(s) || s.replace(/\s/g, '').length > 4
  if (/^the\s/i.test(s) || /\.[a-z]{2,}\b/.test(s) || /\s+via\s+/i.test(s)) return true
  if (ORGANISATION_WORDS.test(s)) return true
  const words = s.split(/\s+/)
  // One word is the name of a service ("Chinatopix", "Costfoto") or an acronym ("AFP", "EPA-EFE", "VCG"): people
  // are credited with at least two names.
  return words.length === 1 && /^[A-Z]/.test(s)
}

/** Two to four capitalised words ("Kim Kyung-Hoon", "MARK R. CRISTINO", "Jade GAO"), or two to four Chinese characters. */
export function isPersonName(text: string): boolean {
  const s = text.trim()
  if (CJK.test(s)) return /^[\u3400-\u9fff·]{2,5}$/.test(s.replace(/\s/g, '')) && !CJK_ORGANISATION.test(s)
  if (isOrganisation(s)) return false
  const words = s.split(/\s+/)
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w))
}
