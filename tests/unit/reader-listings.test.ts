import type { Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { LISTINGS } from '@/domain/publishing/cacheTags'
import { installPageCacheBridge, type PageCacheBridge } from '@/server/cache/bridge'
import { bindReaderQueries } from '@/server/queries/bind'

const KEY = Symbol.for('masthead.pageCache')
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY]
})

/** A Payload whose only stories are `count` live ones, newest first; it counts the story reads it answers. */
function fakePayload(count = 60) {
  const reads: { limit: number; where: unknown }[] = []
  const stories = Array.from({ length: count }, (_, i) => ({
    id: count - i,
    headline: `Story ${count - i}`,
    slug: `story-${count - i}`,
    releasedAt: new Date(Date.UTC(2026, 0, 1) + (count - i) * 60_000).toISOString(),
    updatedAt: '2026-01-01T00:00:00.000Z',
  }))
  const payload = {
    findGlobal: async () => ({}),
    find: async ({ collection, limit, where }: { collection: string; limit: number; where: unknown }) => {
      if (collection !== 'articles') return { docs: [], totalDocs: 0, totalPages: 0 }
      reads.push({ limit, where })
      const docs = stories.slice(0, limit)
      return { docs, totalDocs: stories.length, totalPages: Math.ceil(stories.length / limit) }
    },
  }
  return { payload: payload as unknown as Payload, reads }
}

function fakePageCache() {
  let clock = 0
  const recorded: string[] = []
  const bridge: PageCacheBridge = {
    record: (tags) => void recorded.push(...tags),
    purge: () => void (clock += 1),
    clock: () => clock,
    idle: () => Promise.resolve(),
  }
  installPageCacheBridge(bridge)
  return { bridge, recorded }
}

describe("an edition's newest stories, shared between purges", () => {
  it('the front page and the feed share one read; it is read again after a purge', async () => {
    const { payload, reads } = fakePayload()
    const { bridge, recorded } = fakePageCache()
    const q = bindReaderQueries(
      async () => payload,
      () => null,
    )
    const [front, feed] = await Promise.all([
      q.listedArticles({ limit: 10, counted: false }),
      q.listedArticles({ limit: 50, counted: false, sectionSlug: undefined, language: undefined }),
    ])
    expect(reads).toHaveLength(1)
    expect(front.docs.map((d) => d.id)).toEqual(feed.docs.slice(0, 10).map((d) => d.id))
    expect(feed.docs).toHaveLength(50)
    expect(front.docs[0]?.headline).toBe('Story 60')
    // Each page that lists them is filed under the listings, whether it read or shared.
    expect(recorded.filter((t) => t === LISTINGS).length).toBeGreaterThanOrEqual(2)

    bridge.purge([LISTINGS], 'soft')
    await q.listedArticles({ limit: 10, counted: false })
    expect(reads).toHaveLength(2)
  })

  it('anything else reads for itself: a filter, a pager, a count, more than fifty, another edition', async () => {
    const { payload, reads } = fakePayload()
    fakePageCache()
    const q = bindReaderQueries(
      async () => payload,
      () => null,
    )
    await q.listedArticles({ limit: 10, counted: false })
    expect(reads).toHaveLength(1)
    const own = [
      { limit: 3, counted: false, excluding: [60] },
      { limit: 20, page: 2, counted: false },
      { limit: 20 },
      { limit: 100, counted: false },
      { limit: 10, counted: false, language: 'zh' },
      { limit: 10, counted: false, since: new Date(0) },
    ]
    for (const options of own) await q.listedArticles(options)
    expect(reads).toHaveLength(1 + own.length)
  })

  it('without a page cache in the process every listing is read', async () => {
    const { payload, reads } = fakePayload()
    const q = bindReaderQueries(
      async () => payload,
      () => null,
    )
    await q.listedArticles({ limit: 10, counted: false })
    await q.listedArticles({ limit: 10, counted: false })
    expect(reads).toHaveLength(2)
  })
})
