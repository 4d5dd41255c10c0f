import { describe, expect, it } from 'vitest'

import { gate } from '@/server/http/guard'

const tick = () => new Promise((r) => setTimeout(r, 0))

describe('the weighted API gate', () => {
  it('a heavy request takes every turn; light ones wait for it, in arrival order, and then share', async () => {
    const g = gate(3, 10)
    const entered: string[] = []
    const heavy = await g.admit(3)!
    const light = ['a', 'b', 'c', 'd'].map((name) => g.admit(1)!.then((release) => (entered.push(name), release)))
    await tick()
    expect(entered).toEqual([])
    heavy()
    await tick()
    expect(entered).toEqual(['a', 'b', 'c'])
    ;(await light[0])()
    await tick()
    expect(entered).toEqual(['a', 'b', 'c', 'd'])
  })

  it('a heavy request behind light ones waits until they leave; nobody jumps the queue', async () => {
    const g = gate(3, 10)
    const first = await g.admit(1)!
    const order: string[] = []
    const heavy = g.admit(3)!.then((r) => (order.push('heavy'), r))
    const light = g.admit(1)!.then((r) => (order.push('light'), r))
    await tick()
    expect(order).toEqual([]) // the light one does not pass the waiting heavy one
    first()
    await tick()
    expect(order).toEqual(['heavy'])
    ;(await heavy)()
    await tick()
    expect(order).toEqual(['heavy', 'light'])
    ;(await light)()
  })

  it('past the queue, admit answers null; a release twice counts once', async () => {
    const g = gate(1, 1)
    const r = await g.admit(1)!
    expect(g.admit(1)).not.toBeNull()
    expect(g.admit(1)).toBeNull()
    r()
    r()
    expect(g.describe()).toBe('1 of 1 turns taken and 0 waiting')
  })
})
