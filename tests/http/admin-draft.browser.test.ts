import { describe, expect, it } from 'vitest'

import { chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, staff } from './client'

describe.skipIf(!chromiumAvailable)('in a real browser', () => {
  const browser = useBrowser()

  it('a writer logs in, creates a draft article, and the public site does not show it', async () => {
    const writer = await staff('writer')
    const page = await browser().newPage()
    const consoleErrors: string[] = []
    page.on('pageerror', (e) => consoleErrors.push(String(e)))

    await page.goto(`${baseUrl()}/admin/login`)
    await page.fill('input[name="email"]', writer.email)
    await page.fill('input[name="password"]', writer.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })

    const headline = `Browser draft ${Date.now()}`
    await page.goto(`${baseUrl()}/admin/collections/articles/create`)
    await page.locator('#field-headline').fill(headline)
    // Autosave is on for articles: wait until the server holds the draft under its new id.
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    await expect
      .poll(
        async () =>
          (
            await http(`/api/articles?where[headline][equals]=${encodeURIComponent(headline)}&draft=true`, {
              token: writer.token,
            })
          ).json?.docs?.length,
        {
          timeout: 30_000,
        },
      )
      .toBe(1)
    const saved = (
      await http(`/api/articles?where[headline][equals]=${encodeURIComponent(headline)}&draft=true`, {
        token: writer.token,
      })
    ).json.docs[0]
    expect(saved._status).toBe('draft')

    const reader = await browser().newPage()
    await reader.goto(`${baseUrl()}/`)
    expect(await reader.content()).not.toContain(headline)
    const articlePage = await reader.goto(`${baseUrl()}/news/${encodeURIComponent(saved.slug)}`)
    expect(articlePage?.status()).toBe(404)
    expect(await reader.content()).not.toContain(headline)
    expect(consoleErrors).toEqual([])
  })
})
