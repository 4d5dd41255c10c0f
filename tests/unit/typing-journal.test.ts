import { describe, expect, it } from 'vitest'

import { adoptOrphans, ALIVE_MS, touchJournal, writeJournal } from '../../src/components/admin/typingJournal'

/** localStorage's interface over a Map. */
function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    get length() {
      return items.size
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

const base = 'masthead.typing.articles.5.7'
const deck = (mine: string) => [{ path: 'deck', mine }]

describe('the typing journal, one record per open form', () => {
  it('two tabs keep separate records: one tab emptying its journal leaves the other’s', () => {
    const storage = memoryStorage()
    writeJournal(storage, base, 'tabA', deck('typed in A'), 1000)
    writeJournal(storage, base, 'tabB', deck('typed in B'), 1000)
    writeJournal(storage, base, 'tabB', [], 1500) // B's text was saved
    expect(adoptOrphans(storage, base, 'tabC', null, 1600)).toEqual([]) // A is alive: not adopted
    expect(storage.items.has(`${base}:tabA`)).toBe(true)
  })

  it('a closed tab’s record is adopted at once, and only once', () => {
    const storage = memoryStorage()
    writeJournal(storage, base, 'tabA', deck('typed before reload'), 1000)
    touchJournal(storage, base, 'tabA', true, 1100)
    expect(adoptOrphans(storage, base, 'tabB', null, 1200)).toEqual(deck('typed before reload'))
    expect(adoptOrphans(storage, base, 'tabC', null, 1300)).toEqual([])
  })

  it('a tab that stopped keeping its record (a crash) is adopted once it is silent for ALIVE_MS', () => {
    const storage = memoryStorage()
    writeJournal(storage, base, 'tabA', deck('typed before the crash'), 1000)
    expect(adoptOrphans(storage, base, 'tabB', null, 1000 + ALIVE_MS - 1)).toEqual([])
    touchJournal(storage, base, 'tabA', false, 1000 + ALIVE_MS - 1) // still alive: a heartbeat
    expect(adoptOrphans(storage, base, 'tabB', null, 1000 + ALIVE_MS + 10)).toEqual([])
    expect(adoptOrphans(storage, base, 'tabB', null, 1000 + 2 * ALIVE_MS)).toEqual(deck('typed before the crash'))
  })

  it('with the browser’s locks, a form is open exactly while it holds its lock, however old its record', () => {
    const storage = memoryStorage()
    writeJournal(storage, base, 'tabA', deck('typed in a background tab'), 0)
    writeJournal(storage, base, 'tabB', deck('typed before a crash'), 10 * ALIVE_MS)
    const open = new Set(['tabA', 'tabC'])
    expect(adoptOrphans(storage, base, 'tabC', open, 10 * ALIVE_MS)).toEqual(deck('typed before a crash'))
    expect(storage.items.has(`${base}:tabA`)).toBe(true)
    // Left (pagehide) and then restored from the back-forward cache: it holds its lock again, so it is not taken.
    touchJournal(storage, base, 'tabA', true, 10 * ALIVE_MS)
    expect(adoptOrphans(storage, base, 'tabC', open, 10 * ALIVE_MS)).toEqual([])
  })

  it('never adopts its own record, nor another document’s or person’s', () => {
    const storage = memoryStorage()
    writeJournal(storage, base, 'tabA', deck('mine'), 0)
    writeJournal(storage, `${base}1`, 'tabX', deck('story 51'), 0)
    writeJournal(storage, 'masthead.typing.articles.5.8', 'tabY', deck('another person'), 0)
    expect(adoptOrphans(storage, base, 'tabA', null, 10 * ALIVE_MS)).toEqual([])
    expect(storage.items.size).toBe(3)
  })

  it('adopts the journal of the one-record-per-person format', () => {
    const storage = memoryStorage()
    storage.setItem(base, JSON.stringify(deck('from before')))
    storage.setItem(`${base}:broken`, '{not json')
    expect(adoptOrphans(storage, base, 'tabA', null, 0)).toEqual(deck('from before'))
    expect(storage.items.size).toBe(0)
  })
})
