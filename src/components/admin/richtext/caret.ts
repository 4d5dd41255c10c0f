import { PREVIEW_CHUNK } from './bodyPreviewHtml'

/** A place in the body: the top-level block and the character offset in its text. */
export type CaretPlace = { block: number; offset: number }

/** Characters of `block`'s text before (`node`, `offset`), counted as the DOM's text nodes hold them. */
function textOffset(block: Node, node: Node, offset: number): number {
  let count = 0
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return count + offset
    count += text.textContent?.length ?? 0
  }
  return count
}

/** Where a click at (x, y) fell in the preview, by block and text offset; null when not on its text. */
export function caretInPreview(root: HTMLElement, x: number, y: number): CaretPlace | null {
  const doc = root.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null
  }
  const position = doc.caretPositionFromPoint?.(x, y)
  const range = position ? null : doc.caretRangeFromPoint?.(x, y)
  const node = position?.offsetNode ?? range?.startContainer
  const offset = position?.offset ?? range?.startOffset ?? 0
  if (!node || !root.contains(node)) return null
  const blocks = [...root.children].flatMap((child) =>
    child.hasAttribute(PREVIEW_CHUNK) ? [...child.children] : [child],
  )
  const block = blocks.findIndex((child) => child.contains(node))
  if (block < 0) return null
  return { block, offset: node.nodeType === Node.TEXT_NODE ? textOffset(blocks[block], node, offset) : 0 }
}

/** Puts the caret at `place` in a mounted editor (the editor follows the browser's selection) and focuses it. */
export function caretInBlock(root: HTMLElement, place: CaretPlace): void {
  root.focus({ preventScroll: true })
  const block = root.children[Math.min(place.block, root.children.length - 1)]
  if (!block) return
  let remaining = place.offset
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  let last: Node | null = null
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    last = text
    const length = text.textContent?.length ?? 0
    if (remaining <= length) return select(text, remaining)
    remaining -= length
  }
  if (last) select(last, last.textContent?.length ?? 0)
  else select(block, 0)
}

function select(node: Node, offset: number) {
  const selection = node.ownerDocument?.getSelection()
  if (!selection) return
  const range = node.ownerDocument!.createRange()
  range.setStart(node, offset)
  range.collapse(true)
  selection.removeAllRanges()
  selection.addRange(range)
}
