import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, post, staff } from './client'

describe.skipIf(!chromiumAvailable)('the review loop in the admin', () => {
  const browser = useBrowser()

  async function act(page: Page, id: number, action: string, note?: string) {
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const button = page.locator(`[data-workflow-action="${action}"]`)
    await button.waitFor({ timeout: 30_000 })
    if (note) await page.getByLabel('Workflow note', { exact: true }).fill(note)
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), button.click()])
  }

  const stateOf = async (page: Page, id: number) => {
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const badge = page.locator('.workflow-panel [data-workflow-state]')
    await badge.waitFor({ timeout: 30_000 })
    return badge.getAttribute('data-workflow-state')
  }

  it('writer submits, editor requests changes, writer resubmits, a second editor approves and publishes', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const headline = `Admin review loop ${Date.now()}`
    const created = await post('/api/articles?draft=true', writer.token, { headline })
    const { id, slug } = created.json.doc

    const writerPage = await adminPageAs(browser(), baseUrl(), writer.email, writer.password)
    const editorPage = await adminPageAs(browser(), baseUrl(), editor.email, editor.password)
    const editor2Page = await adminPageAs(browser(), baseUrl(), editor2.email, editor2.password)

    // The writer sees only what the table allows a writer: no approve, no publish.
    await writerPage.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await writerPage.locator('[data-workflow-action="submit"]').waitFor()
    expect(await writerPage.locator('[data-workflow-action="approve"]').count()).toBe(0)
    await act(writerPage, id, 'submit')
    expect(await stateOf(writerPage, id)).toBe('in_review')

    await act(editorPage, id, 'request_changes', 'Please add the minister’s reply.')
    expect(await stateOf(editorPage, id)).toBe('changes_requested')

    await act(writerPage, id, 'submit')
    expect(await stateOf(writerPage, id)).toBe('in_review')

    await act(editor2Page, id, 'approve')
    expect((await http(`/news/${encodeURIComponent(slug)}`)).status).toBe(404)
    await act(editor2Page, id, 'publish')
    expect(await stateOf(editor2Page, id)).toBe('published')

    const reader = await browser().newPage()
    const response = await reader.goto(`${baseUrl()}/news/${encodeURIComponent(slug)}`)
    expect(response?.status()).toBe(200)
    expect(await reader.locator('h1').textContent()).toBe(headline)
    const home = await reader.goto(`${baseUrl()}/`)
    expect(home?.status()).toBe(200)
    expect(await reader.content()).toContain(headline)
  })
})
