/**
 * Article bodies as HTML, for exchange formats (ninjs) and back. Everything editors typed is escaped; the
 * reader accepts any HTML but keeps only the elements a body can hold.
 */
import { Parser } from 'htmlparser2'

import type { BodyElement } from './body'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export type FigureView = {
  src: string
  width?: number | null
  height?: number | null
  alt: string
  caption?: string | null
  credit?: string | null
}

/** `figureFor` supplies how a photo block looks (null = leave the photo out, e.g. not published). */
export function bodyToHtml(
  elements: BodyElement[],
  figureFor: (
    photo: number | string,
    caption?: number | string | null,
    captionText?: string | null,
  ) => FigureView | null,
): string {
  const out: string[] = []
  for (const el of elements) {
    switch (el.kind) {
      case 'paragraph':
        if (el.text.trim()) out.push(`<p>${escapeHtml(el.text)}</p>`)
        break
      case 'heading':
        out.push(`<h${el.level}>${escapeHtml(el.text)}</h${el.level}>`)
        break
      case 'quote':
        out.push(`<blockquote>${escapeHtml(el.text)}</blockquote>`)
        break
      case 'list': {
        const tag = el.ordered ? 'ol' : 'ul'
        out.push(`<${tag}>${el.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`)
        break
      }
      case 'photo': {
        const f = figureFor(el.photo, el.caption, el.captionText)
        if (!f) break
        const size = f.width && f.height ? ` width="${f.width}" height="${f.height}"` : ''
        const caption = [
          f.caption ? escapeHtml(f.caption) : '',
          f.credit ? `<small>${escapeHtml(f.credit)}</small>` : '',
        ]
          .filter(Boolean)
          .join(' ')
        out.push(
          `<figure><img src="${escapeHtml(f.src)}" alt="${escapeHtml(f.alt)}"${size}>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`,
        )
        break
      }
    }
  }
  return out.join('\n')
}

export type HtmlFigure = { src: string; alt: string; caption: string }

/** HTML → body elements. Figures are returned in order beside the text so the caller can match them to photos. */
export function htmlToBody(html: string): { elements: (BodyElement | { kind: 'figure'; figure: HtmlFigure })[] } {
  const elements: (BodyElement | { kind: 'figure'; figure: HtmlFigure })[] = []
  let text = ''
  let list: { ordered: boolean; items: string[] } | null = null
  let figure: HtmlFigure | null = null
  let inCaption = false
  let skipping = 0 // inside <script> or <style>: never content
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim()
    text = ''
    return t
  }
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script' || name === 'style') {
          skipping++
          return
        }
        // Loose text before a new block (e.g. directly inside a <div>) is a paragraph of its own.
        if (
          ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'figure'].includes(name) &&
          !list &&
          !inCaption
        ) {
          const loose = flush()
          if (loose) elements.push({ kind: 'paragraph', text: loose })
        }
        if (name === 'ul' || name === 'ol') list = { ordered: name === 'ol', items: [] }
        else if (name === 'figure') figure = { src: '', alt: '', caption: '' }
        else if (name === 'img' && figure) {
          figure.src = attrs.src ?? ''
          figure.alt = attrs.alt ?? ''
        } else if (name === 'figcaption') inCaption = true
        else if (name === 'br') text += ' '
        else if (name === 'li') flush()
      },
      ontext(data) {
        if (skipping) return
        if (inCaption && figure) figure.caption += data
        else text += data
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skipping = Math.max(0, skipping - 1)
        else if (name === 'figcaption') inCaption = false
        else if (name === 'figure' && figure) {
          figure.caption = figure.caption.replace(/\s+/g, ' ').trim()
          elements.push({ kind: 'figure', figure })
          figure = null
        } else if (name === 'li' && list) {
          const t = flush()
          if (t) list.items.push(t)
        } else if ((name === 'ul' || name === 'ol') && list) {
          if (list.items.length) elements.push({ kind: 'list', ordered: list.ordered, items: list.items })
          list = null
        } else if (/^h[1-6]$/.test(name)) {
          const t = flush()
          const level = Math.min(4, Math.max(2, Number(name[1]))) as 2 | 3 | 4
          if (t) elements.push({ kind: 'heading', level, text: t })
        } else if (name === 'blockquote') {
          const t = flush()
          if (t) elements.push({ kind: 'quote', text: t })
        } else if (name === 'p' && !list) {
          const t = flush()
          if (t) elements.push({ kind: 'paragraph', text: t })
        }
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  const rest = flush()
  if (rest) elements.push({ kind: 'paragraph', text: rest })
  return { elements }
}
