import { describe, expect, it } from 'vitest'

import { graphqlWeight, requestWeight, restWeight } from '@/domain/queries/cost'

const q = (s: string) => new URLSearchParams(s)

describe('request weight at the API gate', () => {
  it('grows with the documents returned and their depth, from one turn to all of them', () => {
    expect(requestWeight(1, 0, 3)).toBe(1)
    expect(requestWeight(100, 2, 3)).toBe(3)
    expect(requestWeight(100, 0, 3)).toBe(1)
    expect(requestWeight(50, 2, 3)).toBe(2)
    expect(requestWeight(100, 2, 1)).toBe(1) // never more than the gate has
    expect(requestWeight(1_000_000, 99, 6)).toBe(6)
  })

  it('REST: a page of 100 at depth 2 takes every turn; a lookup by id or a small page takes one', () => {
    expect(restWeight('/api/articles', q('limit=100&depth=2'), 3)).toBe(3)
    expect(restWeight('/api/articles', q(''), 3)).toBe(1)
    expect(restWeight('/api/articles/12', q('depth=2'), 3)).toBe(1)
    expect(restWeight('/api/articles', q('pagination=false'), 3)).toBe(3)
    expect(restWeight('/api/articles', q('limit=100&depth=0'), 3)).toBe(1)
  })

  it('GraphQL: the largest limit, written or in a variable, at full depth', () => {
    expect(graphqlWeight('{ Articles(limit: 100) { docs { headline } } }', {}, 3)).toBe(3)
    expect(graphqlWeight('query($n: Int) { Articles(limit: $n) { docs { headline } } }', { n: 100 }, 3)).toBe(3)
    expect(graphqlWeight('{ Article(id: 1) { headline } }', {}, 3)).toBe(1)
    expect(graphqlWeight('{ Articles { docs { headline } } }', {}, 3)).toBe(1)
  })
})
