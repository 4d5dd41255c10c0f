/**
 * How long a story is, as a desk measures it. Han characters count one each (a Chinese story has no spaces to
 * count by); words elsewhere are runs of letters and digits, with inner apostrophes and hyphens ("don't",
 * "well-known") kept in one word.
 */
const HAN = /\p{Script=Han}/gu
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export type Length = { words: number; minutes: number }

/** Reading speeds of adult readers: about 230 English words or 400 Chinese characters a minute. */
const WORDS_PER_MINUTE = 230
const HAN_PER_MINUTE = 400

export function measureText(text: string): Length {
  const han = text.match(HAN)?.length ?? 0
  const words = text.replace(HAN, ' ').match(WORD)?.length ?? 0
  const total = han + words
  return { words: total, minutes: total ? Math.max(1, Math.round(words / WORDS_PER_MINUTE + han / HAN_PER_MINUTE)) : 0 }
}

/** "812 words · 4 min read"; "1 word · 1 min read"; "No text yet". */
export function lengthLabel({ words, minutes }: Length): string {
  if (!words) return 'No text yet'
  return `${words.toLocaleString('en-GB')} word${words === 1 ? '' : 's'} · ${minutes} min read`
}
