import { describe, expect, it } from 'vitest'

import { REFUSAL_STATUS } from '../../src/domain/refusals'
import { ACTIONS } from '../../src/domain/workflow/table'
import { graphql, http, post, staff } from '../http/client'

type Answer = { status: number; code: string | undefined }

/** REST and GraphQL reach the workflow through one door: the same refusal, status and code for the same input. */
describe('the workflow door answers alike over REST and GraphQL', () => {
  it('for every action and every kind of bad input', async () => {
    const [author, other] = [await staff('writer'), await staff('writer')]
    const draft = (await post('/api/articles?draft=true', author.token, { headline: `One door ${Date.now()}` })).json
      .doc
    const mutation = `mutation($id: String!, $action: String!, $note: String, $at: String, $until: String, $baseVersion: String) {
      workflowTransition(collection: "articles", id: $id, action: $action, note: $note, at: $at, until: $until, baseVersion: $baseVersion) { from to }
    }`
    const viaRest = async (id: string, body: Record<string, unknown>, token?: string): Promise<Answer> => {
      const res = await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body })
      return { status: res.status, code: res.json?.errors?.[0]?.data?.code }
    }
    const viaGraphql = async (id: string, body: Record<string, unknown>, token?: string): Promise<Answer> => {
      const res = await graphql(mutation, { id, ...body }, token)
      expect(res.status).toBeLessThan(500)
      const error = res.json?.errors?.[0]
      return error
        ? { status: error.extensions?.statusCode, code: error.extensions?.data?.code }
        : { status: 200, code: undefined }
    }
    const cases: { name: string; id?: string; token?: string; body: Record<string, unknown>; expected?: Answer }[] = [
      { name: 'no login', body: {}, expected: { status: 401, code: 'login_required' } },
      {
        name: 'a publication time that is not a time',
        token: other.token,
        body: { at: 'tomorrow morning' },
        expected: { status: 400, code: 'invalid_request' },
      },
      {
        name: 'a take-down time that is not a time',
        token: other.token,
        body: { at: '2031-01-01T08:00:00Z', until: '2031-13-45T99:00:00Z' },
        expected: { status: 400, code: 'invalid_request' },
      },
      {
        name: 'a note too long',
        token: other.token,
        body: { note: 'x'.repeat(2001) },
        expected: { status: 400, code: 'invalid_request' },
      },
      {
        name: 'an item that does not exist',
        id: '987654',
        token: other.token,
        body: {},
        expected: { status: 404, code: 'not_found' },
      },
      {
        name: 'a stale version',
        token: other.token,
        body: { baseVersion: '2000-01-01T00:00:00.000Z' },
        expected: { status: 409, code: 'conflict' },
      },
      // Not the author, nothing else wrong: whatever the table says (not permitted, wrong state, needs a note).
      { name: 'someone else’s draft', token: other.token, body: {} },
    ]
    let compared = 0
    for (const action of [...ACTIONS, 'explode']) {
      for (const c of cases) {
        const id = c.id ?? String(draft.id)
        const body = { action, ...c.body }
        const [rest, gql] = [await viaRest(id, body, c.token), await viaGraphql(id, body, c.token)]
        const label = `${action}, ${c.name}`
        expect(gql, label).toEqual(rest)
        expect(rest.status, label).toBeGreaterThanOrEqual(400)
        expect(Object.keys(REFUSAL_STATUS), label).toContain(rest.code)
        if (action === 'explode' && c.token) expect(rest, label).toEqual({ status: 400, code: 'invalid_request' })
        else if (c.expected) expect(rest, label).toEqual(c.expected)
        compared++
      }
    }
    expect(compared).toBe((ACTIONS.length + 1) * cases.length)
    // Nothing of all that moved the draft.
    expect((await http(`/api/articles/${draft.id}?draft=true`, { token: author.token })).json.workflowState).toBe(
      'draft',
    )
    // A collection GraphQL names that is not under the workflow: the same code.
    const wrong = await graphql(
      `
        mutation {
          workflowTransition(collection: "users", id: "1", action: "submit") {
            from
          }
        }
      `,
      {},
      other.token,
    )
    expect(wrong.json.errors[0].extensions).toMatchObject({ statusCode: 400, data: { code: 'invalid_request' } })
  })
})
