import type { AdminViewServerProps } from 'payload'

import { hasRole } from '@/domain/roles'
import { recoverInterrupted } from '@/server/workflow/recovery'

import { RepairButton } from './RepairButton'
import { AdminView } from './AdminView'

/** /admin/recovery — what interrupted transitions left (stuck items, links live without their article), for an administrator to repair. */
export async function Recovery(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload, user } = req
  if (!user) return null
  const admin = hasRole(user, 'admin')
  const report = admin
    ? await recoverInterrupted(payload, { since: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000), repair: false })
    : null
  return (
    <AdminView props={props} title="Workflow recovery">
      {!report ? (
        <p>Only an administrator can see and repair interrupted transitions.</p>
      ) : report.found.length === 0 ? (
        <p data-recovery="clean">
          Nothing is stuck: no interrupted transition left anything behind in the last 30 days. The same check runs at
          every start.
        </p>
      ) : (
        <>
          <p>
            {report.found.length} leftovers of transitions that were interrupted before they finished. Repairing marks
            each orphan event as not applied (it stays in the audit trail) and takes items published without their
            article back to where they were.
          </p>
          <ul data-recovery="found">
            {report.found.map((f) => (
              <li key={`${f.kind}:${String(f.event)}`}>
                <a href={`/admin/collections/${f.collection}/${f.id}`}>
                  {f.collection} {f.id}
                </a>{' '}
                — {f.kind === 'orphan-event' ? 'stuck: every transition is refused' : 'live without its article'} (
                {f.reason})
              </li>
            ))}
          </ul>
          <RepairButton />
        </>
      )}
    </AdminView>
  )
}
