import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, http, saveDraft } from '../http/client'
import { message, newsroom, type Newsroom, publishedArticle } from './helpers'

/** Classes 4 and 5: readers get the story and nothing of the newsroom's, and cannot probe what they may not read. */
const INTERNAL = [
  'workflowNote',
  'searchText',
  'submittedBy',
  'lastEditedBy',
  'createdBy',
  'assignee',
  'workflowSeq',
  'importSource',
  'workflowState',
  'scheduledAt',
  'unpublishAt',
]
const NOTE = `legal not cleared yet, source is ${Date.now()}`

let room: Newsroom
let article: { id: number; slug: string; headline: string }

beforeAll(async () => {
  room = await newsroom()
  article = await publishedArticle(
    room,
    { headline: `Internal notes stay inside ${Date.now()}`, deck: 'What readers see', authors: [room.writer.user.id] },
    { note: NOTE },
  )
})

describe('readers never receive internal fields', () => {
  it('REST: one item, a list and a select asking for them by name', async () => {
    for (const path of [
      `/api/articles/${article.id}`,
      `/api/articles?where[id][equals]=${article.id}`,
      `/api/articles/${article.id}?select[workflowNote]=true&select[searchText]=true`,
      `/api/articles?depth=2&limit=100`,
    ]) {
      const res = await http(path)
      expect(res.status, path).toBe(200)
      expect(res.text, path).not.toContain(NOTE)
      const docs = res.json.docs ?? [res.json]
      for (const doc of docs) for (const field of INTERNAL) expect(doc, `${path} ${field}`).not.toHaveProperty(field)
    }
    // Staff still see them.
    const staffView = await http(`/api/articles/${article.id}`, { token: room.editor.token })
    expect(staffView.json.workflowNote).toBe(NOTE)
    // The search text is the server's alone: it would be a second copy of the story in every answer and form.
    expect(staffView.json).not.toHaveProperty('searchText')
    const asked = await http(`/api/articles/${article.id}?select[searchText]=true`, { token: room.editor.token })
    expect(asked.json).not.toHaveProperty('searchText')
  })

  it('GraphQL: asking for internal fields by name yields nothing of them', async () => {
    const res = await graphql(
      `{ Article(id: ${article.id}) { headline workflowNote searchText workflowState submittedBy { id } createdBy { id } } }`,
    )
    expect(res.text).not.toContain(NOTE)
    const doc = res.json.data?.Article
    expect(doc?.headline).toBe(article.headline)
    for (const field of ['workflowNote', 'searchText', 'workflowState', 'submittedBy', 'createdBy'])
      expect(doc?.[field] ?? null, field).toBeNull()
  })

  it('draft=true changes nothing for a reader (no count of stories with a pending revision)', async () => {
    // A pending revision on the live story.
    const edit = await saveDraft(`/api/articles/${article.id}`, room.writer.token, { deck: 'Pending correction' })
    expect(edit.status, edit.text).toBe(200)
    for (const collection of ['articles', 'photos', 'captions', 'related-links']) {
      const plain = await http(`/api/${collection}?limit=1`)
      const drafted = await http(`/api/${collection}?limit=1&draft=true`)
      expect(drafted.json.totalDocs, collection).toBe(plain.json.totalDocs)
    }
    const one = await http(`/api/articles/${article.id}?draft=true`)
    expect(one.json.deck).toBe('What readers see')
    const gql = await graphql(`{ Article(id: ${article.id}, draft: true) { deck } }`)
    expect(gql.json.data?.Article?.deck).toBe('What readers see')
  })
})

describe('no sort or filter oracle on what the caller cannot read', () => {
  const secretPaths = [
    'authors.hash',
    'authors.salt',
    'authors.resetPasswordToken',
    'authors.sessions.createdAt',
    'authors.loginAttempts',
    'createdBy.hash',
    'assignee.email',
  ]

  it('sorting on a secret through a relationship → 400, for readers and staff', async () => {
    for (const path of secretPaths) {
      for (const sort of [path, `-${path}`]) {
        const anonymous = await http(`/api/articles?sort=${sort}`)
        expect(anonymous.status, sort).toBe(400)
        expect(message(anonymous.json)).toMatch(/cannot be queried|by id instead/)
      }
    }
    for (const path of ['authors.hash', 'authors.salt', 'authors.sessions']) {
      expect((await http(`/api/articles?sort=-${path}`, { token: room.editor.token })).status, path).toBe(400)
    }
  })

  it('filtering on secrets, staff-only fields or through users → 400 (REST and GraphQL)', async () => {
    const queries = [
      'where[authors.sessions.createdAt][greater_than]=2020-01-01',
      'where[authors.hash][exists]=true',
      'where[authors__salt][like]=a',
      'where[workflowNote][like]=legal',
      'where[searchText][like]=legal',
      'where[or][0][submittedBy][equals]=1',
      'where[and][0][or][0][authors.email][like]=a',
      `where=${encodeURIComponent(JSON.stringify({ 'authors.resetPasswordToken': { exists: true } }))}`,
    ]
    for (const q of queries) {
      const res = await http(`/api/articles?${q}`)
      expect(res.status, q).toBe(400)
    }
    const gql = await graphql('{ Articles(where: { workflowNote: { like: "legal" } }) { totalDocs } }')
    expect(gql.json.data?.Articles ?? null).toBeNull()
    expect(gql.json.errors?.[0]?.message).toMatch(/cannot be queried/)
    // The users collection itself: readers see nothing; staff cannot probe secrets either.
    expect((await http('/api/users?sort=-hash', { token: room.editor.token })).status).toBe(400)
    expect((await http('/api/users?where[lockUntil][exists]=true', { token: room.editor.token })).status).toBe(400)
  })
})
