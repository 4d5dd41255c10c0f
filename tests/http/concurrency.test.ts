import { describe, expect, it } from 'vitest'

import { baseUrl, graphql, http, staff } from './client'

/** No lost update on any door: REST with ETag/If-Match, the admin's and GraphQL's baseVersion, workflow transitions. */
async function send(
  path: string,
  {
    method = 'GET',
    token,
    body,
    ifMatch,
    editSession,
  }: { method?: string; token?: string; body?: unknown; ifMatch?: string; editSession?: string },
) {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (ifMatch) headers['If-Match'] = ifMatch
  if (editSession !== undefined) headers['X-Edit-Session'] = editSession
  const res = await fetch(baseUrl() + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, etag: res.headers.get('etag'), json: text ? JSON.parse(text) : null, text }
}

const createDraft = (token: string, body: Record<string, unknown>) =>
  send('/api/articles?draft=true', { method: 'POST', token, body })

/** Saves a draft revision of the story, naming the version it is based on the way the caller chooses. */
const patchDraft = (
  id: number,
  token: string,
  body: Record<string, unknown>,
  { ifMatch, autosave = false, editSession }: { ifMatch?: string; autosave?: boolean; editSession?: string } = {},
) =>
  send(`/api/articles/${id}?draft=true${autosave ? '&autosave=true' : ''}`, {
    method: 'PATCH',
    token,
    body,
    ifMatch,
    editSession,
  })

const wf = (id: number, token: string, body: Record<string, unknown>, ifMatch?: string) =>
  send(`/api/articles/${id}/workflow`, { method: 'POST', token, body, ifMatch })

/** A live story: written by `writer`, approved and published by the two editors. */
async function liveStory(headline: string) {
  const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
  const created = await createDraft(writer.token, { headline, deck: 'Original deck' })
  expect(created.status, created.text).toBe(201)
  const id = created.json.doc.id as number
  expect((await wf(id, writer.token, { action: 'submit' })).status).toBe(200)
  expect((await wf(id, editor.token, { action: 'approve' })).status).toBe(200)
  expect((await wf(id, editor2.token, { action: 'publish' })).status).toBe(200)
  return { id, writer, editor, editor2 }
}

