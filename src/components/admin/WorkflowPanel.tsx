'use client'
import { toast, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import { formatInZone, zonedWallTimeToInstant } from '@/domain/time'
import { type Action, ACTION_LABELS, type MissingField, type State } from '@/domain/workflow/table'

import { StatusBadge } from './StatusBadge'
import { useLoadWhenFormReady } from './useLoadWhenFormReady'

type Person = { id: number | string; name?: string; email?: string } | number | string | null
type WorkflowInfo = {
  state: State
  live: boolean
  scheduledAt: string | null
  unpublishAt: string | null
  actions: Action[]
  missing: string[]
  missingFields: MissingField[]
  /** Actions only the missing fields stand in the way of: pressing one is refused and points at the fields. */
  blockedByMissing: Action[]
  events: { id: string; action: Action; from: State; to: State; actor: Person; note?: string; at: string }[]
  comments: { id: string; body: string; author: Person; createdAt: string }[]
  /** The publication's zone: every time here is shown and entered in it, labelled. */
  timeZone: string
  zoneLabel: string
  /** The version this panel shows: transitions name it, so nobody approves what they have not seen. */
  version: string | null
}

const nameOf = (p: Person) =>
  p && typeof p === 'object' ? (p.name ?? p.email ?? String(p.id)) : p ? `user ${p}` : 'Scheduler'
/** A datetime-local value ("2026-11-29T20:30") read as wall-clock time in the publication's zone. */
function instantFromWallTime(value: string, timeZone: string): string {
  const [date, time] = value.split('T')
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return zonedWallTimeToInstant({ year, month, day, hour, minute }, timeZone).toISOString()
}
/** A field's input, opening the tab it sits in when that tab is not the one shown (Payload renders only that one). */
async function reveal(inputId: string): Promise<HTMLElement | null> {
  const found = () => document.getElementById(inputId)
  if (found()) return found()
  for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')) {
    tab.click()
    await new Promise((r) => setTimeout(r, 60))
    if (found()) return found()
  }
  return null
}
const NEEDS_NOTE: Action[] = ['request_changes', 'unpublish', 'archive', 'publish_now']

/** The sidebar panel: state, the actions the server says this user may take now, the audit trail and comments. */
export function WorkflowPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [note, setNote] = useState('')
  const [at, setAt] = useState('')
  const [until, setUntil] = useState('')
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `/api/${collectionSlug}/${id}/workflow`
  const { dispatchFields, setSubmitted } = useForm()

  const load = useCallback(async (): Promise<WorkflowInfo | null> => {
    if (!id) return null
    const res = await fetch(base, { credentials: 'include' })
    if (!res.ok) return null
    const fresh = (await res.json()) as WorkflowInfo
    setInfo(fresh)
    return fresh
  }, [base, id])

  /** Marks the fields a refusal names, as the form marks its own validation errors, and brings the first into view. */
  const pointAt = useCallback(
    (fields: MissingField[]) => {
      if (!fields.length) return
      for (const { path, what } of fields)
        dispatchFields({ type: 'UPDATE', path, valid: false, errorMessage: `Needed before review: ${what}.` })
      setSubmitted(true)
      void reveal(`field-${fields[0].path.replace(/\./g, '__')}`).then((first) => {
        first?.scrollIntoView({ block: 'center' })
        first?.focus()
      })
    },
    [dispatchFields, setSubmitted],
  )

  // Reloaded after every save and autosave too: the state moves when a live or approved story is edited.
  useLoadWhenFormReady(() => void load(), [load, lastUpdateTime])

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
        at: at && info ? instantFromWallTime(at, info.timeZone) : undefined,
        until: until && info ? instantFromWallTime(until, info.timeZone) : undefined,
        baseVersion: info?.version ?? undefined,
      }),
    })
    setBusy(false)
    const body = await res.json().catch(() => null)
    if (!res.ok) {
      const message = body?.errors?.[0]?.message ?? `The server refused (${res.status}).`
      setError(message)
      toast.error(message)
      pointAt((await load())?.missingFields ?? [])
      return
    }
    toast.success(`${ACTION_LABELS[action]}: done — now ${String(body?.to ?? '').replace('_', ' ')}.`)
    // The form below shows the item's fields as they were; a moment to read the toast, then the page is fresh.
    setTimeout(() => window.location.reload(), 900)
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

  const when = (iso: string) => (info ? `${formatInZone(iso, info.timeZone)}` : iso)
  const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }
  return (
    <div className="workflow-panel" id="workflow-panel" style={box}>
      <h4 style={{ margin: '0 0 8px' }}>Workflow</h4>
      {info ? (
        <>
          <p style={{ margin: '0 0 8px' }}>
            <StatusBadge state={info.state} /> {info.live && <span style={{ fontSize: 12 }}>· a version is live</span>}
          </p>
          {info.scheduledAt && (
            <p style={{ fontSize: 12 }}>
              Goes live {when(info.scheduledAt)} ({info.zoneLabel})
            </p>
          )}
          {info.unpublishAt && (
            <p style={{ fontSize: 12 }}>
              Comes down {when(info.unpublishAt)} ({info.zoneLabel})
            </p>
          )}
          {info.missing.length > 0 && (
            <p style={{ fontSize: 12, color: 'var(--theme-warning-700)' }} data-workflow-missing>
              Before it can be submitted this needs:{' '}
              {info.missingFields.map((m, i) => (
                <span key={m.path}>
                  {i > 0 && ', '}
                  <button
                    type="button"
                    className="btn--style-none"
                    style={{
                      textDecoration: 'underline',
                      color: 'inherit',
                      padding: 0,
                      background: 'none',
                      border: 0,
                      cursor: 'pointer',
                    }}
                    onClick={() => pointAt([m])}
                  >
                    {m.what}
                  </button>
                </span>
              ))}
              .
            </p>
          )}
          {info.actions.length + info.blockedByMissing.length > 0 ? (
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
                  <span data-zone-label>Times in {info.zoneLabel}</span>
                  <label>
                    Publish at <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
                  </label>
                  <label>
                    Take down at (optional){' '}
                    <input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
                  </label>
                </div>
              )}
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                {[...info.actions, ...info.blockedByMissing].map((action) => {
                  const why =
                    NEEDS_NOTE.includes(action) && !note.trim()
                      ? 'Write a note first.'
                      : action === 'schedule' && !at
                        ? 'Choose the publication time first.'
                        : null
                  return (
                    <button
                      key={action}
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      data-workflow-action={action}
                      disabled={busy || Boolean(why)}
                      title={why ?? undefined}
                      style={why ? { opacity: 0.45, cursor: 'not-allowed' } : undefined}
                      onClick={() => act(action)}
                    >
                      {ACTION_LABELS[action]}
                    </button>
                  )
                })}
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
            <summary>
              Audit trail ({info.events.length}) · times in {info.zoneLabel}
            </summary>
            <ol style={{ paddingLeft: 16, fontSize: 12 }}>
              {info.events.map((e) => (
                <li key={e.id}>
                  {when(e.at)} — {nameOf(e.actor)}: {ACTION_LABELS[e.action]} ({e.from} → {e.to})
                  {e.note ? ` — “${e.note}”` : ''}
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
            <textarea
              aria-label="New comment"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              rows={2}
              style={{ width: '100%' }}
            />
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
