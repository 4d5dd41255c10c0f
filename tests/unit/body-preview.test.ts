import { describe, expect, it } from 'vitest'

import { bodyPreviewHtml as render } from '../../src/components/admin/richtext/bodyPreviewHtml'
import { bodyToLexical, type LexicalDocument } from '../../src/domain/richtext/body'

const topLevel = (html: string) => [...html.matchAll(/<(p|h[1-6]|ul|ol|blockquote|div|hr)\b[^>]*>/g)].length

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
    expect(render(doc)).toBe(
      '<h2 class="LexicalEditorTheme__h2"><span>Title</span></h2>' +
        '<p class="LexicalEditorTheme__paragraph"><span>x</span></p>',
    )
  })

  it('shows nothing for an empty story', () => {
    expect(render(null)).toBe('')
  })
})
