'use client'
import { useAllFormFields, useAuth, useDocumentInfo, useFormInitializing } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useRef, useState } from 'react'

import { idOf } from '@/domain/relations'
import {
  changedTexts,
  conflictCopyText,
  FormTexts,
  missingFrom,
  resetTexts,
  typedTexts,
  type TypedText,
  unsavedEdits,
} from '@/domain/conflict'

import { claimEditSession, newEditSession } from './editSessionHeader'
import { type Kept, withKept, withoutDismissed } from './keptCopies'
import { adoptOrphans, holdFormLock, openSessions, touchJournal, writeJournal } from './typingJournal'

type Person = { id?: number | string; name?: string; email?: string } | number | string | null | undefined

/** How often an open form asks whether someone else has changed its document. */
const CHECK_EVERY_MS = 8000
const SETTLE_MS = 2000

const label = (path: string) =>
  path
    .split('.')
    .map((part) =>
      /^\d+$/.test(part)
        ? `#${Number(part) + 1}`
        : part.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()),
    )
    .join(' · ')

function readJson<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(window.localStorage.getItem(key) ?? 'null') as T | null) ?? fallback
  } catch {
    return fallback
  }
}

/**
 * The editor's unsaved text when someone else got there first — a take-over of their lease, or a newer revision by
 * someone else that their next save would be refused against (409). It is shown as theirs vs yours, word by word,
 * with the editor's text ready to copy, and kept in this browser until dismissed. What the form holds unsaved is
 * also journalled as it is typed, so text typed just before the form was reset or the page left (a take-over's
 * reload, a browser crash) is found again when the form next loads the saved document without it.
 */
