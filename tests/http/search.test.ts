import { beforeAll, describe, expect, it } from 'vitest'

import { http, newsroom, type Newsroom, post } from './client'

/** The search page over real HTTP, behind the page cache, as a reader uses it. */
describe('archive search page', () => {
  // Letters only, and a fixed ending the English stemmer leaves alone: a word that happened to end in "s" made its
  // plural end in "ss", which stems differently, so the deck's "<word>s" stopped matching (seen once in CI).
  const word = `glimmerfen${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'qwxzvkjhgb'[Number(d)])}o`
  let team: Newsroom
  const step = async (id: number, token: string, action: string, extra: Record<string, unknown> = {}) => {
    const res = await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action, ...extra } })
    expect(res.status, res.text).toBe(200)
  }
  const publish = async (headline: string, deck: string, releasedAt: string) => {
    const doc = (await post('/api/articles?draft=true', team.writer.token, { headline, deck, releasedAt })).json.doc
    await step(doc.id, team.writer.token, 'submit')
    await step(doc.id, team.editor2.token, 'approve')
    await step(doc.id, team.editor.token, 'publish')
    return doc as { id: number; slug: string }
  }
  const search = (query: string) => http(`/search?${query}`)
  const storyLinks = (html: string) => [...html.matchAll(/<h2><a href="\/news\/([^"]+)"/g)].map((m) => m[1])

  beforeAll(async () => {
    team = await newsroom()
  })

  it('marks the matching words, pages with Previous/Next, and drops a story the moment it is unpublished', async () => {
    const stories = []
    for (let i = 0; i < 21; i++)
      stories.push(
        await publish(
          `Story ${i} of the ${word} survey`,
          `The ${word}s were counted.`,
          `2024-04-${String(i + 1).padStart(2, '0')}T04:00:00.000Z`,
        ),
      )
    const first = await search(`q=${word}`)
    expect(first.status).toBe(200)
    expect(storyLinks(first.text)).toHaveLength(20)
    // Equal relevance: newest first.
    expect(storyLinks(first.text)[0]).toBe(stories[20].slug)
    expect(first.text).toContain(`<mark>${word}s</mark>`)
    expect(first.text).toMatch(/<span>Page 1<\/span><a href="\/search\?q=[^"]+&amp;page=2">Next →<\/a>/)
    const second = await search(`q=${word}&page=2`)
    expect(storyLinks(second.text)).toEqual([stories[0].slug])
    expect(second.text).toContain('← Previous')
    expect(second.text).not.toContain('Next →')

    await step(stories[20].id, team.editor.token, 'unpublish', { note: 'Withdrawn' })
    expect(storyLinks((await search(`q=${word}`)).text)).not.toContain(stories[20].slug)
  })

  it('filters by release day and names a filter it cannot read instead of guessing', async () => {
    const days = await search(`q=${word}&from=2024-04-03&to=2024-04-04`)
    expect(storyLinks(days.text)).toHaveLength(2)
    // The filtered page is cached under its own key: the bare query still gets every match.
    expect(storyLinks((await search(`q=${word}`)).text)).toHaveLength(20)
    const bad = await search(`q=${word}&from=2024-02-30&section=no-such-section`)
    expect(bad.status).toBe(200)
    expect(bad.text).toContain('From must be a date written YYYY-MM-DD.')
    expect(bad.text).toContain('There is no section “no-such-section”.')
    // The rest of the search still runs.
    expect(storyLinks(bad.text).length).toBeGreaterThan(0)
  })

  it('hostile queries get a page, never an error: FTS syntax, quotes, very long and repeated parameters', async () => {
    for (const q of ['"', 'NEAR(a b)', 'headline:x OR', '*', '^"', '(((', 'a'.repeat(5000), '台', '%E2%80%9C'])
      expect((await search(`q=${encodeURIComponent(q)}`)).status, q).toBe(200)
    expect((await search(`q=${word}&q=other&page=2&page=x`)).status).toBe(200)
  })
})
