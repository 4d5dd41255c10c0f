import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { recoverInterrupted } from '@/server/workflow/recovery'

import { act, createAs, eventsOf, makeStaff, payload, refusal, withPayload } from './helpers'

/** A transition commits whole or not at all; what an interrupted one left before transactions is recovered. */
let writer: User, editor: User, editor2: User, admin: User

withPayload()
beforeAll(async () => {
  ;({ admin, writer, editor, editor2 } = await makeStaff())
})

type Collection = 'articles' | 'related-links'
const state = async (collection: Collection, id: number) => {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0 })
  return { state: doc.workflowState, status: doc._status, seq: doc.workflowSeq }
}

/** An approved article with `n` approved related links. */
async function approvedStory(title: string, n: number) {
  const links: number[] = []
  for (let i = 0; i < n; i++) {
    const link = await createAs(writer, 'related-links', {
      title: `${title} link ${i}`,
      url: `https://example.com/${i}`,
    })
    await act('related-links', link.id, 'submit', writer)
    await act('related-links', link.id, 'approve', editor)
    links.push(link.id)
  }
  const article = await createAs(writer, 'articles', { headline: title, deck: 'Deck', relatedLinks: links })
  await act('articles', article.id, 'submit', writer)
  await act('articles', article.id, 'approve', editor)
  return { article: article.id, links }
}

describe('a transition is one transaction', () => {
  it('a failure after the bundle was written undoes the audit events, the bundle and the article together', async () => {
    const { article, links } = await approvedStory('Fails half-way', 4)
    const before = await eventsOf('articles', article)
    // The last write of the publication (the article itself) fails: a hook throws, as a full disk or a bug would.
    const articles = payload.collections.articles.config
    const failing = () => {
      throw new Error('injected failure while writing the article')
    }
    articles.hooks.beforeChange.push(failing)
    try {
      await expect(act('articles', article, 'publish', editor2)).rejects.toThrow(/injected failure/)
    } finally {
      articles.hooks.beforeChange.splice(articles.hooks.beforeChange.indexOf(failing), 1)
    }
    expect(await state('articles', article)).toMatchObject({ state: 'approved', status: 'draft' })
    for (const link of links)
      expect(await state('related-links', link)).toMatchObject({ state: 'approved', status: 'draft' })
    expect(await eventsOf('articles', article)).toHaveLength(before.length)
    // Nothing holds the item: the same publication now succeeds, with its whole bundle.
    const done = await act('articles', article, 'publish', editor2)
    expect(done.bundled).toHaveLength(4)
    for (const link of links)
      expect(await state('related-links', link)).toMatchObject({ state: 'published', status: 'published' })
  })
})

describe('recovery of what an interrupted transition left', () => {
  it('voids an orphan event and takes down links published without their article; the item then moves again', async () => {
    const { article, links } = await approvedStory('Crashed before transactions', 3)
    const current = await state('articles', article)
    const at = new Date().toISOString()
    // What a crash left before transactions: the article's publish event, two links live "with" it, the article not.
    await payload.create({
      collection: 'workflow-events',
      data: {
        itemCollection: 'articles',
        itemId: String(article),
        action: 'publish',
        from: 'approved',
        to: 'published',
        at,
        summary: 'Publish',
        transitionKey: `articles:${article}:${current.seq}`,
      },
    })
    for (const link of links.slice(0, 2)) {
      const l = await state('related-links', link)
      await payload.create({
        collection: 'workflow-events',
        data: {
          itemCollection: 'related-links',
          itemId: String(link),
          action: 'publish',
          from: 'approved',
          to: 'published',
          note: `Published with article ${article}`,
          at,
          summary: 'Publish (with article)',
          transitionKey: `related-links:${link}:${l.seq}`,
        },
      })
      await payload.update({
        collection: 'related-links',
        id: link,
        context: { 'masthead.workflowTransition': true },
        data: { _status: 'published', workflowState: 'published', workflowSeq: Number(l.seq) + 1 },
      })
    }
    // Stuck: every transition of the article is refused.
    expect((await refusal(() => act('articles', article, 'publish', editor2))).status).toBe(409)

    const since = new Date(Date.now() - 60_000)
    const report = await recoverInterrupted(payload, { since, repair: false })
    expect(report.found.map((f) => `${f.kind} ${f.collection}:${f.id}`).sort()).toEqual(
      [
        `half-bundle related-links:${links[0]}`,
        `half-bundle related-links:${links[1]}`,
        `orphan-event articles:${article}`,
      ].sort(),
    )
    expect(report.repaired).toBe(0)

    const repaired = await recoverInterrupted(payload, { since, repair: true })
    expect(repaired.repaired).toBe(3)
    for (const link of links)
      expect(await state('related-links', link)).toMatchObject({ state: 'approved', status: 'draft' })
    const trail = await eventsOf('articles', article)
    expect(trail.at(-1)?.note).toMatch(/Not applied/)
    // Nothing is left to find, and the article publishes with all three links.
    const again = await recoverInterrupted(payload, { since, repair: true })
    expect(again.found).toEqual([])
    const done = await act('articles', article, 'publish', editor2)
    expect(done.bundled).toHaveLength(3)
  })

  it('is for administrators only over HTTP', async () => {
    const { recoveryEndpoints } = await import('@/endpoints/recovery')
    const get = recoveryEndpoints.find((e) => e.method === 'get')!
    const ask = (user: User | null, days = '30') =>
      get.handler({ user, payload, searchParams: new URLSearchParams({ days }) } as never) as Promise<Response>
    expect((await ask(null)).status).toBe(401)
    expect((await ask(editor)).status).toBe(403)
    expect((await ask(admin, 'x')).status).toBe(400)
    const ok = await ask(admin)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ found: [], repaired: 0 })
  })
})
