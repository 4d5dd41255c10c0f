import type { FieldAccess } from 'payload'
import { describe, expect, it } from 'vitest'

import { internal } from '../../src/fields/internal'

type ReadArgs = Parameters<FieldAccess>[0]
const asking = (user: unknown) => ({ req: { user } }) as unknown as ReadArgs
const editor = asking({ id: 1, roles: ['editor'] })
const reader = asking(null)
const readRule = (field: ReturnType<typeof internal>) => (field as { access: { read: FieldAccess } }).access.read

describe('internal fields', () => {
  it('are read by staff and never by readers', async () => {
    const read = readRule(internal({ name: 'note', type: 'text' }))
    expect(await read(editor)).toBe(true)
    expect(await read(reader)).toBe(false)
  })

  it('keep a stricter rule of their own', async () => {
    const read = readRule(internal({ name: 'searchText', type: 'text', access: { read: () => false } }))
    expect(await read(editor)).toBe(false)
  })

  it('cannot be widened by a looser rule of their own', async () => {
    const read = readRule(internal({ name: 'note', type: 'text', access: { read: () => true } }))
    expect(await read(reader)).toBe(false)
    expect(await read(editor)).toBe(true)
  })

  it('keep their write rules', () => {
    const field = internal({ name: 'stamp', type: 'text', access: { update: () => false } }) as {
      access: { update: FieldAccess }
    }
    expect(field.access.update(editor)).toBe(false)
  })
})
