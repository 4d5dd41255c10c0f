import { describe, expect, it } from 'vitest'

import { http, post, staff } from './client'

describe('staff preview and health', () => {
  it('previews a draft only for logged-in staff, privately, and never puts it on the public site', async () => {
    const writer = await staff('writer')
    const headline = `Preview only ${Date.now()}`
    const doc = (await post('/api/articles?draft=true', writer.token, { headline, deck: 'Not for readers' })).json.doc

    const anonymous = await http(`/preview/articles/${doc.id}`)
    expect([302, 303, 307]).toContain(anonymous.status)
    expect(anonymous.headers.get('location')).toContain('/admin/login')
    expect(anonymous.text).not.toContain(headline)

    const preview = await http(`/preview/articles/${doc.id}`, { token: writer.token })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(headline)
    expect(preview.text).toContain('Readers do not see this page')
    expect(preview.headers.get('cache-control')).toContain('no-store')
    expect(preview.headers.get('cache-control')).toContain('private')
    // The admin's live-preview pane frames it; nobody else may.
    expect(preview.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(preview.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const home = await http('/')
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(home.headers.get('x-frame-options')).toBe('DENY')

    expect((await http(`/news/${encodeURIComponent(doc.slug)}`)).status).toBe(404)
    expect((await http('/')).text).not.toContain(headline)
  })

  it('shows a live story’s pending revision to staff while readers keep the live version', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const doc = (
      await post('/api/articles?draft=true', writer.token, { headline: `Revision ${Date.now()}`, deck: 'Live deck' })
    ).json.doc
    for (const [token, action] of [
      [writer.token, 'submit'],
      [editor2.token, 'approve'],
      [editor.token, 'publish'],
    ] as const) {
      await http(`/api/articles/${doc.id}/workflow`, { method: 'POST', token, body: { action } })
    }
    // A save to a live story names the version it is based on.
    const seen = await http(`/api/articles/${doc.id}?draft=true`, { token: writer.token })
    const saved = await http(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: writer.token,
      body: { deck: 'Corrected deck', baseVersion: seen.json.baseVersion },
    })
    expect(saved.status, saved.text).toBe(200)
    expect((await http(`/preview/articles/${doc.id}`, { token: writer.token })).text).toContain('Corrected deck')
    const live = await http(`/news/${encodeURIComponent(doc.slug)}`)
    expect(live.text).toContain('Live deck')
    expect(live.text).not.toContain('Corrected deck')
  })

  it('reports health', async () => {
    const res = await http('/api/health')
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ status: 'ok', database: 'ok' })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})
