import fs from 'node:fs'

import sharp from 'sharp'
import { inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')

export type Reply = { status: number; json: any; text: string; headers: Headers }

export async function http(
  pathname: string,
  init: { method?: string; body?: unknown; token?: string; form?: FormData } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (init.token) headers.Authorization = `JWT ${init.token}`
  let body: BodyInit | undefined
  if (init.form) body = init.form
  else if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(init.body)
  }
  const res = await fetch(`${baseUrl()}${pathname}`, {
    method: init.method ?? 'GET',
    headers,
    body,
    redirect: 'manual',
  })
  const text = await res.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text, headers: res.headers }
}

export async function graphql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  return http('/api/graphql', { method: 'POST', body: { query, variables }, token })
}

export const ADMIN = { email: 'admin@http.test', password: 'admin-password-1', name: 'HTTP Admin' }

export async function login(
  email: string,
  password: string,
): Promise<{ token: string; user: { id: number; roles: string[] } }> {
  const res = await http('/api/users/login', { method: 'POST', body: { email, password } })
  if (res.status !== 200) throw new Error(`login ${email} → ${res.status}: ${res.text}`)
  return { token: res.json.token, user: res.json.user }
}

/** The first account is made through Payload's first-register route, exactly as a new newsroom would. */
export async function adminToken(): Promise<string> {
  const init = await http('/api/users/init')
  if (!init.json?.initialized) {
    const res = await http('/api/users/first-register', { method: 'POST', body: { ...ADMIN, roles: ['writer'] } })
    if (res.status !== 200) throw new Error(`first-register → ${res.status}: ${res.text}`)
  }
  return (await login(ADMIN.email, ADMIN.password)).token
}

/** Reads a public page until it is as expected: a purged page is refreshed while readers get the previous copy. */
export async function eventually(path: string, ok: (status: number, text: string) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const res = await http(path)
    if (ok(res.status, res.text)) return res
    if (Date.now() > deadline)
      throw new Error(`${path} never reached the expected state (last: ${res.status} ${res.headers.get('x-cache')})`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

let n = 0
export async function staff(role: 'editor' | 'writer' | 'photo_desk') {
  const admin = await adminToken()
  const email = `${role}-${Date.now()}-${n++}@http.test`
  const password = 'staff-password-1'
  const res = await post('/api/users', admin, { email, password, name: role, roles: [role] })
  if (res.status !== 201) throw new Error(`create ${role} → ${res.status}: ${res.text}`)
  return { ...(await login(email, password)), email, password }
}

/** Saves a draft revision the way the admin does: naming the version it is based on (a live item requires it). */
export async function saveDraft(pathname: string, token: string, body: Record<string, unknown>): Promise<Reply> {
  const current = await http(`${pathname}?draft=true&depth=0`, { token })
  return http(`${pathname}?draft=true`, {
    method: 'PATCH',
    token,
    body: { ...body, baseVersion: current.json?.baseVersion },
  })
}

export const post = (path: string, token: string | undefined, body: unknown) =>
  http(path, { method: 'POST', token, body })

/** A newsroom: writer, two editors and two of the photo desk (four eyes on each desk). */
export async function newsroom() {
  const [writer, editor, editor2, desk, desk2] = [
    await staff('writer'),
    await staff('editor'),
    await staff('editor'),
    await staff('photo_desk'),
    await staff('photo_desk'),
  ]
  return { writer, editor, editor2, desk, desk2 }
}
export type Newsroom = Awaited<ReturnType<typeof newsroom>>

/** A JPEG of one colour, made on the spot (the repo carries no binary pictures). */
export const jpeg = (width: number, height: number, background = '#357') =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer()

/** Uploads `bytes` as the admin's upload form does: a draft photo with the given fields. */
export function uploadPhoto(
  token: string,
  bytes: Uint8Array,
  name: string,
  data: Record<string, unknown> = { alt: name },
  type = 'application/octet-stream',
) {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(bytes)], name, { type }))
  form.append('_payload', JSON.stringify(data))
  return http('/api/photos?draft=true', { method: 'POST', token, form })
}

export type Mail = { to: unknown; subject: string; html?: string; text?: string }

/** Whether a mail the server recorded (its outbox, without SMTP) matches within 4 s: mail leaves after the answer. */
export async function mailArrives(matches: (mail: Mail) => boolean): Promise<boolean> {
  const file = inject('outboxFile')
  const sent = () =>
    fs.existsSync(file) &&
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Mail)
      .some(matches)
  for (let i = 0; i < 40 && !sent(); i++) await new Promise((r) => setTimeout(r, 100))
  return sent()
}

/**
 * What a story shows besides its text, approved by the desks (four eyes each): a picture of one colour with its
 * caption and credit, and a related link.
 */
export async function approvedMaterial(
  room: Newsroom,
  picture: { name: string; color: string; alt: string; caption: string },
) {
  const { desk, desk2, editor, editor2 } = room
  const photo = (
    await uploadPhoto(desk.token, await jpeg(1600, 1000, picture.color), picture.name, { alt: picture.alt })
  ).json.doc
  const caption = (
    await post('/api/captions?draft=true', desk.token, {
      photo: photo.id,
      text: picture.caption,
      creditLine: 'Photo by Masthead reporter Li Na',
    })
  ).json.doc
  const link = (
    await post('/api/related-links?draft=true', editor.token, {
      title: 'Earlier coverage',
      url: 'https://example.org/earlier',
      summary: 'What happened before.',
    })
  ).json.doc
  // The photo's default caption is reviewed with the photo: one approval for both.
  for (const [collection, id, author, approver] of [
    ['photos', photo.id, desk, desk2],
    ['related-links', link.id, editor, editor2],
  ] as const) {
    await post(`/api/${collection}/${id}/workflow`, author.token, { action: 'submit' })
    const approved = await post(`/api/${collection}/${id}/workflow`, approver.token, { action: 'approve' })
    if (approved.status !== 200) throw new Error(`approve ${collection} → ${approved.status}: ${approved.text}`)
  }
  const captionState = (await http(`/api/captions/${caption.id}?draft=true&depth=0`, { token: desk.token })).json
    ?.workflowState
  if (captionState !== 'approved') throw new Error(`the caption was not approved with its photo: ${captionState}`)
  return { photo, caption, link }
}
