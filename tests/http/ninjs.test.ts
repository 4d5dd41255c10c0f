import { describe, expect, it } from 'vitest'

import { ninjsValidator } from '../ninjs-schema'
import { http, post, staff } from './client'

const validate = ninjsValidator()

describe('ninjs over HTTP', () => {
  it('serves published articles at /api/articles/:id/ninjs and /news/<slug>.ninjs.json, and nothing else', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const headline = `Ninjs & <friends> ${Date.now()}`
    const created = await post('/api/articles?draft=true', writer.token, { headline, deck: 'Über “quotes”' })
    const { id, slug } = created.json.doc

    expect((await http(`/api/articles/${id}/ninjs`)).status).toBe(404)
    expect((await http(`/news/${encodeURIComponent(slug)}.ninjs.json`)).status).toBe(404)
    expect((await http(`/api/articles/${id}/ninjs`, { token: editor.token })).status).toBe(404) // drafts stay drafts, even for staff

    for (const [token, action] of [
      [writer.token, 'submit'],
      [editor2.token, 'approve'],
      [editor.token, 'publish'],
    ] as const) {
      expect((await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action } })).status).toBe(200)
    }
    const api = await http(`/api/articles/${id}/ninjs`)
    expect(api.status).toBe(200)
    expect(api.headers.get('content-type')).toContain('application/json')
    expect(validate(api.json)).toEqual([])
    expect(api.json.headlines[0].value).toBe(headline)
    expect(api.json.descriptions[0].value).toBe('Über “quotes”')

    const pub = await http(`/news/${encodeURIComponent(slug)}.ninjs.json`)
    expect(pub.status).toBe(200)
    expect(pub.json.uri).toBe(api.json.uri)
    expect(pub.json.uri).toMatch(new RegExp(`/news/${slug}$`))
  })
})
