import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, launchBrowser } from './browser'
import { baseUrl, http, staff } from './client'

/** Two people on one live story in the admin: the holder's lease survives autosave, take-over starts fresh, and nobody's text is lost. */
describe.skipIf(!chromiumAvailable)('editing a live story in the admin', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })



  /** Types into the deck and waits for the autosave's answer. */
  async function typeDeck(page: Page, text: string) {
    const answer = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/api\/articles\/\d+/.test(r.url()), { timeout: 30_000 })
    await page.locator('#field-deck').fill(text)
    return (await answer).status()
  }

  it('a lease that autosave keeps, who holds it, and a take-over that starts from the holder’s latest text', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const created = await http('/api/articles?draft=true', { method: 'POST', token: writer.token, body: { headline: `Two editors ${Date.now()}`, deck: 'Live deck' } })
    const id = created.json.doc.id
    for (const [token, action] of [[writer.token, 'submit'], [editor.token, 'approve'], [editor2.token, 'publish']]) {
      expect((await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action } })).status).toBe(200)
    }
    const first = await adminPageAs(browser, baseUrl(), editor.email, editor.password)
    const second = await adminPageAs(browser, baseUrl(), editor2.email, editor2.password)
    await first.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await first.locator('#field-deck').waitFor()
    // A live story edited in the admin is saved: the form names the version it was opened at (without one: 428).
    const sent = first.waitForRequest((r) => r.method() === 'PATCH' && /\/api\/articles\/\d+/.test(r.url()))
    expect(await typeDeck(first, 'Corrected by the first editor')).toBe(200)
    expect((await sent).postData() ?? '').toContain('baseVersion')

    // The second editor opens it now: the lease survived the autosave, so they are told who is editing.
    await second.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await second.getByText(/is currently editing this document/).waitFor({ timeout: 30_000 })
    expect(await second.getByText(editor.email).count()).toBeGreaterThan(0)
    // The holder keeps saving; their lease is theirs through every autosave.
    expect(await typeDeck(first, 'Corrected by the first editor, twice')).toBe(200)

    // The second takes over: their form is reloaded with the holder's latest text, so they cannot work on a stale
    // copy; the holder is told, and their text stays on their screen.
    await second.getByRole('button', { name: 'Take over' }).click()
    await expect.poll(() => second.locator('#field-deck').inputValue(), { timeout: 30_000 }).toBe('Corrected by the first editor, twice')
    // The holder types on, unaware: they are told at once, and what they typed stays in their form to copy.
    await first.locator('#field-deck').fill('Typed by the first editor after the take-over')
    await first.getByText('Another user has taken over editing this document.').waitFor({ timeout: 30_000 })
    expect(await first.locator('#field-deck').inputValue()).toBe('Typed by the first editor after the take-over')
    // Nothing the holder typed after losing the lease overwrote the taker's copy.
    const stored = await http(`/api/articles/${id}?draft=true`, { token: editor.token })
    expect(stored.json.deck).toBe('Corrected by the first editor, twice')
  })
})
