'use client'
import { toast, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { type Action, ACTION_LABELS } from '@/domain/workflow/table'

const BULK_ACTIONS: Action[] = ['submit', 'approve', 'publish', 'unpublish']

type RowResult = { id: string; ok: boolean; message: string }

/**
 * Workflow actions on the selected rows (in place of Payload's bulk Publish/Unpublish, which bypass review): each
 * row goes through the same door as the panel, and each row's answer — done, or the server's own reason — is shown.
 */
export function BulkWorkflow({ collectionSlug }: { collectionSlug?: string }) {
  const { selected } = useSelection()
  const router = useRouter()
  const [note, setNote] = useState('')
  const [results, setResults] = useState<RowResult[]>([])
  const [busy, setBusy] = useState(false)
  const ids = [...selected.entries()].filter(([, on]) => on).map(([id]) => String(id))
  if (!collectionSlug) return null

  async function run(action: Action) {
    setBusy(true)
    const answers: RowResult[] = []
    for (const id of ids) {
      const res = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, note: note || undefined }),
      })
      const body = await res.json().catch(() => null)
      answers.push({
        id,
        ok: res.ok,
        message: res.ok
          ? `${ACTION_LABELS[action]}: now ${String(body?.to ?? '').replace('_', ' ')}`
          : (body?.errors?.[0]?.message ?? `refused (${res.status})`),
      })
    }
    setResults(answers)
    setBusy(false)
    const done = answers.filter((a) => a.ok).length
    if (done === answers.length) toast.success(`${ACTION_LABELS[action]}: ${done} done.`)
    else
      toast.error(`${ACTION_LABELS[action]}: ${done} done, ${answers.length - done} refused — see each row's reason.`)
    router.refresh()
  }

  return (
    <div className="bulk-workflow" style={{ margin: '8px 0 16px', fontSize: 13 }} data-bulk-workflow>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        <strong>{ids.length ? `${ids.length} selected:` : 'Select rows for a workflow action on each.'}</strong>
        {ids.length > 0 &&
          BULK_ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              className="btn btn--style-secondary btn--size-small"
              data-bulk-action={action}
              disabled={busy || (action === 'unpublish' && !note.trim())}
              onClick={() => run(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
        {ids.length > 0 && (
          <input
            aria-label="Note for the selected rows"
            placeholder="Note (required to unpublish)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ minWidth: 220 }}
          />
        )}
      </div>
      {results.length > 0 && (
        <ul style={{ margin: '8px 0 0', paddingLeft: 16 }} data-bulk-results>
          {results.map((r) => (
            <li
              key={r.id}
              data-bulk-row={r.id}
              data-ok={r.ok}
              style={{ color: r.ok ? 'inherit' : 'var(--theme-error-500)' }}
            >
              #{r.id}: {r.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
