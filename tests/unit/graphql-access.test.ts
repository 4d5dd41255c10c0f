import { describe, expect, it } from 'vitest'

import { accessForGraphQL } from '../../src/domain/graphql/permissions'

describe('the GraphQL Access answer, in the shape its type declares', () => {
  it('a reader: no admin, allowed operations as { permission: true }, nested fields too', () => {
    const shaped = accessForGraphQL({
      collections: { articles: {} },
      articles: {
        fields: { headline: { read: true }, hero: { read: true, fields: { photo: { read: true } } } },
        read: true,
      },
    })
    expect(shaped).toEqual({
      canAccessAdmin: false,
      articles: {
        fields: {
          headline: { read: { permission: true } },
          hero: { read: { permission: true }, fields: { photo: { read: { permission: true } } } },
        },
        read: { permission: true },
      },
    })
  })

  it('staff: refusals stay false, a rule for some documents keeps its where, a whole-field true or false spreads', () => {
    const where = { _status: { equals: 'published' } }
    // A field with every operation allowed (or refused) is answered as plain `true` (or `false`).
    const every = ['create', 'read', 'update', 'delete', 'readVersions', 'unlock']
    const shaped = accessForGraphQL({
      canAccessAdmin: true,
      site: { read: true, update: false },
      articles: { fields: { headline: true, searchText: false } },
      captions: { read: { where }, delete: { permission: false } },
    })
    expect(shaped).toEqual({
      canAccessAdmin: true,
      site: { read: { permission: true }, update: { permission: false } },
      articles: {
        fields: {
          headline: Object.fromEntries(every.map((op) => [op, { permission: true }])),
          searchText: Object.fromEntries(every.map((op) => [op, { permission: false }])),
        },
      },
      captions: { read: { where, permission: true }, delete: { permission: false } },
    })
  })
})
