import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, post, staff } from './client'

/** One status, bulk workflow actions with each row's answer, and times in the publication's zone — in Chromium. */
describe.skipIf(!chromiumAvailable)('the workflow in the admin', () => {
  const browser = useBrowser()

  const wf = (id: number, token: string, action: string) =>
    http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action } })

  it('bulk Publish on 3 approved and 1 draft article: 3 go live, the draft’s row shows the server’s reason', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const prefix = `Bulk ${Date.now()}`
    const ids: number[] = []
    for (let i = 0; i < 4; i++) {
      const doc = (await post('/api/articles?draft=true', writer.token, { headline: `${prefix} ${i}`, deck: 'd' })).json
        .doc
      ids.push(doc.id)
      if (i === 3) continue // stays a draft
      expect((await wf(doc.id, writer.token, 'submit')).status).toBe(200)
      expect((await wf(doc.id, editor2.token, 'approve')).status).toBe(200)
    }
    const page = await adminPageAs(browser(), baseUrl(), editor.email, editor.password)
    await page.goto(`${baseUrl()}/admin/collections/articles?where[headline][like]=${encodeURIComponent(prefix)}`)
    await page.getByText(`${prefix} 3`).waitFor({ timeout: 30_000 })
    // Payload's own bulk Publish / Unpublish are gone; the workflow's stand in their place.
    // The list disables its select-all box until its rows are mounted; check it once it is live.
    await page.locator('#select-all:not([disabled])').check({ force: true, timeout: 30_000 })
    await page.locator('[data-bulk-action="publish"]').click()
    await page.locator('[data-bulk-results] li').nth(3).waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-bulk-row][data-ok="true"]').count()).toBe(3)
    const refused = page.locator(`[data-bulk-row="${ids[3]}"]`)
    expect(await refused.getAttribute('data-ok')).toBe('false')
    expect(await refused.textContent()).toMatch(/Cannot publish an item that is draft/)
    expect(await page.getByRole('button', { name: /^Publish \d+|^Unpublish \d+/ }).count()).toBe(0)
    for (const [i, id] of ids.entries()) expect((await http(`/api/articles/${id}`)).status).toBe(i < 3 ? 200 : 404)
  })

  it('one status on the edit page, the panel first in the sidebar, and a schedule entered in New York lands at the publication’s wall-clock time', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const doc = (await post('/api/articles?draft=true', writer.token, { headline: `Zone ${Date.now()}`, deck: 'd' }))
      .json.doc
    expect((await wf(doc.id, writer.token, 'submit')).status).toBe(200)
    expect((await wf(doc.id, editor2.token, 'approve')).status).toBe(200)

    const page = await adminPageAs(browser(), baseUrl(), editor.email, editor.password, 'America/New_York')
    await page.goto(`${baseUrl()}/admin/collections/articles/${doc.id}`)
    await page.locator('[data-workflow-action="schedule"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-one-status] [data-workflow-state="approved"]').count()).toBe(1)
    expect(await page.getByText('Revert to published').count()).toBe(0)
    expect(await page.locator('[data-zone-label]').textContent()).toContain('Asia/Shanghai · UTC+8')
    // Payload's own times are in the browser's zone (New York here), and say so.
    expect(await page.locator('.doc-controls__list-item', { hasText: 'Last Modified' }).textContent()).toMatch(
      /\(GMT-5\)/,
    )
    // A disabled button looks disabled and says why.
    expect(await page.locator('[data-workflow-action="schedule"]').getAttribute('title')).toMatch(
      /publication time first/,
    )

    await page.locator('input[type="datetime-local"]').first().fill('2026-12-24T20:30')
    await page.locator('[data-workflow-action="schedule"]').click()
    await page.getByText(/Schedule: done/).waitFor({ timeout: 30_000 })
    const stored = (await http(`/api/articles/${doc.id}?draft=true`, { token: editor.token })).json
    // 20:30 in Shanghai (UTC+8) — not 20:30 in the browser's New York.
    expect(stored.scheduledAt).toBe('2026-12-24T12:30:00.000Z')
    // The review queue lists it at the publication's wall-clock time, labelled.
    await page.goto(`${baseUrl()}/admin/review`)
    expect(await page.locator('[data-zone-label]').textContent({ timeout: 30_000 })).toContain('Asia/Shanghai · UTC+8')
    expect(await page.locator('tr', { hasText: doc.headline }).textContent()).toContain('20:30')
  })

  it('a release time typed in a New York browser is stored as the publication’s wall-clock time, with its zone', async () => {
    const writer = await staff('writer')
    const doc = (
      await post('/api/articles?draft=true', writer.token, { headline: `Release zone ${Date.now()}`, deck: 'd' })
    ).json.doc
    const page = await adminPageAs(browser(), baseUrl(), writer.email, writer.password, 'America/New_York')
    await page.goto(`${baseUrl()}/admin/collections/articles/${doc.id}`)
    const input = page.locator('#field-releasedAt input').first()
    await input.waitFor({ timeout: 30_000 })
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /\/api\/articles\/\d+/.test(r.url()),
      { timeout: 30_000 },
    )
    await input.click()
    await input.press('Control+a')
    await input.pressSequentially('Dec 24, 2026 8:30 PM')
    await input.press('Enter')
    expect((await saved).status()).toBe(200)
    const stored = (await http(`/api/articles/${doc.id}?draft=true`, { token: writer.token })).json
    expect(stored.releasedAt_tz).toBe('Asia/Shanghai')
    expect(stored.releasedAt).toBe('2026-12-24T12:30:00.000Z')
  })

  it('submitting with a correction that has no date is refused at submit, and the form points at the date', async () => {
    const writer = await staff('writer')
    const doc = (
      await http('/api/articles?draft=true', {
        method: 'POST',
        token: writer.token,
        body: {
          headline: `Undated ${Date.now()}`,
          corrections: [{ kind: 'correction', at: null, note: 'Fixed the name' }],
        },
      })
    ).json.doc
    const page = await adminPageAs(browser(), baseUrl(), writer.email, writer.password)
    await page.goto(`${baseUrl()}/admin/collections/articles/${doc.id}`)
    // The panel says what is missing before anyone presses anything; Submit is still offered, to be told why not.
    expect(await page.locator('[data-workflow-missing]').textContent({ timeout: 30_000 })).toContain(
      'the date and time of correction 1',
    )
    await page.locator('[data-workflow-action="submit"]').click()
    await page
      .getByRole('alert')
      .filter({ hasText: /correction 1/ })
      .first()
      .waitFor({ timeout: 30_000 })
    // The date's field is shown (its tab opened) and marked as a form error, with the reason.
    const date = page.locator('.date-time-field:has(#field-corrections__0__at)')
    await expect.poll(() => date.getAttribute('class'), { timeout: 30_000 }).toMatch(/has-error/)
    expect(await date.textContent()).toContain('Needed before review: the date and time of correction 1')
    expect(await page.locator('#field-corrections__0__at').isVisible()).toBe(true)
    expect((await http(`/api/articles/${doc.id}?draft=true`, { token: writer.token })).json.workflowState).toBe('draft')
  })
})
