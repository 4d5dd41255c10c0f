import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { findInterrupted, type RecordedEvent, type Repair, stepOf } from '../../domain/workflow/recovery'
import { type State, STATE_LABELS, type WorkflowCollection } from '../../domain/workflow/table'
import { WORKFLOW_CONTEXT } from '../../hooks/workflowGuard'
import { inTransaction } from '../transactions'

export type RecoveryReport = {
  since: string
  found: { kind: Repair['kind']; collection: string; id: string; event: string | number; reason: string }[]
  repaired: number
}

/**
 * Finds — and with `repair`, undoes — what interrupted transitions left (see `findInterrupted`): run at every boot
 * and by an administrator from the API. Each repair is one transaction and is itself written to the audit trail.
 */
export async function recoverInterrupted(
  payload: Payload,
  { since, repair }: { since: Date; repair: boolean },
): Promise<RecoveryReport> {
  const { docs } = await payload.find({
    collection: 'workflow-events',
    where: { at: { greater_than_equal: since.toISOString() } },
    sort: 'at',
    limit: 5000,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const events = docs as unknown as RecordedEvent[]
  const steps = new Map<string, number>()
  const byCollection = new Map<WorkflowCollection, Set<string>>()
  for (const e of events)
    byCollection.set(e.itemCollection, (byCollection.get(e.itemCollection) ?? new Set()).add(e.itemId))
  for (const [collection, ids] of byCollection) {
    const found = await payload.find({
      collection,
      where: { id: { in: [...ids] } },
      draft: true,
      depth: 0,
      limit: ids.size,
      overrideAccess: true,
      select: { workflowSeq: true } as never,
    })
    for (const doc of found.docs as { id: number | string; workflowSeq?: number | null }[])
      steps.set(`${collection}:${doc.id}`, Number(doc.workflowSeq ?? 0))
  }
  const repairs = findInterrupted(events, (collection, id) => steps.get(`${collection}:${id}`))
  let repaired = 0
  if (repair) {
    for (const r of repairs) {
      try {
        await (r.kind === 'orphan-event'
          ? voidEvent(payload, r.event, r.reason)
          : takeDownHalfBundle(payload, r.event, r.reason))
        repaired++
      } catch (err) {
        payload.logger.error({ err, msg: `Recovery could not repair ${r.kind} ${r.event.transitionKey}` })
      }
    }
  }
  if (repairs.length) {
    payload.logger.warn({
      msg: `Recovery: ${repairs.length} leftovers of interrupted transitions found, ${repaired} repaired`,
      repairs: repairs.map((r) => `${r.kind} ${r.event.transitionKey}: ${r.reason}`),
    })
  }
  return {
    since: since.toISOString(),
    found: repairs.map((r) => ({
      kind: r.kind,
      collection: r.event.itemCollection,
      id: r.event.itemId,
      event: r.event.id,
      reason: r.reason,
    })),
    repaired,
  }
}

async function asWorkflow(payload: Payload, work: (req: PayloadRequest) => Promise<void>) {
  const req = await createLocalReq({ context: { [WORKFLOW_CONTEXT]: true } }, payload)
  await inTransaction(req, () => work(req))
}

/** The event stays in the trail, marked as never applied; its key is freed so the item can move again. */
function voidEvent(payload: Payload, event: RecordedEvent, reason: string) {
  return asWorkflow(payload, async (req) => {
    await payload.update({
      collection: 'workflow-events',
      id: event.id,
      req,
      overrideAccess: true,
      data: {
        transitionKey: `${event.transitionKey}:void:${event.id}`,
        note: [
          event.note,
          `Not applied: the transition was interrupted (${reason}); found by recovery on ${new Date().toISOString()}.`,
        ]
          .filter(Boolean)
          .join('\n'),
      },
    })
  })
}

/** Back to where it was before the interrupted publication took it live, with the reason in the audit trail. */
function takeDownHalfBundle(payload: Payload, event: RecordedEvent, reason: string) {
  const step = (stepOf(event.transitionKey) ?? 0) + 1
  const back = event.from as State
  return asWorkflow(payload, async (req) => {
    const collection = event.itemCollection
    await payload.create({
      collection: 'workflow-events',
      req,
      overrideAccess: true,
      data: {
        itemCollection: collection,
        itemId: event.itemId,
        action: 'unpublish',
        from: 'published',
        to: back,
        note: `Recovery: ${reason}.`,
        at: new Date().toISOString(),
        summary: `Recovery: ${STATE_LABELS.published} → ${STATE_LABELS[back]}`,
        transitionKey: `${collection}:${event.itemId}:${step}`,
      },
    })
    await payload.update({
      collection,
      id: event.itemId,
      req,
      overrideAccess: true,
      depth: 0,
      data: { _status: 'draft', workflowState: back, workflowSeq: step + 1 } as never,
    })
  })
}
