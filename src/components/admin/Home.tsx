import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { homeQueues } from '@/domain/desk/home'
import { ROLE_LABELS, rolesOf } from '@/domain/roles'
import { zoneLabel } from '@/domain/time'
import { deskViewer, loadQueues } from '@/server/desk/queues'

import { DeskSection } from './DeskSection'
import { Inbox, type InboxEntry } from './Inbox'
import { QueueTable } from './QueueTable'

/** The admin's home: what waits on this person, their own work, the day's schedule, and their inbox. */
export async function Home(props: AdminViewServerProps) {
  const viewer = await deskViewer(props)
  if (!viewer) return null
  const { payload, user, now, timeZone } = viewer
  const [queues, inbox] = await Promise.all([
    loadQueues(payload, user, homeQueues(user, now, timeZone)),
    payload.find({
      collection: 'notifications',
      where: { recipient: { equals: user.id } },
      sort: '-createdAt',
      limit: 15,
      depth: 0,
      user,
      overrideAccess: false,
    }),
  ])
  const entries: InboxEntry[] = inbox.docs.map((n) => ({
    id: n.id,
    subject: n.subject,
    text: n.text ?? '',
    href: n.itemCollection && n.itemId ? `/admin/collections/${n.itemCollection}/${n.itemId}` : null,
    createdAt: n.createdAt,
    read: Boolean(n.readAt),
  }))
  const who = rolesOf(user)
    .map((r) => ROLE_LABELS[r])
    .join(', ')
  return (
    <Gutter>
      <h1 style={{ marginTop: 24 }}>Hello, {(user as { name?: string }).name ?? user.email}</h1>
      <p style={{ opacity: 0.7 }} data-home-roles={rolesOf(user).join(' ')}>
        {who} · times in {zoneLabel(timeZone)} · <a href="/admin/collections/articles/create">New story</a> ·{' '}
        <a href="/admin/review">Review queue</a>
      </p>
      <Inbox entries={entries} />
      {queues.map(({ queue, rows }) => (
        <DeskSection key={queue.key} id={queue.key} title={queue.title} count={rows.length} empty={queue.empty}>
          <QueueTable rows={rows} timeZone={timeZone} now={now} />
        </DeskSection>
      ))}
    </Gutter>
  )
}
