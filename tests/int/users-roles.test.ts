import { describe, expect, it } from 'vitest'

import { makeUser, payload, refusal, updateAs, withPayload } from './helpers'

withPayload()

describe('roles', () => {
  // Runs first in this file, on an empty users table (the REST first-register route is tested over HTTP).
  it('the first account becomes an administrator whatever roles it asks for', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@test.local', name: 'First', password: 'first-password', roles: ['writer'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await refusal(() =>
      payload.create({
        collection: 'users',
        overrideAccess: false,
        data: { email: 'second@test.local', name: 'Second', password: 'second-password', roles: ['admin'] },
      }),
    )
    expect(second.status).toBe(403)
  })

  it('a writer cannot give themself a role', async () => {
    const writer = await makeUser(payload, ['writer'])
    const error = await refusal(() => updateAs(writer, 'users', writer.id, { roles: ['writer', 'admin'] }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/Only an administrator can change roles/)
    const after = await payload.findByID({ collection: 'users', id: writer.id })
    expect(after.roles).toEqual(['writer'])
  })

  it('a writer may still edit their own name, sending their unchanged roles along', async () => {
    const writer = await makeUser(payload, ['writer'])
    const updated = await updateAs(writer, 'users', writer.id, { name: 'Renamed', roles: ['writer'] })
    expect(updated.name).toBe('Renamed')
  })

  it('a writer cannot edit another account', async () => {
    const writer = await makeUser(payload, ['writer'])
    const other = await makeUser(payload, ['editor'])
    const error = await refusal(() => updateAs(writer, 'users', other.id, { name: 'Hijacked' }))
    expect([403, 404]).toContain(error.status)
    expect((await payload.findByID({ collection: 'users', id: other.id })).name).not.toBe('Hijacked')
  })

  it('an administrator can change roles', async () => {
    const admin = await makeUser(payload, ['admin'])
    const writer = await makeUser(payload, ['writer'])
    const updated = await updateAs(admin, 'users', writer.id, { roles: ['writer', 'photo_desk'] })
    expect(updated.roles).toEqual(['writer', 'photo_desk'])
  })

  it('readers cannot list staff accounts', async () => {
    await makeUser(payload, ['editor'])
    const error = await refusal(() => payload.find({ collection: 'users', overrideAccess: false }))
    expect(error.status).toBe(403)
  })
})
