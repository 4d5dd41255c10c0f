import { describe, expect, it } from 'vitest'

import { bodyPreviewHtml as render } from '../../src/components/admin/richtext/bodyPreviewHtml'
import { bodyToLexical, type LexicalDocument } from '../../src/domain/richtext/body'

/** The preview's groups of blocks, each as its blocks' HTML. */
const groups = (html: string) =>
  [...html.matchAll(/<div data-preview-chunk style="[^"]*">(.*?)<\/div>(?=<div data-preview-chunk|$)/g)].map(
    (m) => m[1],
  )
const topLevel = (html: string) =>
  [
    ...groups(html)
      .join('')
      .matchAll(/<(p|h[1-6]|ul|ol|blockquote|div|hr)\b[^>]*>/g),
  ].length

describe('the body shown before its editor mounts', () => {
  it('gives each top-level node one element, as the editor does, so a click maps to the same block', () => {
    const doc = bodyToLexical([
      { kind: 'heading', level: 2, text: 'Part one' },
      { kind: 'paragraph', text: 'Words.' },
      { kind: 'paragraph', text: '' },
      { kind: 'list', ordered: false, items: ['a', 'b'] },
      { kind: 'quote', text: 'Said.' },
      { kind: 'photo', photo: 7 },
    ])
    const html = render(doc)
    expect(topLevel(html.replace(/<li\b[^>]*>/g, ''))).toBe(doc.root.children!.length)
    expect(html).toContain('<h2 class="LexicalEditorTheme__h2"><span>Part one</span></h2>')
    expect(html).toContain('<p class="LexicalEditorTheme__paragraph"><br></p>')
    expect(html).toContain('<ul class="LexicalEditorTheme__ul"><li class="LexicalEditorTheme__listItem">')
    expect(html).toContain('>Photo</div>')
  })

  it('shows formatting with the editor’s classes, and links as text a click cannot follow', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Bold', format: 1 },
              { type: 'text', text: 'both', format: 3 },
              { type: 'link', fields: { url: 'https://example.org' }, children: [{ type: 'text', text: 'here' }] },
              { type: 'linebreak' },
              { type: 'text', text: '<script>"&' },
            ],
          },
        ],
      },
    } as unknown as LexicalDocument
    const html = render(doc)
    expect(html).toContain('<span class="LexicalEditorTheme__textBold">Bold</span>')
    expect(html).toContain('<span class="LexicalEditorTheme__textBold LexicalEditorTheme__textItalic">both</span>')
    expect(html).toContain('<span class="LexicalEditorTheme__link"><span>here</span></span><br>')
    expect(html).not.toContain('<a ')
    expect(html).toContain('<span>&lt;script&gt;&quot;&amp;</span>')
  })

  it('writes only its own tags and classes, whatever the stored nodes say', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2 onclick="x"', children: [{ type: 'text', text: 'Title' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'x', format: '1 onclick' }] },
        ],
      },
    } as unknown as LexicalDocument
    expect(groups(render(doc))).toEqual([
      '<h2 class="LexicalEditorTheme__h2"><span>Title</span></h2>' +
        '<p class="LexicalEditorTheme__paragraph"><span>x</span></p>',
    ])
  })

  it('groups a long story so each group starts at a paragraph, and says how tall a group will be', () => {
    const paragraph = (i: number) => ({ kind: 'paragraph' as const, text: `Paragraph ${i} `.repeat(20) })
    const doc = bodyToLexical([
      ...Array.from({ length: 8 }, (_, i) => paragraph(i)),
      { kind: 'heading', level: 2, text: 'Part two' },
      { kind: 'quote', text: 'Said.' },
      ...Array.from({ length: 10 }, (_, i) => paragraph(i + 8)),
    ])
    const html = render(doc)
    const parts = groups(html)
    // The 9th and 10th blocks are not paragraphs: the second group starts at the next one; the last holds the rest.
    expect(parts.map((part) => topLevel(`<div data-preview-chunk style="">${part}</div>`))).toEqual([10, 8, 2])
    expect(parts[1]).toMatch(/^<p class="LexicalEditorTheme__paragraph"><span>Paragraph 8 /)
    expect(topLevel(html)).toBe(doc.root.children!.length)
    const heights = [...html.matchAll(/contain-intrinsic-size:auto (\d+)px/g)].map((m) => Number(m[1]))
    expect(heights).toHaveLength(3)
    // Blocks of ~260 characters: ~2.9 lines of 24 px and a gap of 24 px each.
    expect(heights[1]).toBeGreaterThan(700)
    expect(heights[1]).toBeLessThan(800)
    expect(heights[2]).toBeGreaterThan(170)
    expect(heights[2]).toBeLessThan(200)
  })

  it('shows nothing for an empty story', () => {
    expect(render(null)).toBe('')
  })
})
