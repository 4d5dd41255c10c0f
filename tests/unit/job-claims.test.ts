import type { BaseDatabaseAdapter } from 'payload'
import { describe, expect, it } from 'vitest'

import { claimJobsOneAtATime } from '@/server/jobClaims'

/** An in-memory jobs store in the shape the wrapper uses: a Payload adapter's find and a Mongoose model. */
function fakeStore(count: number) {
  const jobs = new Map(
    Array.from({ length: count }, (_, i) => [String(i + 1), { id: String(i + 1), processing: false }]),
  )
  const tick = () => new Promise((r) => setImmediate(r))
  const adapter = {
    find: async ({ where, limit }: { where: { id?: { in: string[] } }; limit: number }) => {
      await tick()
      const docs = [...jobs.values()]
        .filter((j) => (where.id ? where.id.in.includes(j.id) : !j.processing))
        .slice(0, limit)
        .map((j) => ({ ...j }))
      return { docs }
    },
    // The adapter's own claim: find, then mark, with a gap in between (what Payload 3.90 does on MongoDB).
    updateJobs: async ({ limit }: { limit: number }) => {
      const found = [...jobs.values()].filter((j) => !j.processing).slice(0, limit)
      await tick()
      for (const j of found) j.processing = true
      return found.map((j) => ({ ...j }))
    },
  }
  const model = {
    findOneAndUpdate: async (filter: { _id: string }) => {
      await tick()
      const job = jobs.get(filter._id)
      if (!job || job.processing) return null
      job.processing = true
      return { _id: job.id }
    },
  }
  return { adapter: adapter as unknown as BaseDatabaseAdapter, model }
}

const claim = (adapter: BaseDatabaseAdapter) =>
  adapter.updateJobs({
    data: { processing: true },
    limit: 10,
    where: { processing: { equals: false } },
    req: {},
    returning: true,
  } as never) as Promise<{ id: string }[] | null>

describe('job claims across workers', () => {
  it('without the wrapper, two workers claiming at once both take the same jobs', async () => {
    const { adapter } = fakeStore(10)
    const [a, b] = await Promise.all([claim(adapter), claim(adapter)])
    expect([...(a ?? []), ...(b ?? [])].length).toBeGreaterThan(10)
  })

  it('with it, every job is claimed by exactly one of five workers', async () => {
    const { adapter, model } = fakeStore(40)
    claimJobsOneAtATime(adapter, () => model)
    const claims = await Promise.all(Array.from({ length: 5 }, () => claim(adapter)))
    const ids = claims.flatMap((c) => (c ?? []).map((j) => j.id))
    expect(new Set(ids).size).toBe(ids.length)
    // Five workers with ten each can take at most the forty there are.
    expect(ids.length).toBeLessThanOrEqual(40)
    expect(ids.length).toBeGreaterThan(0)
  })

  it('leaves every other update to the adapter', async () => {
    const { adapter, model } = fakeStore(3)
    const seen: unknown[] = []
    adapter.updateJobs = (async (args: unknown) => {
      seen.push(args)
      return []
    }) as never
    claimJobsOneAtATime(adapter, () => model)
    const release = { id: '1', data: { processing: false }, req: {} }
    await adapter.updateJobs(release as never)
    expect(seen).toEqual([release])
  })
})
