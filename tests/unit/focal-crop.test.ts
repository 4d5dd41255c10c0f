import { describe, expect, it } from 'vitest'

import { focalCrop, isCentred } from '../../src/domain/photos/focalCrop'

describe('focalCrop', () => {
  const landscape = { width: 4000, height: 3000 }

  it('scales to just cover the target and centres the window by default', () => {
    expect(focalCrop(landscape, { width: 1200, height: 1200 })).toEqual({
      resize: { width: 1600, height: 1200 },
      extract: { left: 200, top: 0, width: 1200, height: 1200 },
    })
  })

  it('keeps the focal point inside the window, as close to its middle as the edges allow', () => {
    // Focal point at 90% across: window centred on x = 1440, clamped to the right edge.
    expect(focalCrop(landscape, { width: 1200, height: 1200 }, { x: 90, y: 50 }).extract).toMatchObject({
      left: 400,
      top: 0,
    })
    expect(focalCrop(landscape, { width: 1200, height: 1200 }, { x: 10, y: 50 }).extract).toMatchObject({ left: 0 })
    expect(focalCrop(landscape, { width: 1200, height: 1200 }, { x: 60, y: 50 }).extract).toMatchObject({ left: 360 })
    // A wide crop of a tall picture moves vertically.
    const plan = focalCrop({ width: 3000, height: 4000 }, { width: 1600, height: 900 }, { x: 50, y: 40 })
    expect(plan.resize).toEqual({ width: 1600, height: 2133 })
    expect(plan.extract).toMatchObject({ left: 0, top: 403, width: 1600, height: 900 })
    expect(focalCrop({ width: 3000, height: 4000 }, { width: 1600, height: 900 }, { x: 50, y: 5 }).extract.top).toBe(0)
  })

  it('never cuts outside the picture, whatever the focal point says', () => {
    for (const x of [-50, 0, 33, 100, 250, Number.NaN]) {
      for (const target of [
        { width: 320, height: 213 },
        { width: 1200, height: 630 },
        { width: 1200, height: 1200 },
      ]) {
        const { resize, extract } = focalCrop({ width: 2999, height: 1999 }, target, { x, y: x })
        expect(extract.left).toBeGreaterThanOrEqual(0)
        expect(extract.top).toBeGreaterThanOrEqual(0)
        expect(extract.left + extract.width).toBeLessThanOrEqual(resize.width)
        expect(extract.top + extract.height).toBeLessThanOrEqual(resize.height)
      }
    }
  })

  it('knows a centred (or unset) focal point', () => {
    expect(isCentred(null)).toBe(true)
    expect(isCentred({ x: 50, y: 50 })).toBe(true)
    expect(isCentred({ x: 50.2, y: 49.8 })).toBe(true)
    expect(isCentred({ x: 70, y: 50 })).toBe(false)
  })
})
