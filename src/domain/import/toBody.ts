import type { BodyElement } from '../richtext/body'
import type { ParsedArticle, ParsedBlock } from './scrapedArticle'

/**
 * Parsed blocks → body elements: consecutive bullets become one list, headings become h2, and each photo slot
 * becomes an inline photo whose record `photoFor` supplies.
 */
export function parsedToBody(
  parsed: Pick<ParsedArticle, 'blocks'>,
  photoFor: (slot: Extract<ParsedBlock, { kind: 'photo' }>, index: number) => number | string,
): BodyElement[] {
  const out: BodyElement[] = []
  let slotIndex = 0
  for (const block of parsed.blocks) {
    switch (block.kind) {
      case 'bullet': {
        const previous = out[out.length - 1]
        if (previous?.kind === 'list' && !previous.ordered) previous.items.push(block.text)
        else out.push({ kind: 'list', ordered: false, items: [block.text] })
        break
      }
      case 'heading':
        out.push({ kind: 'heading', level: 2, text: block.text })
        break
      case 'quote':
        out.push({ kind: 'quote', text: block.text })
        break
      case 'photo':
        out.push({ kind: 'photo', photo: photoFor(block, slotIndex++) })
        break
      case 'paragraph':
        out.push({ kind: 'paragraph', text: block.text })
        break
    }
  }
  return out
}
