'use client'
import { EDIT_SESSION_HEADER } from '@/domain/concurrency'

/**
 * The edit session (see isStale) rides on a request header of the saves an open form sends, not in the form's state:
 * a value in the form state is reset by Payload's merges of every save's answer, and putting it back re-renders the
 * whole form on every keystroke. Payload's form and autosave send their saves with `fetch` and take no extra headers,
 * so the header is added here, to the writes aimed at a document some open form holds a session for.
 */
const sessions = new Map<string, string>()
let installed = false

const documentPath = (slug: string, id: number | string) => `/api/${slug}/${id}`

/** A random id for one open form (crypto.randomUUID needs a secure context; an admin on plain http has none). */
export const newEditSession = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')

function sessionFor(input: RequestInfo | URL, method: string): string | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined
  const url = new URL(input instanceof Request ? input.url : String(input), window.location.href)
  if (url.origin !== window.location.origin) return undefined
  const path = url.pathname.replace(/\/+$/, '')
  for (const [doc, session] of sessions) if (path === doc || path.startsWith(`${doc}/`)) return session
  return undefined
}

function install() {
  if (installed) return
  installed = true
  const original = window.fetch.bind(window)
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    const session = sessions.size ? sessionFor(input, method) : undefined
    if (!session) return original(input, init)
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
    headers.set(EDIT_SESSION_HEADER, session)
    return original(input, { ...init, headers })
  }
}

/** Names this form's session on every write to its document until the returned function is called (unmount). */
export function claimEditSession(slug: string, id: number | string, session: string): () => void {
  install()
  const doc = documentPath(slug, id)
  sessions.set(doc, session)
  return () => {
    if (sessions.get(doc) === session) sessions.delete(doc)
  }
}