export function ConflictCopy() {
  const { id, collectionSlug, data, currentEditor } = useDocumentInfo()
  const { user } = useAuth()
  const [fields] = useAllFormFields()
  const [kept, setKept] = useState<Kept[]>([])
  const [copied, setCopied] = useState(false)
  const keyOf = (what: string) => `masthead.${what}.${collectionSlug}.${id}.${user?.id}`
  const keptKey = keyOf('unsaved')
  const journalKey = keyOf('typing')
  const latest = useRef({ fields, data })
  latest.current = { fields, data }

  // This form's edit session, named on its every save: the server then tells this form's own newer revisions from
  // another tab's or device's, the same person's included (see isStale).
  const [session] = useState(newEditSession)
  useEffect(() => {
    if (!id || !collectionSlug) return
    return claimEditSession(collectionSlug, id, session)
  }, [collectionSlug, id, session])
  const initializing = useFormInitializing()

  // Every tab of this person and document shows the same kept copies, as stored now. Read once the form can be
  // typed into: read as the page opened (~5 ms in a profile), they were in the way of the form's first render.
  useEffect(() => {
    if (!id || !user || initializing) return
    setKept(readJson<Kept[]>(keptKey, []))
    const onStorage = (event: StorageEvent) => {
      if (event.key === keptKey) setKept(readJson<Kept[]>(keptKey, []))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [id, user, keptKey, initializing])

  const keep = useCallback(
    (entry: Kept) => {
      const stored = readJson<Kept[]>(keptKey, [])
      const next = withKept(stored, entry)
      if (next !== stored) window.localStorage.setItem(keptKey, JSON.stringify(next))
      setKept(next)
    },
    [keptKey],
  )

  // The journal: what this form holds that its last load or save did not, written as it is typed. A form that is
  // reset to the saved document (Payload reloads it after a take-over) before its text was saved shows that text.
  // It runs on every keystroke, so it reads only the field that changed and writes only when the journal did.
  // Not before the form can be typed into: until then it holds what was just loaded, and reading the whole story
  // (body included) would be work in the way of the form's first render.
  const formTexts = useRef(new FormTexts())
  const saved = useRef<{ data: unknown; texts: Map<string, string> } | null>(null)
  const journal = useRef<{ key: string; entries: TypedText[]; json: string } | null>(null)
  useEffect(() => {
    if (!id || !user || initializing) return
    const known = saved.current
    const savedTexts = known && known.data === data ? known.texts : typedTexts(data)
    saved.current = { data, texts: savedTexts }
    // A new form starts with an empty journal of its own; what earlier forms left unsaved is adopted by `check`.
    if (journal.current?.key !== journalKey) journal.current = { key: journalKey, entries: [], json: '[]' }
    const form = formTexts.current.update(fields)
    const reset = resetTexts(journal.current.entries, savedTexts, form)
    if (reset.length)
      keep({
        at: new Date().toISOString(),
        by: 'The form was reloaded before this was saved',
        conflicts: missingFrom(savedTexts, reset),
      })
    const changed = changedTexts(savedTexts, form)
    const json = JSON.stringify(changed)
    if (json === journal.current.json) return
    journal.current = { key: journalKey, entries: changed, json }
    writeJournal(window.localStorage, journalKey, session, changed)
  }, [fields, data, initializing, id, user, journalKey, keep, session])

  // This form's journal is kept while the form is open (its lock held), and left to the next form once it is not.
  useEffect(() => holdFormLock(session), [session])
  useEffect(() => {
    const close = () => touchJournal(window.localStorage, journalKey, session, true)
    window.addEventListener('pagehide', close)
    return () => {
      window.removeEventListener('pagehide', close)
      close()
    }
  }, [journalKey, session])

  const check = useCallback(async () => {
    if (!id || !user) return
    const { fields: formFields, data: loaded } = latest.current
    const [res, lease] = await Promise.all([
      fetch(`/api/${collectionSlug}/${id}?draft=true&depth=0`, { credentials: 'include' }),
      fetch(
        `/api/payload-locked-documents?depth=1&limit=1&where[document.relationTo][equals]=${collectionSlug}&where[document.value][equals]=${id}`,
        { credentials: 'include' },
      ),
    ])
    if (!res.ok) return
    const theirs = (await res.json()) as Record<string, unknown> & {
      updatedAt?: string
      lastEditedBy?: Person
      editSession?: string | null
    }
    touchJournal(window.localStorage, journalKey, session)
    // Text another form of this person's left unsaved (a tab closed, reloaded or crashed): kept here unless the
    // stored document or this form holds it.
    const inForm = typedTexts(reduceFieldsToValues(formFields, true))
    const orphaned = adoptOrphans(window.localStorage, journalKey, session, await openSessions()).filter(
      ({ path, mine }) => inForm.get(path) !== mine,
    )
    const unsaved = missingFrom(theirs, orphaned)
    if (unsaved.length)
      keep({ at: new Date().toISOString(), by: 'A window of yours closed before this was saved', conflicts: unsaved })
    const holder = lease.ok
      ? ((await lease.json()) as { docs: { user?: { value?: Person } }[] }).docs[0]?.user?.value
      : undefined
    const holderId = idOf(holder ?? (currentEditor as Person))
    const takenOver = holderId !== undefined && holderId !== null && String(holderId) !== String(user.id)
    // Someone else, or this person in another tab or on another device (another edit session).
    const changedBySomeoneElse =
      Boolean(theirs.updatedAt && loaded?.updatedAt && theirs.updatedAt > String(loaded.updatedAt)) &&
      (String(idOf(theirs.lastEditedBy) ?? '') !== String(user.id) ||
        Boolean(theirs.editSession && theirs.editSession !== session))
    if (!takenOver && !changedBySomeoneElse) return
    const conflicts = unsavedEdits(loaded, reduceFieldsToValues(formFields, true), theirs)
    if (!conflicts.length) return
    const who = takenOver ? (holder ?? (currentEditor as Person)) : theirs.lastEditedBy
    let by = who && typeof who === 'object' ? (who.name ?? who.email ?? 'Someone else') : 'Someone else'
    if (who && typeof who !== 'object') {
      const person = await fetch(`/api/users/${who}?depth=0`, { credentials: 'include' })
      if (person.ok) by = ((await person.json()) as { name?: string; email?: string }).name ?? by
    }
    keep({
      at: new Date().toISOString(),
      by: takenOver ? `${by} took over editing` : `${by} saved a newer version`,
      conflicts,
    })
  }, [id, user, collectionSlug, currentEditor, keep, session, journalKey])

  // When the lease changes hands, at once; on opening, once the form has settled (what it shows was read just now,
  // and the check reads the whole document again), then on a timer and when the window regains focus.
  const opened = useRef(false)
  useEffect(() => {
    if (opened.current) {
      void check()
      return
    }
    opened.current = true
    const timer = window.setTimeout(() => void check(), SETTLE_MS)
    return () => window.clearTimeout(timer)
  }, [check, currentEditor])
  useEffect(() => {
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS)
    const onFocus = () => void check()
    window.addEventListener('focus', onFocus)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [check])

  if (!kept.length) return null
  const all = kept.flatMap((k) => k.conflicts)
  const copy = async () => {
    await navigator.clipboard?.writeText(conflictCopyText(all, label)).catch(() => undefined)
    setCopied(true)
  }
  const dismiss = () => {
    const rest = withoutDismissed(readJson<Kept[]>(keptKey, []), kept)
    if (rest.length) window.localStorage.setItem(keptKey, JSON.stringify(rest))
    else window.localStorage.removeItem(keptKey)
    setKept(rest)
  }
  return (
    <section
      data-conflict-copy
      role="alert"
      style={{
        border: '1px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-50)',
        borderRadius: 4,
        padding: '12px 16px',
        marginBottom: 24,
      }}
    >
      <h4 style={{ margin: '0 0 4px' }}>Your text was not saved — it is kept here</h4>
      <p style={{ margin: '0 0 12px', fontSize: 13 }}>
        {kept.at(-1)!.by}. Nothing you typed is lost: copy it and apply it to the current version (take over or reload
        first). Kept in this browser until you dismiss it.
      </p>
      {kept.map((entry) =>
        entry.conflicts.map((c) => (
          <div key={`${entry.at}-${c.path}`} data-conflict-field={c.path} style={{ marginBottom: 12 }}>
            <strong style={{ fontSize: 13 }}>{label(c.path)}</strong>{' '}
            <span style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
              (<del>theirs</del> · <ins>yours</ins>)
            </span>
            <p data-conflict-diff style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
              {c.parts.map((part, i) =>
                part.side === 'mine' ? (
                  <ins key={i} style={{ background: 'var(--theme-success-100)' }}>
                    {part.text}
                  </ins>
                ) : part.side === 'theirs' ? (
                  <del key={i} style={{ background: 'var(--theme-error-100)' }}>
                    {part.text}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
            <textarea
              data-conflict-mine
              readOnly
              value={c.mine}
              rows={Math.min(8, c.mine.split('\n').length + 1)}
              style={{ width: '100%', fontSize: 13 }}
              aria-label={`Your ${label(c.path)}`}
            />
          </div>
        )),
      )}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy my text'}
      </button>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  )
}
