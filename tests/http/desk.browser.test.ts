import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, staff } from './client'

/** The desk's daily tools, driven as a writer would in Chromium. */
describe.skipIf(!chromiumAvailable)('the desk in the admin', () => {
  const browser = useBrowser()

  it('Masthead’s own mark on the login page', async () => {
    await staff('writer') // the site has accounts (a fresh one asks for its first user instead)
    const page = await browser().newPage()
    await page.goto(`${baseUrl()}/admin/login`)
    await page.locator('[data-masthead-logo]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-masthead-logo]').textContent()).toContain('Masthead')
    await page.screenshot({ path: '.tmp/login.png' })
    await page.close()
  })

  it('a story started from Create New is by its writer and takes its address from the headline', async () => {
    const writer = await staff('writer')
    const page = await adminPageAs(browser(), baseUrl(), writer.email, writer.password)
    await page.goto(`${baseUrl()}/admin/collections/articles/create`)
    const headline = `Harbour storm warning ${Date.now()}`
    await page.locator('#field-headline').waitFor({ timeout: 30_000 })
    await page.locator('#field-headline').fill(headline)
    // Autosave gives the story its id; then its stored form is checked over the API.
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    const id = /articles\/(\d+)/.exec(page.url())![1]
    await expect
      .poll(async () => (await http(`/api/articles/${id}?draft=true&depth=0`, { token: writer.token })).json.headline, {
        timeout: 30_000,
      })
      .toBe(headline)
    const stored = (await http(`/api/articles/${id}?draft=true&depth=0`, { token: writer.token })).json
    expect(stored.authors).toEqual([writer.user.id])
    expect(stored.slug).toBe(headline.toLowerCase().replace(/ /g, '-'))
    // The editor calls a quote set apart from the text a pull quote.
    expect(await page.content()).toContain('Pull quote')
  })
})
