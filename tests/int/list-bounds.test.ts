import { describe, expect, it } from 'vitest'

import { WHOLE_LIST } from '@/domain/queries/rules'

import { makeUser, payload, withPayload } from './helpers'

withPayload()

/**
 * The admin's list views read through the Local API on behalf of the signed-in person, with the page's own `limit`
 * (`?limit=100000`, or `0` for "all"): those reads are bounded like the API's, while trusted server code is not.
 */
describe('lists read on behalf of a signed-in person are bounded', () => {
  it('a person’s limit past 100, limit 0 and pagination off give at most 100; trusted reads and a declared whole list give all', async () => {
    const editor = await makeUser(payload, ['editor'])
    for (let i = 0; i < 101; i++) await payload.create({ collection: 'tags', data: { name: `Bounded ${i}` } })
    const asEditor = (extra: { limit?: number; pagination?: boolean; context?: Record<string, unknown> }) =>
      payload.find({ collection: 'tags', user: editor, overrideAccess: false, depth: 0, ...extra })

    const big = await asEditor({ limit: 100_000 })
    expect(big.docs).toHaveLength(100)
    expect(big.limit).toBe(100)
    expect((await asEditor({ limit: 0 })).docs).toHaveLength(100)
    expect((await asEditor({ pagination: false })).docs).toHaveLength(100)
    expect((await asEditor({ limit: 25 })).docs).toHaveLength(25)

    expect((await payload.find({ collection: 'tags', limit: 1000, depth: 0 })).docs).toHaveLength(101)
    const declared = await asEditor({ pagination: false, context: { [WHOLE_LIST]: true } })
    expect(declared.docs).toHaveLength(101)
  })
})
