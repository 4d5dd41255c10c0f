import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, post, staff } from './client'

/** The admin's live-preview pane frames the preview route (our own origin); public pages refuse every frame. */
describe.skipIf(!chromiumAvailable)('live preview in the admin', () => {
  const browser = useBrowser()

  it('shows the draft’s headline in the preview pane, while the public page still refuses to be framed', async () => {
    const writer = await staff('writer')
    const headline = `Live preview ${Date.now()}`
    const doc = (await post('/api/articles?draft=true', writer.token, { headline, deck: 'Only in the preview' })).json
      .doc
    const page = await adminPageAs(browser(), baseUrl(), writer.email, writer.password)
    const refused: string[] = []
    page.on('console', (m) => /frame-ancestors|Refused to display/i.test(m.text()) && refused.push(m.text()))
    await page.goto(`${baseUrl()}/admin/collections/articles/${doc.id}`)
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('iframe').first()
    await frame.getByText(headline).first().waitFor({ timeout: 30_000 })
    expect(await frame.getByText('Readers do not see this page').count()).toBeGreaterThan(0)
    expect(refused).toEqual([])

    const article = await fetch(`${baseUrl()}/`)
    expect(article.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
