import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { afterQuietMoment } from '../../src/components/admin/quietMoment'

/** A browser that is idle at once, so only the quiet wait decides. */
const idleAtOnce = {
  request: (run: () => void) => {
    run()
    return 0
  },
  cancel: () => {},
}

describe('work held until nobody is typing', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs once, after the quiet wait, when nobody touches the page', () => {
    const run = vi.fn()
    afterQuietMoment(new EventTarget(), run, { quietMs: 400, idle: idleAtOnce })
    vi.advanceTimersByTime(399)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5_000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('waits while someone types: every keystroke or click starts the wait again', () => {
    const page = new EventTarget()
    const run = vi.fn()
    afterQuietMoment(page, run, { quietMs: 400, idle: idleAtOnce })
    for (let key = 0; key < 10; key++) {
      vi.advanceTimersByTime(300)
      page.dispatchEvent(new Event(key % 2 ? 'keydown' : 'pointerdown'))
    }
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(400)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('a keystroke while waiting for the browser to be idle starts over', () => {
    const page = new EventTarget()
    const run = vi.fn()
    const slowIdle = {
      request: (fn: () => void) => setTimeout(fn, 200) as unknown as number,
      cancel: (handle: number) => clearTimeout(handle),
    }
    afterQuietMoment(page, run, { quietMs: 400, idle: slowIdle })
    vi.advanceTimersByTime(500)
    page.dispatchEvent(new Event('keydown'))
    vi.advanceTimersByTime(500)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('cancelled, it never runs and stops listening', () => {
    const page = new EventTarget()
    const removed = vi.spyOn(page, 'removeEventListener')
    const run = vi.fn()
    const cancel = afterQuietMoment(page, run, { quietMs: 400, idle: idleAtOnce })
    cancel()
    page.dispatchEvent(new Event('keydown'))
    vi.advanceTimersByTime(5_000)
    expect(run).not.toHaveBeenCalled()
    expect(removed).toHaveBeenCalledTimes(2)
  })
})