describe('REST: ETag and If-Match', () => {
  it('a read carries the version as ETag; a save with a stale If-Match is refused with 412, the current one goes through', async () => {
    const writer = await staff('writer')
    const created = await createDraft(writer.token, { headline: `ETag story ${Date.now()}`, deck: 'one' })
    const id = created.json.doc.id
    const read = await send(`/api/articles/${id}?draft=true`, { token: writer.token })
    expect(read.etag).toBe(`"${read.json.updatedAt}"`)
    const first = await patchDraft(id, writer.token, { deck: 'two' }, { ifMatch: read.etag! })
    expect(first.status, first.text).toBe(200)
    expect(first.etag).not.toBe(read.etag)
    const stale = await patchDraft(id, writer.token, { deck: 'three' }, { ifMatch: read.etag! })
    expect(stale.status, stale.text).toBe(412)
    expect(stale.json.errors[0].message).toMatch(/changed since you read it/)
    expect((await send(`/api/articles/${id}?draft=true`, { token: writer.token })).json.deck).toBe('two')
    const current = await patchDraft(id, writer.token, { deck: 'three' }, { ifMatch: first.etag! })
    expect(current.status, current.text).toBe(200)
  })

  it('the stale-copy revert of a live correction is impossible: 428 without a version, 412 / 409 with a stale one', async () => {
    const { id, writer, editor, editor2 } = await liveStory(`Correction race ${Date.now()}`)
    // The writer loads the live story…
    const stale = await send(`/api/articles/${id}?draft=true`, { token: writer.token })
    // …the editor corrects it and the correction goes live.
    const fresh = await send(`/api/articles/${id}?draft=true`, { token: editor.token })
    const corrected = await patchDraft(id, editor.token, { deck: 'Corrected deck' }, { ifMatch: fresh.etag! })
    expect(corrected.status, corrected.text).toBe(200)
    expect((await wf(id, writer.token, { action: 'submit' })).status).toBe(200)
    expect((await wf(id, editor2.token, { action: 'approve' })).status).toBe(200)
    expect((await wf(id, editor2.token, { action: 'publish' })).status).toBe(200)

    // The writer saves the old copy back, three ways: all refused, and the live text stays corrected.
    const blind = await patchDraft(id, writer.token, { deck: stale.json.deck })
    expect(blind.status, blind.text).toBe(428)
    expect(blind.json.errors[0].message).toMatch(/If-Match/)
    const withTag = await patchDraft(id, writer.token, { deck: stale.json.deck }, { ifMatch: stale.etag! })
    expect(withTag.status).toBe(412)
    const withBase = await patchDraft(
      id,
      writer.token,
      { deck: stale.json.deck, baseVersion: stale.json.baseVersion },
      { autosave: true },
    )
    expect(withBase.status, withBase.text).toBe(409)
    expect(withBase.json.errors[0].message).toMatch(/editor changed it at .*\(Asia\/Shanghai\)/)
    expect((await http(`/api/articles/${id}`)).json.deck).toBe('Corrected deck')
    expect((await send(`/api/articles/${id}?draft=true`, { token: editor.token })).json.deck).toBe('Corrected deck')
  })

  it('one’s own autosaves never conflict with the version the form was opened at', async () => {
    const writer = await staff('writer')
    const created = await createDraft(writer.token, { headline: `Autosave story ${Date.now()}`, deck: 'a' })
    const base = created.json.doc.baseVersion
    expect(base).toBe(created.json.doc.updatedAt)
    for (const deck of ['ab', 'abc', 'abcd']) {
      const r = await patchDraft(created.json.doc.id, writer.token, { deck, baseVersion: base }, { autosave: true })
      expect(r.status, r.text).toBe(200)
    }
  })

  it('one person in two tabs is two writers: the stale tab is refused, each tab’s own autosaves go through', async () => {
    const writer = await staff('writer')
    const created = await createDraft(writer.token, { headline: `Two tabs ${Date.now()}`, deck: 'opened' })
    const { id, baseVersion: opened } = created.json.doc
    /** An autosave from a tab (its edit session), based on the version it names. */
    const save = async (editSession: string, deck: string, baseVersion: string) => {
      const res = await patchDraft(id, writer.token, { deck, baseVersion }, { autosave: true, editSession })
      return { status: res.status, text: res.text }
    }
    const stored = async () => (await send(`/api/articles/${id}?draft=true`, { token: writer.token })).json
    const [tabA, tabB] = ['tab0a0a0a0a0a0a0a', 'tab1b1b1b1b1b1b1b']
    expect(await save(tabA, 'A1', opened)).toMatchObject({ status: 200 })
    // Tab A again, its token lagging behind its own save (the admin form's merge can): its own revision.
    expect(await save(tabA, 'A2', opened)).toMatchObject({ status: 200 })
    // Tab B, opened before A typed: refused, naming the change it would have overwritten.
    const refused = await save(tabB, 'B', opened)
    expect(refused.status, refused.text).toBe(409)
    expect(refused.text).toContain('changed it at')
    expect((await stored()).deck).toBe('A2')
    // Tab B after a reload (the current token): goes through, and tab A is now the stale one.
    expect(await save(tabB, 'B2', (await stored()).baseVersion)).toMatchObject({ status: 200 })
    expect(await save(tabA, 'A3', opened)).toMatchObject({ status: 409 })
    // A session named in the body is not a header: ignored (the server sets the field), the revision records none.
    const smuggled = await patchDraft(id, writer.token, { deck: 'A4', baseVersion: opened, editSession: tabB })
    expect(smuggled.status, smuggled.text).toBe(200)
    expect((await stored()).editSession).toBeNull()
    // And a revision no form named is not tab B's own: its stale save is refused.
    expect(await save(tabB, 'B3', opened)).toMatchObject({ status: 409 })
    // A header that is not a session id is refused with a message, not ignored.
    const odd = await save('x y', 'odd', opened)
    expect(odd.status).toBe(400)
    expect(odd.text).toContain('X-Edit-Session must be an edit session id')
    // A workflow action from the tab left behind is refused the same way (its form names its session).
    const submitted = await send(`/api/articles/${id}/workflow`, {
      method: 'POST',
      token: writer.token,
      editSession: tabB,
      body: { action: 'submit', baseVersion: opened },
    })
    expect(submitted.status, submitted.text).toBe(409)
    // Without a session (an API client), the person's rule applies: their own newer revision is no conflict.
    expect((await patchDraft(id, writer.token, { deck: 'api', baseVersion: opened })).status).toBe(200)
    expect((await stored()).deck).toBe('api')
  })

  it('GraphQL writes name their edit session the same way: another tab’s newer revision is refused', async () => {
    const writer = await staff('writer')
    const created = await createDraft(writer.token, { headline: `Two tabs over GraphQL ${Date.now()}`, deck: 'opened' })
    const { id, baseVersion: opened } = created.json.doc
    const update = (editSession: string, deck: string) =>
      send('/api/graphql', {
        method: 'POST',
        token: writer.token,
        editSession,
        body: {
          query: `mutation { updateArticle(id: ${id}, draft: true, data: { deck: ${JSON.stringify(deck)}, baseVersion: ${JSON.stringify(opened)} }) { deck } }`,
        },
      })
    const first = await update('gqltab0a0a0a0a0a', 'from A')
    expect(first.json.errors, first.text).toBeUndefined()
    const second = await update('gqltab1b1b1b1b1b', 'from B')
    expect(second.json.errors?.[0]?.message ?? '', second.text).toContain('changed it at')
    expect((await send(`/api/articles/${id}?draft=true`, { token: writer.token })).json.deck).toBe('from A')
  })

  it('a workflow transition on a stale version is refused (412 with If-Match, 409 with baseVersion)', async () => {
    const [writer, editor] = [await staff('writer'), await staff('editor')]
    const created = await createDraft(writer.token, { headline: `Approve what you saw ${Date.now()}`, deck: 'seen' })
    const id = created.json.doc.id
    expect((await wf(id, writer.token, { action: 'submit' })).status).toBe(200)
    const seen = await send(`/api/articles/${id}?draft=true`, { token: editor.token })
    // The writer changes the text while the editor reads the old one.
    const read = await send(`/api/articles/${id}?draft=true`, { token: writer.token })
    expect(
      (await patchDraft(id, writer.token, { deck: 'changed after the editor read it' }, { ifMatch: read.etag! }))
        .status,
    ).toBe(200)
    expect((await wf(id, editor.token, { action: 'request_changes', note: 'x' }, seen.etag!)).status).toBe(412)
    expect(
      (await wf(id, editor.token, { action: 'request_changes', note: 'x', baseVersion: seen.json.baseVersion })).status,
    ).toBe(409)
  })
})

