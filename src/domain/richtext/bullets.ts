/**
 * Copy from the desk marks list items with a leading "——" (two em dashes), as the printed page does, or with "•".
 * In the editor such a paragraph becomes a bullet item, its marker dropped; one em dash alone starts dialogue.
 */
export const BULLET_MARKER = /^\s*(?:——|•)\s*/

/** How many leading characters of a paragraph are its bullet marker (0 = not a bullet line). */
export function bulletMarkerLength(text: string): number {
  const match = BULLET_MARKER.exec(text)
  return match && match[0].length < text.length ? match[0].length : 0
}
