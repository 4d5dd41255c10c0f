'use client'
import { toast, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import type { SourceChange } from '@/domain/translationChanges'

import { StatusBadge } from './StatusBadge'
import { useLoadWhenFormReady } from './useLoadWhenFormReady'

type Status = {
  editions: { id: number | string; language: string; headline: string; state: string | null }[]
  missing: { code: string; name: string }[]
  source: { id: number | string; headline: string; language: string } | null
  sourceChanged: boolean
  changes: SourceChange[]
}

const CHANGE_STYLE = {
  same: {},
  removed: { textDecoration: 'line-through', background: '#fde2e2' },
  added: { background: '#dcf5dc' },
} as const

/**
 * The story's editions: the others of its translation group (each a link, with where its review stands), a
 * "Translate into …" action for each language the group lacks, and, on a translation, a flag with the source's
 * published changes since it was made.
 */
export function TranslationPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [status, setStatus] = useState<Status | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id || collectionSlug !== 'articles') return
    const res = await fetch(`/api/articles/${id}/translation`, { credentials: 'include' })
    if (res.ok) setStatus((await res.json()) as Status)
  }, [id, collectionSlug])
  useLoadWhenFormReady(() => void load(), [load, lastUpdateTime])

  const translate = async (language: string) => {
    setBusy(true)
    try {
      const res = await fetch(`/api/articles/${id}/translate`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ language }),
      })
      const body = (await res.json().catch(() => null)) as {
        doc?: { id: number | string }
        errors?: { message: string }[]
      } | null
      if (!res.ok || !body?.doc) throw new Error(body?.errors?.[0]?.message ?? `The server answered ${res.status}.`)
      window.location.assign(`/admin/collections/articles/${body.doc.id}`)
    } catch (error) {
      toast.error((error as Error).message)
      setBusy(false)
    }
  }

  if (!status) return null
  const others = status.editions.filter((e) => String(e.id) !== String(id))
  return (
    <section data-translation-panel aria-label="Editions" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Editions</h4>
      {status.sourceChanged && (
        <div data-source-changed role="status" style={{ border: '1px solid #d9a400', padding: 8, marginBottom: 8 }}>
          <strong>The source changed since this translation was made.</strong>
          {status.changes.map((c) => (
            <p key={c.path} style={{ margin: '6px 0 0' }}>
              <span style={{ opacity: 0.7 }}>{c.path}: </span>
              {c.parts.map((part, i) => (
                <span key={i} data-change={part.change} style={CHANGE_STYLE[part.change]}>
                  {part.text}
                </span>
              ))}
            </p>
          ))}
        </div>
      )}
      {others.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }}>
          {others.map((e) => (
            <li key={String(e.id)} style={{ marginBottom: 4 }}>
              <a href={`/admin/collections/articles/${e.id}`} data-edition={e.language}>
                {e.language} · {e.headline}
              </a>{' '}
              {e.state && <StatusBadge state={e.state} />}
              {status.source && String(status.source.id) === String(e.id) && (
                <span style={{ opacity: 0.7 }}> (source)</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {status.missing.map((l) => (
        <button
          key={l.code}
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => void translate(l.code)}
          data-translate={l.code}
        >
          Translate into {l.name}
        </button>
      ))}
    </section>
  )
}
