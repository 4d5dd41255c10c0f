import { afterEach, describe, expect, it } from 'vitest'

import { afterPageRefreshes, installPageCacheBridge, type PageCacheBridge, untilNextPurge } from './bridge'

const KEY = Symbol.for('masthead.pageCache')
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY]
})

function fakeBridge(idle: () => Promise<void> = () => Promise.resolve()) {
  let clock = 0
  const bridge: PageCacheBridge = { record: () => {}, purge: () => void (clock += 2), clock: () => clock, idle }
  installPageCacheBridge(bridge)
  return bridge
}

describe('a read kept until the next purge', () => {
  it('reads once between purges, again after each purge, and every time without the page cache', async () => {
    let reads = 0
    const site = untilNextPurge(async () => ({ name: `read ${++reads}` }))
    expect(await site()).toEqual({ name: 'read 1' })
    expect(await site()).toEqual({ name: 'read 2' }) // no page cache in this process: nothing is kept

    const bridge = fakeBridge()
    expect(await site()).toEqual({ name: 'read 3' })
    expect(await site()).toEqual({ name: 'read 3' })
    bridge.purge(['all'], 'soft')
    expect(await site()).toEqual({ name: 'read 4' })
    expect(reads).toBe(4)
  })

  it('a purge while the read runs makes the next caller read again', async () => {
    const bridge = fakeBridge()
    let reads = 0
    const site = untilNextPurge(async () => {
      reads += 1
      if (reads === 1) bridge.purge(['all'], 'soft') // the change commits while the first read is under way
      return reads
    })
    expect(await site()).toBe(1)
    expect(await site()).toBe(2)
    expect(await site()).toBe(2)
  })

  it('keeps nothing longer than a minute, and never a failed read', async () => {
    fakeBridge()
    let now = 0
    let reads = 0
    let fail = true
    const site = untilNextPurge(
      async () => {
        reads += 1
        if (fail) throw new Error('database down')
        return reads
      },
      () => now,
    )
    await expect(site()).rejects.toThrow('database down')
    fail = false
    expect(await site()).toBe(2)
    now += 59_000
    expect(await site()).toBe(2)
    now += 2_000
    expect(await site()).toBe(3)
  })
})

describe('work that waits for the pages a change refreshes', () => {
  it('goes on once the refreshes are done, not before', async () => {
    let done!: () => void
    fakeBridge(() => new Promise<void>((resolve) => (done = resolve)))
    let after = false
    const waiting = afterPageRefreshes(10_000).then(() => (after = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(after).toBe(false)
    done()
    await waiting
    expect(after).toBe(true)
  })

  it('waits no longer than it is given when a refresh hangs, and not at all without a page cache', async () => {
    fakeBridge(() => new Promise<void>(() => {}))
    const started = Date.now()
    await afterPageRefreshes(50)
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    delete (globalThis as Record<symbol, unknown>)[KEY]
    await afterPageRefreshes(60_000)
  })
})
