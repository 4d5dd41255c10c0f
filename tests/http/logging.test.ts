import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { graphql, http, staff } from './client'

/** The shared server's log (JSON lines; the suite runs it at LOG_LEVEL=warn). */
const serverLog = () => fs.readFileSync(path.join(path.dirname(inject('outboxFile')), 'server.log'), 'utf8')
const errorLinesWith = (text: string) =>
  serverLog()
    .split('\n')
    .filter((line) => line.includes(text))
    .filter((line) => {
      try {
        return (JSON.parse(line) as { level: number }).level >= 50
      } catch {
        return false
      }
    })

/**
 * A refusal is the client's mistake: it gets a message, the log no error and no stack trace, whatever the channel.
 * (An error line per bad request would page whoever watches the log, and let anyone fill it.)
 */
describe('refusals in the server log', () => {
  it('a refused GraphQL mutation and a refused REST call log no error', async () => {
    const writer = await staff('writer')
    const refusedGraphql = await graphql(
      'mutation ($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { id } }',
      { id: writer.user.id },
      writer.token,
    )
    const message = refusedGraphql.json.errors?.[0]?.message as string
    expect(message).toMatch(/administrator/)
    const refusedRest = await http(`/api/users/${writer.user.id}`, {
      method: 'PATCH',
      token: writer.token,
      body: { roles: ['admin'] },
    })
    expect(refusedRest.status).toBe(403)
    // Written asynchronously by the server's logger.
    await new Promise((r) => setTimeout(r, 300))
    expect(errorLinesWith(message)).toEqual([])
  })
})
