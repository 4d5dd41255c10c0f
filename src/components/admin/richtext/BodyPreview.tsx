import type { ReactNode } from 'react'

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

function inline(node: Node, key: number): ReactNode {
  switch (node.type) {
    case 'text': {
      const format = Number(node.format ?? 0)
      const className = FORMATS.filter(([bit]) => format & bit)
        .map(([, name]) => name)
        .join(' ')
      return (
        <span key={key} className={className || undefined}>
          {String(node.text ?? '')}
        </span>
      )
    }
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return <span key={key}>{'\t'}</span>
    // Not a link here: a click on the preview is someone reaching for the editor, not leaving the page.
    case 'link':
    case 'autolink':
      return (
        <span key={key} className="LexicalEditorTheme__link">
          {(node.children ?? []).map(inline)}
        </span>
      )
    default:
      return (node.children ?? []).map(inline)
  }
}

function listItems(list: Node): ReactNode {
  return (list.children ?? []).map((item, i) => (
    <li key={i} className="LexicalEditorTheme__listItem">
      {(item.children ?? []).map((child, k) => (child.type === 'list' ? block(child, k) : inline(child, k)))}
    </li>
  ))
}

/** One element per top-level node, as the editor renders them (a click is placed by that order). */
function block(node: Node, key: number): ReactNode {
  const children = () => (node.children ?? []).map(inline)
  switch (node.type) {
    case 'heading': {
      const Tag = /^h[1-6]$/.test(String(node.tag)) ? (node.tag as 'h2') : 'h2'
      return (
        <Tag key={key} className={`LexicalEditorTheme__${Tag}`}>
          {children()}
        </Tag>
      )
    }
    case 'quote':
      return (
        <blockquote key={key} className="LexicalEditorTheme__quote">
          {children()}
        </blockquote>
      )
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key} className="LexicalEditorTheme__ol1">
          {listItems(node)}
        </ol>
      ) : (
        <ul key={key} className="LexicalEditorTheme__ul">
          {listItems(node)}
        </ul>
      )
    case 'block':
      return (
        <div
          key={key}
          style={{
            margin: '8px 0 16px',
            padding: '12px 16px',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-m)',
          }}
        >
          {(node.fields as { blockType?: string } | undefined)?.blockType === 'inlinePhoto' ? 'Photo' : 'Block'}
        </div>
      )
    case 'horizontalrule':
      return <hr key={key} className="LexicalEditorTheme__hr" />
    default:
      return (
        <p key={key} className="LexicalEditorTheme__paragraph">
          {/* An empty line, as the editor shows it (it drops empty text). */}
          {(node.children ?? []).some((c) => c.type !== 'text' || c.text) ? children() : <br />}
        </p>
      )
  }
}

/**
 * The body as the editor will show it, without the editor: Lexical's theme classes on the same elements, one per
 * top-level node, so nothing moves when the editor takes its place.
 */
export function BodyPreview({ value }: { value: LexicalDocument | null | undefined }) {
  return <>{((value?.root?.children ?? []) as Node[]).map(block)}</>
}