describe('GraphQL: baseVersion', () => {
  it('an update on a stale version is refused with 409 naming who changed it', async () => {
    const { id, writer, editor } = await liveStory(`GraphQL race ${Date.now()}`)
    const q = `query($id: Int!) { Article(id: $id, draft: true) { baseVersion deck } }`
    const stale = await graphql(q, { id }, writer.token)
    const base = stale.json.data.Article.baseVersion
    // GraphQL's version token is the revision REST names in its ETag.
    const rest = await send(`/api/articles/${id}?draft=true`, { token: writer.token })
    expect(rest.etag).toBe(`"${base}"`)
    const fresh = await send(`/api/articles/${id}?draft=true`, { token: editor.token })
    expect(
      (await patchDraft(id, editor.token, { deck: 'Edited by the editor' }, { ifMatch: fresh.etag! })).status,
    ).toBe(200)
    const m = `mutation($id: Int!, $base: String) { updateArticle(id: $id, draft: true, data: { deck: "Old copy", baseVersion: $base }) { deck } }`
    const r = await graphql(m, { id, base }, writer.token)
    expect(r.json.errors?.[0]?.message).toMatch(/Not done — editor changed it at/)
    expect(r.json.errors?.[0]?.extensions?.statusCode).toBe(409)
    // Without any version, a live item is not overwritten either.
    const blind = await graphql(
      `
        mutation ($id: Int!) {
          updateArticle(id: $id, draft: true, data: { deck: "Old copy" }) {
            deck
          }
        }
      `,
      { id },
      writer.token,
    )
    expect(blind.json.errors?.[0]?.extensions?.statusCode).toBe(428)
    expect((await send(`/api/articles/${id}?draft=true`, { token: editor.token })).json.deck).toBe(
      'Edited by the editor',
    )
  })
})

describe('edit leases', () => {
  const LOCKS = '/api/payload-locked-documents'
  const leaseOf = async (id: number, token: string) =>
    (
      await send(`${LOCKS}?depth=0&where[document.relationTo][equals]=articles&where[document.value][equals]=${id}`, {
        token,
      })
    ).json.docs as { id: number; user: { value: number } }[]

  it('a take-over that read the lease before the holder’s save and writes it after still takes it', async () => {
    const { id, editor, editor2 } = await liveStory(`Lease race ${Date.now()}`)
    // The first editor opens the story: the admin takes the lease for them.
    const taken = await send(LOCKS, {
      method: 'POST',
      token: editor.token,
      body: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: editor.user.id } },
    })
    expect(taken.status, taken.text).toBe(201)
    const opened = (await send(`/api/articles/${id}?draft=true`, { token: editor.token })).etag!
    // The second presses "Take over": the admin first reads which lease row to rewrite...
    const [read] = await leaseOf(id, editor2.token)
    expect(read.user.value).toBe(editor.user.id)
    // ...while the holder's autosave lands: their lease is theirs through it, and the same row.
    const saved = await patchDraft(
      id,
      editor.token,
      { deck: 'Saved by the holder' },
      { ifMatch: opened, autosave: true },
    )
    expect(saved.status, saved.text).toBe(200)
    const kept = await leaseOf(id, editor.token)
    expect(kept.map((l) => [l.id, l.user.value])).toEqual([[read.id, editor.user.id]])
    // ...then rewrites the row it read: the lease is the taker's.
    const over = await send(`${LOCKS}/${read.id}`, {
      method: 'PATCH',
      token: editor2.token,
      body: { user: { relationTo: 'users', value: editor2.user.id } },
    })
    expect(over.status, over.text).toBe(200)
    expect((await leaseOf(id, editor2.token)).map((l) => l.user.value)).toEqual([editor2.user.id])
    // The former holder's next save is refused, and the story keeps what was saved before the take-over.
    const late = await patchDraft(id, editor.token, { deck: 'Typed after the take-over' }, { ifMatch: saved.etag! })
    expect(late.status, late.text).toBe(423)
    expect((await send(`/api/articles/${id}?draft=true`, { token: editor2.token })).json.deck).toBe(
      'Saved by the holder',
    )
  })
})
