'use client'
import { useState } from 'react'

export type InboxEntry = {
  id: number | string
  subject: string
  text: string
  href: string | null
  createdAt: string
  read: boolean
}

/** The person's workflow messages, newest first; opening one or "Mark all read" records it as read. */
export function Inbox({ entries }: { entries: InboxEntry[] }) {
  const [readIds, setReadIds] = useState<Set<string>>(
    () => new Set(entries.filter((e) => e.read).map((e) => String(e.id))),
  )
  const [error, setError] = useState<string | null>(null)
  const unread = entries.filter((e) => !readIds.has(String(e.id))).length

  async function markRead(ids: (number | string)[]) {
    if (!ids.length) return
    setError(null)
    const at = new Date().toISOString()
    const failed: string[] = []
    for (const id of ids) {
      const res = await fetch(`/api/notifications/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        // Opening a message navigates away at once: the request must outlive the page.
        keepalive: true,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ readAt: at }),
      }).catch(() => null)
      if (!res?.ok) failed.push(String(id))
    }
    setReadIds((prev) => new Set([...prev, ...ids.map(String).filter((id) => !failed.includes(id))]))
    if (failed.length) setError('Some messages could not be marked read; try again.')
  }

  return (
    <section data-desk-section="inbox" data-unread={unread} style={{ marginBottom: 32 }}>
      <h2 style={{ fontSize: 18 }}>
        Inbox <span style={{ opacity: 0.6 }}>({unread} unread)</span>
        {unread > 0 && (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            style={{ marginLeft: 12 }}
            onClick={() => void markRead(entries.filter((e) => !readIds.has(String(e.id))).map((e) => e.id))}
          >
            Mark all read
          </button>
        )}
      </h2>
      {error && <p role="alert">{error}</p>}
      {entries.length === 0 ? (
        <p style={{ opacity: 0.7 }}>No messages yet.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((e) => {
            const read = readIds.has(String(e.id))
            return (
              <li
                key={e.id}
                data-inbox-entry={e.id}
                data-read={read ? 'true' : 'false'}
                style={{ padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
              >
                <span style={{ fontWeight: read ? 400 : 700 }}>
                  {e.href ? (
                    <a href={e.href} onClick={() => void markRead(read ? [] : [e.id])}>
                      {e.subject}
                    </a>
                  ) : (
                    e.subject
                  )}
                </span>
                <div style={{ fontSize: 12, opacity: 0.7, whiteSpace: 'pre-line' }}>
                  {e.text.split('\n')[0]} · {new Date(e.createdAt).toLocaleString()}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
