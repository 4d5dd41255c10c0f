import { ageLabel } from '@/domain/desk/home'
import { formatInZone } from '@/domain/time'
import type { WorkflowCollection } from '@/domain/workflow/table'
import type { QueueRow } from '@/server/desk/queues'

import { StatusBadge } from './StatusBadge'
import { TableHead } from './TableHead'

const KIND: Record<WorkflowCollection, string> = {
  articles: 'Story',
  photos: 'Photo',
  captions: 'Caption',
  'related-links': 'Related link',
}

/** The rows of a desk queue: what it is, where it runs, who sent it, how long it has waited and how long it is. */
export function QueueTable({ rows, timeZone, now }: { rows: QueueRow[]; timeZone: string; now: Date }) {
  return (
    <table className="table" style={{ width: '100%' }}>
      <TableHead columns={['Title', 'Kind', 'Section', 'From', 'State', 'Waiting', 'Length']} />
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.collection}-${r.id}`} data-queue-row={`${r.collection}:${r.id}`}>
            <td>
              <a href={`/admin/collections/${r.collection}/${r.id}`}>{r.title}</a>
              {r.sourceChanged && (
                <span data-source-changed style={{ marginLeft: 8, color: '#8a6100', fontSize: 12 }}>
                  source changed since translation
                </span>
              )}
            </td>
            <td style={{ opacity: 0.7 }}>
              {KIND[r.collection]}
              {r.language ? ` · ${r.language}` : ''}
            </td>
            <td style={{ opacity: 0.7 }}>{r.section ?? ''}</td>
            <td style={{ opacity: 0.7 }}>{r.submitter ?? ''}</td>
            <td>
              <StatusBadge state={r.state} />
            </td>
            <td style={{ opacity: 0.7 }} title={r.updatedAt ? formatInZone(r.updatedAt, timeZone) : undefined}>
              {r.scheduledAt && r.state === 'scheduled'
                ? `at ${formatInZone(r.scheduledAt, timeZone)}`
                : r.updatedAt
                  ? ageLabel(r.updatedAt, now)
                  : ''}
            </td>
            <td style={{ opacity: 0.7 }}>{r.words === null ? '' : `${r.words.toLocaleString('en-GB')} words`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
