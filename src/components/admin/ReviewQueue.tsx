import type { AdminViewServerProps } from 'payload'

import { reviewQueues } from '@/domain/desk/home'
import { zoneLabel } from '@/domain/time'
import { deskViewer, loadQueues } from '@/server/desk/queues'

import { AdminView } from './AdminView'
import { DeskSection } from './DeskSection'
import { QueueTable } from './QueueTable'

/** /admin/review — what needs the newsroom's attention, read with the viewer's own access rights. */
export async function ReviewQueue(props: AdminViewServerProps) {
  const viewer = await deskViewer(props)
  if (!viewer) return null
  const { payload, user, now, timeZone } = viewer
  const queues = await loadQueues(payload, user, reviewQueues(user))
  return (
    <AdminView props={props} title="Review queue">
      <p data-zone-label style={{ opacity: 0.7 }}>
        Times in {zoneLabel(timeZone)}
      </p>
      {queues.map(({ queue, rows }) => (
        <DeskSection key={queue.key} id={queue.key} title={queue.title} count={rows.length} empty={queue.empty}>
          <QueueTable rows={rows} timeZone={timeZone} now={now} />
        </DeskSection>
      ))}
    </AdminView>
  )
}
