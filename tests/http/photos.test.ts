import { describe, expect, it } from 'vitest'

import { bodyToLexical } from '@/domain/richtext/body'

import { http, jpeg, newsroom, post, staff, uploadPhoto } from './client'

describe('photos over HTTP', () => {
  it('refuses an SVG upload with 415 and a message', async () => {
    const desk = await staff('photo_desk')
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const res = await uploadPhoto(desk.token, svg, 'evil.jpg', { alt: 'x' }, 'image/jpeg')
    expect(res.status).toBe(415)
    expect(res.text).toContain('SVG')
  })

  it('serves published media with the right type and nosniff, and prints captions as text', async () => {
    const { desk, desk2, writer, editor, editor2 } = await newsroom()
    const bytes = await jpeg(900, 600, '#246')
    const photo = (await uploadPhoto(desk.token, bytes, 'night harbour.jpg', { alt: 'The harbour at night' })).json.doc
    const evil = '<script>alert("caption")</script> Boats & lights'
    const caption = (
      await post('/api/captions?draft=true', desk.token, {
        photo: photo.id,
        text: evil,
        creditLine: 'Photo: <b>Jane</b>/AP',
      })
    ).json.doc
    // One approval: the photo's default caption moves through review with its photo.
    expect((await post(`/api/photos/${photo.id}/workflow`, desk.token, { action: 'submit' })).status).toBe(200)
    expect((await post(`/api/photos/${photo.id}/workflow`, desk2.token, { action: 'approve' })).status).toBe(200)
    expect((await http(`/api/captions/${caption.id}?draft=true`, { token: desk.token })).json.workflowState).toBe(
      'approved',
    )
    const article = (
      await http('/api/articles?draft=true', {
        method: 'POST',
        token: writer.token,
        body: {
          headline: `Harbour lights ${Date.now()}`,
          hero: { photo: photo.id },
          // Empty lines left in the editor between paragraphs.
          body: bodyToLexical([
            { kind: 'paragraph', text: 'Boats came in.' },
            { kind: 'paragraph', text: '' },
            { kind: 'paragraph', text: '   ' },
            { kind: 'paragraph', text: 'Lights went on.' },
          ]),
        },
      })
    ).json.doc
    await post(`/api/articles/${article.id}/workflow`, writer.token, { action: 'submit' })
    await post(`/api/articles/${article.id}/workflow`, editor2.token, { action: 'approve' })
    const published = await post(`/api/articles/${article.id}/workflow`, editor.token, { action: 'publish' })
    expect(published.json.bundled).toHaveLength(2) // photo and caption went live with the article

    const file = await fetch(
      new URL(`/api/photos/file/${encodeURIComponent(photo.filename)}`, (await import('./client')).baseUrl()),
    )
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/jpeg')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')

    const page = await http(`/news/${encodeURIComponent(article.slug)}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; Boats &amp; lights')
    expect(page.text).not.toContain('<script>alert("caption")</script>')
    expect(page.text).toContain('Photo: &lt;b&gt;Jane&lt;/b&gt;/AP')
    expect(page.text).toContain('Boats came in.')
    expect(page.text).not.toMatch(/<p[^>]*>\s*(<br\s*\/?>)?\s*<\/p>/) // no empty paragraph on the page
  })
})
