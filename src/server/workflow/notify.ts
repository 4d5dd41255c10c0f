import type { PayloadRequest } from 'payload'

import {
  type Action,
  ACTION_LABELS,
  DESKS,
  type State,
  STATE_LABELS,
  type WorkflowCollection,
} from '../../domain/workflow/table'
import { itemTitle } from '../../domain/workflow/title'
import { getEnv } from '../env'
import { queueMail } from '../outbox'
import { idOf } from '../../domain/relations'

type Ref = number | string | { id: number | string } | null | undefined

type Recipient = { id: number | string; email: string }

async function recipients(
  req: PayloadRequest,
  where: Record<string, unknown>,
  except?: number | string | null,
): Promise<Recipient[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [where, { deactivated: { not_equals: true } }] } as never,
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
  })
  return docs.filter((u) => String(u.id) !== String(except ?? ''))
}

/**
 * One message to its recipients, by email (through the outbox) and in each one's admin inbox; both join the
 * caller's transaction.
 */
async function tell(
  req: PayloadRequest,
  to: Recipient[],
  message: { key: string; subject: string; text: string; collection: string; id: number | string },
) {
  if (!to.length) return
  await queueMail(req, {
    key: message.key,
    to: to.map((r) => r.email).join(', '),
    subject: message.subject,
    text: message.text,
  })
  for (const person of to)
    await req.payload.create({
      collection: 'notifications',
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        recipient: person.id as number,
        subject: message.subject,
        text: message.text,
        itemCollection: message.collection as WorkflowCollection,
        itemId: String(message.id),
        key: `${message.key}:${String(person.id)}`,
      },
    })
}

const itemUrl = (collection: string, id: number | string) =>
  `${getEnv().serverUrl}/admin/collections/${collection}/${id}`

/**
 * Who hears about a transition: reviewers of the desk about a new submission; the submitter about approval,
 * requested changes and publication. The message joins the outbox in the transition's own transaction, so it is
 * sent exactly when the transition happened, after it committed, and never while it runs.
 */
export async function notifyTransition(
  req: PayloadRequest,
  t: {
    collection: WorkflowCollection
    doc: Record<string, unknown>
    action: Action
    from: State
    to: State
    actor: PayloadRequest['user'] | null
    note: string | null
    key: string
  },
) {
  const actorId = t.actor?.id ?? null
  let to: Recipient[] = []
  if (t.action === 'submit') {
    to = await recipients(req, { roles: { in: [...DESKS[t.collection].reviewers, 'admin'] } }, actorId)
  } else if (['approve', 'request_changes', 'publish', 'schedule', 'unpublish', 'archive'].includes(t.action)) {
    const submitter = idOf(t.doc.submittedBy as Ref) ?? idOf(t.doc.createdBy as Ref)
    if (submitter) to = await recipients(req, { id: { equals: submitter } }, actorId)
  }
  const title = itemTitle(t.doc)
  const who = t.actor ? ((t.actor as { name?: string }).name ?? t.actor.email) : 'The scheduler'
  await tell(req, to, {
    key: `transition:${t.key}`,
    subject: `[${STATE_LABELS[t.to]}] ${title}`,
    text: [
      `${who}: ${ACTION_LABELS[t.action]} — “${title}” is now ${STATE_LABELS[t.to].toLowerCase()} (was ${STATE_LABELS[t.from].toLowerCase()}).`,
      t.note ? `\nNote: ${t.note}` : '',
      `\n${itemUrl(t.collection, t.doc.id as number)}`,
    ].join(''),
    collection: t.collection,
    id: t.doc.id as number | string,
  })
}

/** The new assignee hears that an item is theirs. */
export async function notifyAssignment(
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
  assignee: number | string,
) {
  const to = await recipients(req, { id: { equals: assignee } }, req.user?.id)
  await tell(req, to, {
    key: `assignment:${collection}:${String(doc.id)}:${String(assignee)}:${String(doc.updatedAt ?? '')}`,
    subject: `[Assigned to you] ${itemTitle(doc)}`,
    text: `${(req.user as { name?: string } | null)?.name ?? 'Someone'} assigned “${itemTitle(doc)}” to you.\n${itemUrl(collection, doc.id as number)}`,
    collection,
    id: doc.id as number | string,
  })
}
