'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { type Action, ACTION_LABELS, type State } from '@/domain/workflow/table'

import { StatusBadge } from './StatusBadge'

type Person = { id: number | string; name?: string; email?: string } | number | string | null
type WorkflowInfo = {
  state: State
  live: boolean
  scheduledAt: string | null
  unpublishAt: string | null
  actions: Action[]
  missing: string[]
  events: { id: string; action: Action; from: State; to: State; actor: Person; note?: string; at: string }[]
  comments: { id: string; body: string; author: Person; createdAt: string }[]
}

const nameOf = (p: Person) => (p && typeof p === 'object' ? (p.name ?? p.email ?? String(p.id)) : p ? `user ${p}` : 'Scheduler')
const when = (iso: string) => new Date(iso).toLocaleString()
const NEEDS_NOTE: Action[] = ['request_changes', 'unpublish', 'archive', 'publish_now']

/** The sidebar panel: state, the actions the server says this user may take now, the audit trail and comments. */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [note, setNote] = useState('')
  const [at, setAt] = useState('')
  const [until, setUntil] = useState('')
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `/api/${collectionSlug}/${id}/workflow`

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(base, { credentials: 'include' })
    if (res.ok) setInfo(await res.json())
  }, [base, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p style={{ fontSize: 13 }}>Save this item to start its review.</p>

  async function act(action: Action) {
    setBusy(true)
    setError(null)
    const res = await fetch(base, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        action,
        note: note || undefined,
        at: at ? new Date(at).toISOString() : undefined,
        until: until ? new Date(until).toISOString() : undefined,
      }),
    })
    setBusy(false)
    if (!res.ok) {
      const body = await res.json().catch(() => null)
      setError(body?.errors?.[0]?.message ?? `The server refused (${res.status}).`)
      return
    }
    window.location.reload()
  }

  async function addComment() {
    if (!comment.trim()) return
    const res = await fetch('/api/editorial-comments', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ itemCollection: collectionSlug, itemId: String(id), body: comment }),
    })
    if (res.ok) {
      setComment('')
      await load()
    } else setError('The comment could not be saved.')
  }

  const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }
  return (
    <div className="workflow-panel" style={box}>
      <h4 style={{ margin: '0 0 8px' }}>Workflow</h4>
      {info ? (
        <>
          <p style={{ margin: '0 0 8px' }}>
            <StatusBadge state={info.state} /> {info.live && <span style={{ fontSize: 12 }}>· a version is live</span>}
          </p>
          {info.scheduledAt && <p style={{ fontSize: 12 }}>Goes live {when(info.scheduledAt)}</p>}
          {info.unpublishAt && <p style={{ fontSize: 12 }}>Comes down {when(info.unpublishAt)}</p>}
          {info.missing.length > 0 && (
            <p style={{ fontSize: 12, color: 'var(--theme-warning-700)' }}>Before approval this needs: {info.missing.join(', ')}.</p>
          )}
          {info.actions.length > 0 ? (
            <>
              <textarea
                aria-label="Workflow note"
                placeholder="Note (required to request changes, unpublish, or publish without review)"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                rows={3}
                style={{ width: '100%', marginBottom: 8 }}
              />
              {info.actions.includes('schedule') && (
                <div style={{ display: 'grid', gap: 4, marginBottom: 8, fontSize: 12 }}>
                  <label>
                    Publish at <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
                  </label>
                  <label>
                    Take down at (optional) <input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
                  </label>
                </div>
              )}
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                {info.actions.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className="btn btn--style-secondary btn--size-small"
                    data-workflow-action={action}
                    disabled={busy || (NEEDS_NOTE.includes(action) && !note.trim()) || (action === 'schedule' && !at)}
                    onClick={() => act(action)}
                  >
                    {ACTION_LABELS[action]}
                  </button>
                ))}
              </div>
            </>
          ) : (
            <p style={{ fontSize: 12 }}>Nothing for you to do here now.</p>
          )}
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 13 }}>
              {error}
            </p>
          )}
          <details style={{ marginTop: 12 }} open={info.events.length > 0 && info.events.length < 6}>
            <summary>Audit trail ({info.events.length})</summary>
            <ol style={{ paddingLeft: 16, fontSize: 12 }}>
              {info.events.map((e) => (
                <li key={e.id}>
                  {when(e.at)} — {nameOf(e.actor)}: {ACTION_LABELS[e.action]} ({e.from} → {e.to}){e.note ? ` — “${e.note}”` : ''}
                </li>
              ))}
            </ol>
          </details>
          <details style={{ marginTop: 8 }} open>
            <summary>Comments ({info.comments.length})</summary>
            <ul style={{ paddingLeft: 16, fontSize: 12 }}>
              {info.comments.map((c) => (
                <li key={c.id}>
                  <strong>{nameOf(c.author)}</strong> {when(c.createdAt)}: {c.body}
                </li>
              ))}
            </ul>
            <textarea aria-label="New comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={2} style={{ width: '100%' }} />
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={addComment}>
              Add comment
            </button>
          </details>
        </>
      ) : (
        <p style={{ fontSize: 12 }}>Loading…</p>
      )}
    </div>
  )
}
