import type { LexicalDocument } from '@/domain/richtext/body'

type Node = { type: string; children?: Node[]; [key: string]: unknown }

/** Lexical's text format bits and the theme classes its editor gives them. */
const FORMATS: [bit: number, className: string][] = [
  [1, 'LexicalEditorTheme__textBold'],
  [2, 'LexicalEditorTheme__textItalic'],
  [4, 'LexicalEditorTheme__textStrikethrough'],
  [8, 'LexicalEditorTheme__textUnderline'],
  [16, 'LexicalEditorTheme__textCode'],
]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c])

const element = (tag: string, className: string | null, inner: string) =>
  `<${tag}${className ? ` class="${className}"` : ''}>${inner}</${tag}>`

function inline(node: Node): string {
  switch (node.type) {
    case 'text': {
      const format = Number(node.format ?? 0)
      const className = FORMATS.filter(([bit]) => format & bit)
        .map(([, name]) => name)
        .join(' ')
      return element('span', className || null, escape(String(node.text ?? '')))
    }
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '<span>\t</span>'
    // Not a link here: a click on the preview is someone reaching for the editor, not leaving the page.
    case 'link':
    case 'autolink':
      return element('span', 'LexicalEditorTheme__link', inlines(node))
    default:
      return inlines(node)
  }
}

const inlines = (node: Node) => (node.children ?? []).map(inline).join('')

const listItems = (list: Node) =>
  (list.children ?? [])
    .map((item) =>
      element(
        'li',
        'LexicalEditorTheme__listItem',
        (item.children ?? []).map((child) => (child.type === 'list' ? block(child) : inline(child))).join(''),
      ),
    )
    .join('')

const BLOCK_STYLE =
  'margin:8px 0 16px;padding:12px 16px;border:1px solid var(--theme-elevation-150);border-radius:var(--style-radius-m)'

/** One element per top-level node, as the editor renders them (a click is placed by that order). */
function block(node: Node): string {
  switch (node.type) {
    case 'heading': {
      const tag = /^h[1-6]$/.test(String(node.tag)) ? String(node.tag) : 'h2'
      return element(tag, `LexicalEditorTheme__${tag}`, inlines(node))
    }
    case 'quote':
      return element('blockquote', 'LexicalEditorTheme__quote', inlines(node))
    case 'list':
      return node.listType === 'number'
        ? element('ol', 'LexicalEditorTheme__ol1', listItems(node))
        : element('ul', 'LexicalEditorTheme__ul', listItems(node))
    case 'block': {
      const photo = (node.fields as { blockType?: string } | undefined)?.blockType === 'inlinePhoto'
      return `<div style="${BLOCK_STYLE}">${photo ? 'Photo' : 'Block'}</div>`
    }
    case 'horizontalrule':
      return '<hr class="LexicalEditorTheme__hr">'
    default: {
      // An empty line, as the editor shows it (it drops empty text).
      const shown = (node.children ?? []).some((c) => c.type !== 'text' || c.text)
      return element('p', 'LexicalEditorTheme__paragraph', shown ? inlines(node) : '<br>')
    }
  }
}

/** Marks the preview's groups of blocks: a click is placed by the blocks' order across them. */
export const PREVIEW_CHUNK = 'data-preview-chunk'

const CHUNK = { minBlocks: 8, blockGapPx: 24, charactersPerLine: 90, lineHeightPx: 24 }

/** A rough height for a group until it is laid out (only the scrollbar sees it): lines of text and blocks' gaps. */
function estimatedHeight(blocks: string[]): number {
  const characters = blocks.join('').replace(/<[^>]*>/g, '').length
  return blocks.length * CHUNK.blockGapPx + Math.ceil(characters / CHUNK.charactersPerLine) * CHUNK.lineHeightPx
}

/**
 * Groups of at least `CHUNK.minBlocks` blocks, each starting with a paragraph. A group's margins do not collapse with
 * its neighbour's, and a paragraph has no top margin (Payload's `p{margin:0}`), so the text stands where the editor
 * will put it.
 */
function chunks(nodes: Node[]): string[][] {
  const groups: string[][] = []
  let group: string[] = []
  for (const node of nodes) {
    if (group.length >= CHUNK.minBlocks && node.type === 'paragraph') {
      groups.push(group)
      group = []
    }
    group.push(block(node))
  }
  if (group.length) groups.push(group)
  return groups
}

/**
 * The body as the editor will show it, without the editor, as HTML: Lexical's theme classes on the same elements, one
 * per top-level node, so nothing moves when the editor takes its place. A string the page sets in one go: as React
 * elements, its hundreds of nodes were hydrated and re-rendered with the form before the headline could be typed in.
 * The blocks come in groups the browser styles and lays out only near the window: each time the page's frame
 * changed while the form was being built, every element of a long story was restyled.
 */
export function bodyPreviewHtml(value: LexicalDocument | null | undefined): string {
  return chunks((value?.root?.children ?? []) as Node[])
    .map(
      (blocks) =>
        `<div ${PREVIEW_CHUNK} style="content-visibility:auto;contain-intrinsic-size:auto ${estimatedHeight(blocks)}px">` +
        `${blocks.join('')}</div>`,
    )
    .join('')
}
