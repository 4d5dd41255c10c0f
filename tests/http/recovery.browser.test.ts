import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, launchBrowser } from './browser'
import { ADMIN, adminToken, baseUrl, staff } from './client'

/** The recovery view: administrators see what interrupted transitions left; nobody else does. */
describe.skipIf(!chromiumAvailable)('workflow recovery in the admin', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    await adminToken()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function recoveryPage(person: { email: string; password: string }): Promise<Page> {
    const page = await adminPageAs(browser, baseUrl(), person.email, person.password)
    await page.goto(`${baseUrl()}/admin/recovery`)
    await page.getByRole('heading', { name: 'Workflow recovery' }).waitFor({ timeout: 30_000 })
    return page
  }

  it('an administrator sees the state of recovery; an editor is told it is for administrators', async () => {
    const admin = await recoveryPage(ADMIN)
    expect(await admin.locator('[data-recovery="clean"], [data-recovery="found"]').count()).toBe(1)
    const editor = await recoveryPage(await staff('editor'))
    expect(await editor.getByText('Only an administrator can see and repair').count()).toBe(1)
  })
})
