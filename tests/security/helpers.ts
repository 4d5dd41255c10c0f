import net from 'node:net'

import { expect } from 'vitest'

import { adminToken, baseUrl, http, post, type Newsroom } from '../http/client'

export { newsroom, post, type Newsroom } from '../http/client'

/** Writes, reviews and publishes an article through the workflow, as the newsroom would. */
export async function publishedArticle(
  room: Newsroom,
  data: Record<string, unknown>,
  { note }: { note?: string } = {},
) {
  const created = await post('/api/articles?draft=true', room.writer.token, data)
  expect(created.status, created.text).toBe(201)
  const doc = created.json.doc as { id: number; slug: string; headline: string }
  const wf = `/api/articles/${doc.id}/workflow`
  if (note) {
    // An emergency publication by the administrator, with its reason: the note stays on the live story.
    const now = await post(wf, await adminToken(), { action: 'publish_now', note })
    expect(now.status, now.text).toBe(200)
    return doc
  }
  expect((await post(wf, room.writer.token, { action: 'submit' })).status).toBe(200)
  expect((await post(wf, room.editor2.token, { action: 'approve' })).status).toBe(200)
  const published = await post(wf, room.editor.token, { action: 'publish' })
  expect(published.status, published.text).toBe(200)
  return doc
}

/** The first error message of a Payload-shaped error answer. */
export const message = (json: unknown) =>
  String((json as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? '')

/**
 * Sends a request by hand on a socket: only the headers (with the Content-Length claimed), then `body` if given.
 * Returns the status line and the answer's text, or what happened to the connection.
 */
export function rawRequest(head: string, body?: Buffer): Promise<{ status: number; text: string; ms: number }> {
  const { hostname, port } = new URL(baseUrl())
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(head.replace(/\n/g, '\r\n') + '\r\n\r\n')
      if (body) socket.write(body)
    })
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk) => (text += chunk))
    const done = () =>
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text, ms: Date.now() - started })
    socket.on('end', done)
    socket.on('close', done)
    socket.on('error', (e) => (text ? done() : reject(e)))
    socket.setTimeout(20_000, () => socket.destroy())
  })
}

/** Asserts the server still answers, healthy. */
export async function expectAlive() {
  const health = await http('/api/health')
  expect(health.status, health.text).toBe(200)
}
