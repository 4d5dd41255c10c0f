import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, staff, uploadPhoto } from './client'

describe.skipIf(!chromiumAvailable)('focal point in a real browser', () => {
  const browser = useBrowser()

  /** From -255 (all red) to 255 (all blue): which half of the picture a rendition shows. */
  async function blueness(url: string, token: string) {
    const res = await fetch(new URL(url, baseUrl()), { headers: { Authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    const { channels } = await sharp(Buffer.from(await res.arrayBuffer())).stats()
    return channels[2].mean - channels[0].mean
  }

  it('the photo desk clicks the subject and the crops follow it', async () => {
    const desk = await staff('photo_desk')
    // Left half red, right half blue.
    const picture = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#ff0000' } })
      .composite([
        { input: { create: { width: 1200, height: 1200, channels: 3, background: '#0000ff' } }, left: 1200, top: 0 },
      ])
      .jpeg()
      .toBuffer()
    const created = await uploadPhoto(desk.token, picture, 'halves.jpg', { alt: 'Red and blue halves' }, 'image/jpeg')
    expect(created.status, created.text).toBe(201)
    const photo = created.json.doc
    expect(Math.abs(await blueness(photo.sizes.square.url, desk.token))).toBeLessThan(20)

    const page = await adminPageAs(browser(), baseUrl(), desk.email, desk.password)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${baseUrl()}/admin/collections/photos/${photo.id}`)
    const image = page.locator('div[role="presentation"] img')
    await image.waitFor({ timeout: 30_000 })
    await image.scrollIntoViewIfNeeded()
    const box = (await image.boundingBox())!
    await image.click({ position: { x: box.width * 0.9, y: box.height * 0.5 } })
    expect(Number(await page.locator('input[name="focalX"]').inputValue())).toBeCloseTo(90, -1)
    await page.getByRole('button', { name: 'Save Draft' }).click()

    await expect
      .poll(async () => (await http(`/api/photos/${photo.id}?draft=true`, { token: desk.token })).json?.focalX, {
        timeout: 30_000,
      })
      .toBeGreaterThan(85)
    await expect
      .poll(() => blueness(`${photo.sizes.square.url}?v=${Date.now()}`, desk.token), { timeout: 30_000 })
      .toBeGreaterThan(200)
    expect(errors).toEqual([])
  })
})
