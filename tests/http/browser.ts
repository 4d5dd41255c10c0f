import fs from 'node:fs'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

/** Debian's Chromium (playwright's own browser download cannot work on these machines). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH)

if (!chromiumAvailable) {
  const message = `No Chromium at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`
  if (process.env.CI) throw new Error(`Browser tests cannot run: ${message}`)
  console.warn(`\n${'!'.repeat(78)}\n  BROWSER TESTS SKIPPED. ${message}\n${'!'.repeat(78)}\n`)
}

/** Playwright gives every launch a new, empty profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Launches Chromium for the enclosing describe block and closes it afterwards; call the result for the browser. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser is not running yet (use it inside a test).')
    return browser
  }
}

/** A fresh browser context (in `timezoneId`, if given) logged in to the admin as the given account. */
export async function adminPageAs(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  timezoneId?: string,
) {
  const context = await browser.newContext({ timezoneId })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
  return page
}
