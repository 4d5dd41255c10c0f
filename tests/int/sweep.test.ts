import { beforeAll, describe, expect, it } from 'vitest'

import { UNTOUCHED_STORY_GRACE_MS } from '@/domain/desk/newStory'
import { sweepUntouchedStories } from '@/jobs/sweepUntouchedStories'
import type { User } from '@/payload-types'

import { makeUser, payload, withPayload } from './helpers'

let writer: User

withPayload()
beforeAll(async () => {
  writer = await makeUser(payload, ['writer'], 'sweep-writer')
})

const exists = async (id: number | string) =>
  Boolean(await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, disableErrors: true }))

describe('the sweep of stories nobody wrote in', () => {
  it('removes an untouched story past the grace period and keeps every story with anything in it', async () => {
    const asWriter = { user: writer, overrideAccess: false, draft: true } as const
    const untouched = await payload.create({ collection: 'articles', data: {}, ...asWriter })
    // Typed into by autosave only: the text is in the latest draft, not on the document itself.
    const autosaved = await payload.create({ collection: 'articles', data: {}, ...asWriter })
    await payload.update({
      collection: 'articles',
      id: autosaved.id,
      data: { deck: 'A deck typed before the tab was closed' },
      autosave: true,
      ...asWriter,
    })
    const titled = await payload.create({ collection: 'articles', data: { headline: 'Half a story' }, ...asWriter })

    // Within the grace period nothing goes, however empty.
    expect(await sweepUntouchedStories(payload)).toBe(0)
    expect(await exists(untouched.id)).toBe(true)

    const later = Date.now() + UNTOUCHED_STORY_GRACE_MS + 60_000
    expect(await sweepUntouchedStories(payload, { now: later })).toBe(1)
    expect(await exists(untouched.id)).toBe(false)
    expect(await exists(autosaved.id)).toBe(true)
    expect(await exists(titled.id)).toBe(true)
    // Running again finds nothing more.
    expect(await sweepUntouchedStories(payload, { now: later })).toBe(0)
  })

  it('is a scheduled task of the housekeeping queue', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'sweepUntouchedStories')
    expect(task?.schedule).toEqual([expect.objectContaining({ queue: 'housekeeping' })])
  })
})
