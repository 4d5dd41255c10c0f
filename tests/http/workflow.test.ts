import { describe, expect, it } from 'vitest'

import { graphql, http, mailArrives, saveDraft, staff } from './client'

/** The workflow over real HTTP: the REST door, the GraphQL door, and the routes around them that must stay shut. */
const post = (path: string, token: string | undefined, body: unknown) => http(path, { method: 'POST', token, body })

async function draft(token: string, headline: string) {
  const res = await http('/api/articles?draft=true', { method: 'POST', token, body: { headline, deck: 'v1' } })
  expect(res.status, res.text).toBe(201)
  return res.json.doc as { id: number; slug: string }
}

describe('POST /api/articles/:id/workflow', () => {
  it('takes a story from draft to live, and refuses what the table forbids with clear messages', async () => {
    const [writer, editor] = [await staff('writer'), await staff('editor')]
    const doc = await draft(writer.token, `Workflow over REST ${Date.now()}`)
    const wf = `/api/articles/${doc.id}/workflow`

    expect((await post(wf, undefined, { action: 'submit' })).status).toBe(401)
    const bad = await post(wf, writer.token, { action: 'teleport' })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toMatch(/"action" must be one of/)
    expect((await post(wf, writer.token, { action: 'schedule', at: 'tomorrow-ish' })).status).toBe(400)

    expect((await post(wf, writer.token, { action: 'submit' })).json).toMatchObject({ from: 'draft', to: 'in_review' })
    const selfApprove = await post(wf, writer.token, { action: 'approve' })
    expect(selfApprove.status).toBe(403)
    expect(selfApprove.json.errors[0].message).toMatch(/Only a reviewer/)
    expect((await post(wf, editor.token, { action: 'approve' })).status).toBe(200)
    expect((await http(`/api/articles/${doc.id}`)).status).toBe(404)
    expect((await post(wf, editor.token, { action: 'publish' })).status).toBe(200)

    const live = await http(`/api/articles/${doc.id}`)
    expect(live.status).toBe(200)
    expect(live.json._status).toBe('published')
    expect(live.json).not.toHaveProperty('workflowState') // the newsroom's bookkeeping stays inside
    expect((await http(`/news/${encodeURIComponent(doc.slug)}`)).status).toBe(200)

    const panel = await http(wf, { token: editor.token })
    expect(panel.json.events.map((e: { action: string }) => e.action)).toEqual(['publish', 'approve', 'submit'])
    expect(panel.json.actions).toEqual(['unpublish', 'archive'])
  })

  it('two simultaneous approvals: exactly one wins, the other gets 409', async () => {
    const [writer, e1, e2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const doc = await draft(writer.token, `Race over HTTP ${Date.now()}`)
    const wf = `/api/articles/${doc.id}/workflow`
    await post(wf, writer.token, { action: 'submit' })
    const [a, b] = await Promise.all([
      post(wf, e1.token, { action: 'approve' }),
      post(wf, e2.token, { action: 'approve' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    // Ids are per collection: a photo approved elsewhere in the suite may share this article's id.
    const events = await http(
      `/api/workflow-events?where[itemCollection][equals]=articles&where[itemId][equals]=${doc.id}&where[action][equals]=approve`,
      { token: e1.token },
    )
    expect(events.json.totalDocs).toBe(1)
  })

  it('a scheduled story goes live on time by itself (the server runs the job queue)', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const doc = await draft(writer.token, `Scheduled over HTTP ${Date.now()}`)
    const wf = `/api/articles/${doc.id}/workflow`
    await post(wf, writer.token, { action: 'submit' })
    await post(wf, editor2.token, { action: 'approve' })
    const at = new Date(Date.now() + 2000)
    expect((await post(wf, editor.token, { action: 'schedule', at: at.toISOString() })).status).toBe(200)
    expect((await http(`/api/articles/${doc.id}`)).status).toBe(404)
    const deadline = Date.now() + 30_000
    let status = 404
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await http(`/api/articles/${doc.id}`)).status
    }
    expect(status).toBe(200)
    const lateBy = Date.now() - at.getTime()
    expect(lateBy).toBeLessThan(15_000)
  })
})

describe('routes around the workflow, over REST and GraphQL', () => {
  it('PATCH, bulk PATCH and GraphQL updates cannot publish', async () => {
    const [writer, editor] = [await staff('writer'), await staff('editor')]
    const doc = await draft(writer.token, `Bypass attempts ${Date.now()}`)
    const patch = await http(`/api/articles/${doc.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(patch.status).toBe(403)
    expect(patch.json.errors[0].message).toMatch(/Publishing goes through the editorial workflow/)
    const bulk = await http(`/api/articles?where[id][equals]=${doc.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(bulk.status).toBe(403)
    const gql = await graphql(
      `
        mutation ($id: Int!) {
          updateArticle(id: $id, data: { _status: published }) {
            id
          }
        }
      `,
      { id: doc.id },
      editor.token,
    )
    expect(gql.json.errors?.[0]?.message).toMatch(/Publishing goes through the editorial workflow/)
    const state = await graphql(
      `
        mutation ($id: Int!) {
          updateArticle(id: $id, draft: true, data: { workflowState: approved }) {
            id
          }
        }
      `,
      { id: doc.id },
      editor.token,
    )
    expect(JSON.stringify(state.json)).toMatch(/workflow state changes only through|Cannot|not defined|errors/)
    expect((await http(`/api/articles/${doc.id}`)).status).toBe(404)
  })

  it('the GraphQL workflow mutation is the same door, with the same rules', async () => {
    const [writer, editor] = [await staff('writer'), await staff('editor')]
    const doc = await draft(writer.token, `GraphQL workflow ${Date.now()}`)
    const m = `mutation($id: String!, $action: String!) { workflowTransition(collection: "articles", id: $id, action: $action) { from to } }`
    expect(
      (await graphql(m, { id: String(doc.id), action: 'submit' }, writer.token)).json.data.workflowTransition,
    ).toEqual({ from: 'draft', to: 'in_review' })
    const refused = await graphql(m, { id: String(doc.id), action: 'approve' }, writer.token)
    expect(refused.json.errors[0].message).toMatch(/Only a reviewer/)
    expect(
      (await graphql(m, { id: String(doc.id), action: 'approve' }, editor.token)).json.data.workflowTransition.to,
    ).toBe('approved')
  })

  it('duplicating a live story gives a fresh draft; restoring a version straight to live is refused', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const doc = await draft(writer.token, `Copy me ${Date.now()}`)
    const wf = `/api/articles/${doc.id}/workflow`
    await post(wf, writer.token, { action: 'submit' })
    await post(wf, editor2.token, { action: 'approve' })
    await post(wf, editor.token, { action: 'publish' })
    // An editor renames the live story, so it has an old address too.
    const renamed = await saveDraft(`/api/articles/${doc.id}`, editor.token, { slug: `${doc.slug}-renamed` })
    expect(renamed.status, renamed.text).toBe(200)
    await post(wf, writer.token, { action: 'submit' })
    await post(wf, editor2.token, { action: 'approve' })
    await post(wf, editor.token, { action: 'publish' })
    // Every role that may create duplicates, the writer included: a new story, not a second copy of the live one.
    for (const who of [editor, writer]) {
      const copy = await post(`/api/articles/${doc.id}/duplicate`, who.token, {})
      expect(copy.status, copy.text).toBeLessThan(300)
      expect(copy.json.doc).toMatchObject({ _status: 'draft', workflowState: 'draft' })
      expect(copy.json.doc.firstPublishedAt ?? null).toBeNull()
      expect(copy.json.doc.previousSlugs ?? []).toEqual([])
      expect(copy.json.doc.slug).not.toBe(`${doc.slug}-renamed`)
      expect(copy.json.doc.slug).not.toBe(doc.slug)
      expect((await http(`/api/articles/${copy.json.doc.id}`)).status).toBe(404)
    }

    const versions = await http(`/api/articles/versions?where[parent][equals]=${doc.id}`, { token: editor.token })
    const version = versions.json.docs.find((v: { version: { _status: string } }) => v.version._status === 'published')
    const restore = await post(`/api/articles/versions/${version.id}`, editor.token, {})
    expect(restore.status).toBe(403)
  })

  it('staff cannot queue jobs or rewrite the audit trail', async () => {
    const editor = await staff('editor')
    const job = await post('/api/payload-jobs', editor.token, { taskSlug: 'workflowScheduled', input: {} })
    expect(job.status).toBe(403)
    const events = await http('/api/workflow-events?limit=1', { token: editor.token })
    const id = events.json.docs[0]?.id
    expect(events.json.totalDocs).toBeGreaterThan(0)
    expect(
      (await http(`/api/workflow-events/${id}`, { method: 'PATCH', token: editor.token, body: { note: 'x' } })).status,
    ).toBe(403)
    expect((await http(`/api/workflow-events/${id}`, { method: 'DELETE', token: editor.token })).status).toBe(403)
    expect((await http('/api/workflow-events')).status).toBe(403)
    expect((await http('/api/editorial-comments')).status).toBe(403)
  })
})

describe('notifications', () => {
  it('are written to the outbox without SMTP', async () => {
    const [writer] = [await staff('writer'), await staff('editor')]
    const doc = await draft(writer.token, `Mail over HTTP ${Date.now()}`)
    await post(`/api/articles/${doc.id}/workflow`, writer.token, { action: 'submit' })
    expect(await mailArrives((m) => m.subject.includes('Mail over HTTP') && /In review/.test(m.subject))).toBe(true)
  })
})
