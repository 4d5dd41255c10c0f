import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>
}
/** Published a patch behind the rest; they run on the one Payload through package.json's overrides. */
const BEHIND = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])

/** Stands in for Payload's own dependency check, which payload.config.ts turns off (it refuses any skew). */
describe('Payload packages in the lock file', () => {
  const payloadPackages = Object.entries(lock.packages)
    .filter(([where]) => /(^|\/)node_modules\/(payload|@payloadcms\/[^/]+)$/.test(where))
    .map(([where, { version }]) => ({ where, name: where.replace(/^.*node_modules\//, ''), version }))

  it('holds one copy of each: no plugin brings its own Payload or admin UI', () => {
    const nested = payloadPackages.filter((p) => p.where.split('node_modules/').length > 2)
    expect(nested).toEqual([])
  })

  it('has every package at the version of payload itself, but for the storage plugins one patch behind', () => {
    const payload = lock.packages['node_modules/payload'].version!
    const [major, minor, patch] = payload.split('.').map(Number)
    for (const p of payloadPackages) {
      if (BEHIND.has(p.name)) expect(p.version, p.name).toBe(`${major}.${minor}.${patch - 1}`)
      else expect(p.version, p.name).toBe(payload)
    }
    expect(payloadPackages.map((p) => p.name)).toEqual(expect.arrayContaining(['@payloadcms/ui', ...BEHIND]))
  })
})
