import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumAvailable, launchBrowser } from './browser'
import { approvedMaterial, baseUrl, http, newsroom, post } from './client'

const axeSource = fs.readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8')

async function seriousViolations(page: Page) {
  // Evaluated through the browser's debugging protocol: the pages' own policy (script-src 'none') refuses a tag.
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
        }
      }
    ).axe
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`)
}

describe.skipIf(!chromiumAvailable)('a reader on the public site', () => {
  let browser: Browser
  let slug = ''
  let sectionSlug = ''
  const headline = `Reader path ${Date.now()}`

  beforeAll(async () => {
    browser = await launchBrowser()
    const room = await newsroom()
    const { writer, editor, editor2 } = room
    sectionSlug = `reader-${Date.now()}`
    const section = (await post('/api/sections', editor.token, { name: 'Reader desk', slug: sectionSlug })).json.doc
    const { photo, link } = await approvedMaterial(room, {
      name: 'reader.jpg',
      color: '#2a5d8f',
      alt: 'A blue test picture',
      caption: 'The harbour in blue.',
    })
    const article = (
      await http('/api/articles?draft=true', {
        method: 'POST',
        token: writer.token,
        body: {
          headline,
          deck: 'A story for the reader test.',
          section: section.id,
          hero: { photo: photo.id },
          relatedLinks: [link.id],
          bylineText: 'The Masthead desk',
        },
      })
    ).json.doc
    slug = article.slug
    await post(`/api/articles/${article.id}/workflow`, writer.token, { action: 'submit' })
    await post(`/api/articles/${article.id}/workflow`, editor2.token, { action: 'approve' })
    const published = await post(`/api/articles/${article.id}/workflow`, editor.token, { action: 'publish' })
    expect(published.status, published.text).toBe(200)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('goes home → section → article and sees caption, credit and related links, with no console errors and no serious accessibility violations', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`)
    })
    const scripts: string[] = []
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
    /** Layout shift since the page loaded (what CLS adds up), read once it has settled. */
    const layoutShift = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(total), 300)
          }),
      )

    // Publishing marks cached pages stale: the first reader may get the cached front page while it is rebuilt
    // (stale-while-revalidate), the next one the new page.
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl()}/`)
          return page.content()
        },
        { timeout: 15_000 },
      )
      .toContain(headline)
    expect(await seriousViolations(page)).toEqual([])
    // The lead's picture is there at once and sized; the masthead lists the sections.
    const lead = page.locator('.lead img')
    expect(await lead.getAttribute('loading')).toBe('eager')
    expect([await lead.getAttribute('width'), await lead.getAttribute('height')]).toEqual(['1600', '900'])
    expect(await page.locator('nav[aria-label="Sections"] a', { hasText: 'Reader desk' }).count()).toBe(1)
    expect(await layoutShift()).toBe(0)

    await page.goto(`${baseUrl()}/section/${sectionSlug}`)
    const card = page.locator('.latest img').first()
    expect([await card.getAttribute('width'), await card.getAttribute('height')]).toEqual(['640', '360'])
    expect(await card.getAttribute('loading')).toBe('lazy')
    await page.click(`text=${headline}`)
    await page.waitForURL(new RegExp(`/news/${slug}$`))
    expect(await page.locator('h1').textContent()).toBe(headline)
    expect(await page.locator('figcaption').first().textContent()).toContain('The harbour in blue.')
    expect(await page.locator('.figure__credit').first().textContent()).toBe('Photo by Masthead reporter Li Na')
    expect(await page.locator('.related h3').first().textContent()).toBe('Earlier coverage')
    const img = page.locator('figure img').first()
    expect(await img.getAttribute('width')).toMatch(/^\d+$/)
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    expect(await layoutShift()).toBe(0)
    // Readers' pages are documents: the browser fetched no script for any of them.
    expect(scripts).toEqual([])
    expect(errors).toEqual([])
  })
})
