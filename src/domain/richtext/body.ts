import { idOf } from '../relations'
/**
 * The article body as a newsroom thinks of it, and its conversion to and from Lexical's JSON.
 * Kept free of Lexical's runtime so the seed, the importer and the feed builders can share it.
 */
export type BodyElement =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'photo'; photo: number | string; caption?: number | string | null; captionText?: string | null }

type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }
export type LexicalDocument = { root: LexicalNode & { type: 'root' } }

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }
const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

export const INLINE_PHOTO_BLOCK = 'inlinePhoto'

function toNode(el: BodyElement, index: number): LexicalNode {
  switch (el.kind) {
    case 'paragraph':
      return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(el.text)] }
    case 'heading':
      return { ...base, type: 'heading', tag: `h${el.level}`, children: [textNode(el.text)] }
    case 'quote':
      return { ...base, type: 'quote', children: [textNode(el.text)] }
    case 'list':
      return {
        ...base,
        type: 'list',
        listType: el.ordered ? 'number' : 'bullet',
        tag: el.ordered ? 'ol' : 'ul',
        start: 1,
        children: el.items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: [textNode(item)] })),
      }
    case 'photo':
      return {
        type: 'block',
        format: '',
        version: 2,
        fields: {
          id: `photo-${index}-${el.photo}`,
          blockName: '',
          blockType: INLINE_PHOTO_BLOCK,
          photo: el.photo,
          caption: el.caption ?? null,
          ...(el.captionText ? { captionText: el.captionText } : {}),
        },
      }
  }
}

export function bodyToLexical(elements: BodyElement[]): LexicalDocument {
  return { root: { ...base, type: 'root', children: elements.map(toNode) } }
}

function textOf(node: LexicalNode | undefined): string {
  if (!node) return ''
  if (node.type === 'text') return String(node.text ?? '')
  if (node.type === 'linebreak') return '\n'
  // List items are lines of their own ("innovation" and "Train" are two words, in search and counts alike).
  return (node.children ?? []).map(textOf).join(node.type === 'list' ? '\n' : '')
}

/** Reads a Lexical document back into body elements (populated relations are reduced to their ids). */
export function lexicalToBody(doc: LexicalDocument | null | undefined): BodyElement[] {
  const out: BodyElement[] = []
  for (const node of doc?.root?.children ?? []) {
    switch (node.type) {
      case 'heading': {
        const level = Number(String(node.tag).slice(1))
        out.push({ kind: 'heading', level: (level >= 2 && level <= 4 ? level : 2) as 2 | 3 | 4, text: textOf(node) })
        break
      }
      case 'quote':
        out.push({ kind: 'quote', text: textOf(node) })
        break
      case 'list':
        out.push({ kind: 'list', ordered: node.listType === 'number', items: (node.children ?? []).map(textOf) })
        break
      case 'block': {
        const fields = node.fields as Record<string, unknown> | undefined
        if (fields?.blockType === INLINE_PHOTO_BLOCK) {
          const captionText = typeof fields.captionText === 'string' && fields.captionText.trim()
          out.push({
            kind: 'photo',
            photo: idOf(fields.photo) as number | string,
            caption: idOf(fields.caption),
            ...(captionText ? { captionText } : {}),
          })
        }
        break
      }
      default:
        out.push({ kind: 'paragraph', text: textOf(node) })
    }
  }
  return out
}

/** All reader-visible text of a body, one block per line: for search, feeds and word counts. */
export function plainText(doc: LexicalDocument | null | undefined): string {
  return (doc?.root?.children ?? []).map(textOf).filter(Boolean).join('\n')
}

/** A paragraph with nothing a reader would see (an empty line left in the editor): the page leaves it out. */
export function isBlankParagraph(node: LexicalNode): boolean {
  return node.type === 'paragraph' && !textOf(node).trim()
}
