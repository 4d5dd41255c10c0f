import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, newsroom, post, saveDraft } from './client'

describe.skipIf(!chromiumAvailable)('editions in the admin', () => {
  const browser = useBrowser()

  it('a writer translates from the story’s panel; an editor approves only the translation, side by side with its source', async () => {
    const room = await newsroom()
    const headline = `Typhoon warning ${Date.now()}`
    const created = await post('/api/articles?draft=true', room.writer.token, { headline, deck: 'Ships stay in port.' })
    const source = created.json.doc as { id: number }
    const wf = (id: number, token: string, action: string) => post(`/api/articles/${id}/workflow`, token, { action })
    expect((await wf(source.id, room.writer.token, 'submit')).status).toBe(200)

    // The writer starts the Chinese edition from the source's panel and lands on it.
    const writerPage = await adminPageAs(browser(), baseUrl(), room.writer.email, room.writer.password)
    await writerPage.goto(`${baseUrl()}/admin/collections/articles/${source.id}`)
    const translateButton = writerPage.locator('[data-translate="zh"]')
    await translateButton.waitFor({ timeout: 30_000 })
    await Promise.all([
      writerPage.waitForURL((url) => !url.pathname.endsWith(`/articles/${source.id}`), { timeout: 30_000 }),
      translateButton.click(),
    ])
    const translationId = Number(new URL(writerPage.url()).pathname.split('/').pop())
    expect(translationId).toBeGreaterThan(source.id)
    await writerPage.locator('[data-translation-panel] [data-edition="en"]').waitFor({ timeout: 30_000 })
    expect(await writerPage.locator('[data-translate]').count()).toBe(0) // every language is taken now
    expect(
      (await saveDraft(`/api/articles/${translationId}`, room.writer.token, { headline: '台风预警' })).status,
    ).toBe(200)
    expect((await wf(translationId, room.writer.token, 'submit')).status).toBe(200)

    // The editor has both open, side by side, and approves the translation only.
    const sourcePage = await adminPageAs(browser(), baseUrl(), room.editor2.email, room.editor2.password)
    const translationPage = await sourcePage.context().newPage()
    await sourcePage.goto(`${baseUrl()}/admin/collections/articles/${source.id}`)
    await translationPage.goto(`${baseUrl()}/admin/collections/articles/${translationId}`)
    await sourcePage.locator('[data-translation-panel] [data-edition="zh"]').waitFor({ timeout: 30_000 })
    expect(await sourcePage.locator('[data-translation-panel] [data-edition="zh"]').textContent()).toContain('台风预警')
    const approve = translationPage.locator('[data-workflow-action="approve"]')
    await approve.waitFor({ timeout: 30_000 })
    await Promise.all([translationPage.waitForEvent('load', { timeout: 30_000 }), approve.click()])

    const stateOf = async (id: number) =>
      (await http(`/api/articles/${id}?draft=true&depth=0`, { token: room.editor.token })).json.workflowState
    expect(await stateOf(translationId)).toBe('approved')
    expect(await stateOf(source.id)).toBe('in_review')
    // The source's panel, reloaded, shows where each edition stands.
    await sourcePage.reload()
    const zhRow = sourcePage.locator('[data-translation-panel] li', { hasText: '台风预警' })
    await zhRow.waitFor({ timeout: 30_000 })
    expect(await zhRow.locator('[data-workflow-state]').getAttribute('data-workflow-state')).toBe('approved')
  })
})
