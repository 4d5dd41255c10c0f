import type { AdminViewServerProps, Where } from 'payload'

import { formatInZone, zoneLabel } from '@/domain/time'
import { STATE_LABELS, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/domain/workflow/table'
import { itemTitle } from '@/domain/workflow/title'

import { StatusBadge } from './StatusBadge'
import { AdminView } from './AdminView'

type Row = { collection: WorkflowCollection; id: number | string; title: string; state: string; when: string }

/** /admin/review — what needs the newsroom's attention, read with the viewer's own access rights. */
export async function ReviewQueue(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload, user } = req
  if (!user) return null

  async function rows(where: Where, sort = '-updatedAt', limit = 25): Promise<Row[]> {
    const all = await Promise.all(
      WORKFLOW_COLLECTIONS.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          where,
          sort,
          limit,
          depth: 0,
          draft: true,
          user,
          overrideAccess: false,
        })
        return docs.map((d) => {
          const doc = d as unknown as Record<string, unknown>
          return {
            collection,
            id: doc.id as number,
            title: itemTitle(doc, 120),
            state: String(doc.workflowState ?? 'draft'),
            when: String(doc.scheduledAt ?? doc.updatedAt ?? ''),
          }
        })
      }),
    )
    return all
      .flat()
      .sort((a, b) => (sort.startsWith('-') ? b.when.localeCompare(a.when) : a.when.localeCompare(b.when)))
      .slice(0, limit)
  }

  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  const timeZone = (site as { timeZone?: string }).timeZone ?? 'UTC'
  const open = { workflowState: { not_in: ['published', 'archived'] } }
  const sections: { title: string; rows: Row[] }[] = [
    { title: STATE_LABELS.in_review, rows: await rows({ workflowState: { equals: 'in_review' } }) },
    { title: 'Assigned to me', rows: await rows({ and: [{ assignee: { equals: user.id } }, open] }) },
    {
      title: 'Changes requested on my items',
      rows: await rows({
        and: [{ createdBy: { equals: user.id } }, { workflowState: { equals: 'changes_requested' } }],
      }),
    },
    { title: STATE_LABELS.scheduled, rows: await rows({ workflowState: { equals: 'scheduled' } }, 'scheduledAt') },
    { title: 'Recently published', rows: await rows({ workflowState: { equals: 'published' } }, '-updatedAt', 10) },
  ]

  return (
    <AdminView props={props} title="Review queue">
      <p data-zone-label style={{ opacity: 0.7 }}>
        Times in {zoneLabel(timeZone)}
      </p>
      {sections.map((section) => (
        <section key={section.title} style={{ marginBottom: 32 }}>
          <h2 style={{ fontSize: 18 }}>
            {section.title} <span style={{ opacity: 0.6 }}>({section.rows.length})</span>
          </h2>
          {section.rows.length === 0 ? (
            <p style={{ opacity: 0.7 }}>Nothing here.</p>
          ) : (
            <table className="table" style={{ width: '100%' }}>
              <tbody>
                {section.rows.map((r) => (
                  <tr key={`${r.collection}-${r.id}`}>
                    <td>
                      <a href={`/admin/collections/${r.collection}/${r.id}`}>{r.title}</a>
                    </td>
                    <td style={{ opacity: 0.7 }}>{r.collection}</td>
                    <td>
                      <StatusBadge state={r.state} />
                    </td>
                    <td style={{ opacity: 0.7 }}>{r.when ? formatInZone(r.when, timeZone) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </AdminView>
  )
}
