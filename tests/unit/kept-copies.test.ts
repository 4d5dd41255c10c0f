import { describe, expect, it } from 'vitest'

import { type Kept, withKept, withoutDismissed } from '../../src/components/admin/keptCopies'

const conflict = (path: string, mine: string) => ({
  path,
  mine,
  theirs: '',
  parts: [{ text: mine, side: 'mine' as const }],
})
const entry = (by: string, ...mine: string[]): Kept => ({ at: by, by, conflicts: mine.map((m) => conflict('deck', m)) })

describe('kept copies shared by the tabs of one person and document', () => {
  it('adds only what is not kept yet, to what is stored now', () => {
    const stored = [entry('tab A', 'A text')]
    const next = withKept(stored, entry('tab B', 'A text', 'B text'))
    expect(next.flatMap((k) => k.conflicts.map((c) => c.mine))).toEqual(['A text', 'B text'])
    expect(withKept(next, entry('tab A again', 'B text'))).toBe(next)
  })

  it('keeps the latest twenty entries', () => {
    let list: Kept[] = []
    for (let i = 0; i < 25; i++) list = withKept(list, entry(`t${i}`, `text ${i}`))
    expect(list).toHaveLength(20)
    expect(list[0].conflicts[0].mine).toBe('text 5')
  })

  it('dismissing removes what this tab showed, not what another tab kept since', () => {
    const shownInA = [entry('tab A', 'A text')]
    const stored = withKept(shownInA, entry('tab B', 'B text'))
    const rest = withoutDismissed(stored, shownInA)
    expect(rest.flatMap((k) => k.conflicts.map((c) => c.mine))).toEqual(['B text'])
    expect(withoutDismissed(rest, rest)).toEqual([])
  })
})
