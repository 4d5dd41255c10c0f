import { describe, expect, it } from 'vitest'

import { restylesPageWide } from '../../scripts/admin-css.mjs'
import { TOASTER_ROOT_RULES } from '../../src/components/admin/firstPaint'
import { ADMIN, adminToken, http, login } from './client'

describe('a production server on a fresh SQLite file', () => {
  it('migrated on boot and serves the API', async () => {
    const res = await http('/api/articles')
    expect(res.status).toBe(200)
    expect(Array.isArray(res.json.docs)).toBe(true)
    // The server started on an empty file and SQLite never pushes its schema: tables exist only because
    // the committed migrations ran at boot (prodMigrations).
  })

  it('serves the admin login page', async () => {
    const res = await http('/admin/login')
    expect(res.status).toBe(200)
    expect(res.text).toContain('Masthead')
  })

  it('serves admin stylesheets with no rule that restyles the whole page for a change in one place', async () => {
    const page = await http('/admin/login')
    const sheets = [...page.text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1])
    expect(sheets.length).toBeGreaterThan(0)
    const css = await Promise.all(sheets.map(async (href) => (await http(href.replace(/&amp;/g, '&'))).text))
    expect(css.join('\n')).toContain('.drag-overlay')
    expect(css.join('\n')).toContain('.table table td>span')
    expect(css.filter((text) => restylesPageWide(text))).toEqual([])
  })

  it("gives the admin's pages the toaster's root declarations ahead of their content", async () => {
    const page = await http('/admin', { token: await adminToken() })
    expect(page.status).toBe(200)
    const markup = page.text.replace(/<script[^]*?<\/script>/g, '')
    const rules = markup.indexOf(`<style>${TOASTER_ROOT_RULES}</style>`)
    expect(rules).toBeGreaterThan(0)
    expect(rules).toBeLessThan(markup.indexOf('<nav'))
  })

  it('serves the public home page with safe headers', async () => {
    const res = await http('/')
    expect(res.status).toBe(200)
    expect(res.text).toContain('<header class="masthead">')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('answers an unknown article with 404', async () => {
    expect((await http('/news/no-such-story')).status).toBe(404)
  })

  it('makes the first registered account an administrator, and only once', async () => {
    await adminToken()
    const { user } = await login(ADMIN.email, ADMIN.password)
    expect(user.roles).toEqual(['admin'])
    const again = await http('/api/users/first-register', {
      method: 'POST',
      body: { email: 'late@http.test', password: 'late-password-1', name: 'Late', roles: ['admin'] },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
  })
})
