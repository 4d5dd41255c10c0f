import type { State, WorkflowCollection } from './table'

/** What the recovery reads of an audit event. */
export type RecordedEvent = {
  id: number | string
  itemCollection: WorkflowCollection
  itemId: string
  transitionKey: string
  action: string
  from: State
  to: State
  note?: string | null
  at: string
}

export type Repair =
  | { kind: 'orphan-event'; event: RecordedEvent; reason: string }
  | { kind: 'half-bundle'; event: RecordedEvent; article: string; reason: string }

/** The step a transition key was written from: collection:id:step (null for a voided key, collection:id:step:void:n). */
export function stepOf(transitionKey: string): number | null {
  const match = /^[^:]+:[^:]+:(\d+)$/.exec(transitionKey)
  return match ? Number(match[1]) : null
}

const BUNDLED = /^Published with article (\S+)$/

/**
 * What a transition interrupted before it finished (a crash without database transactions) leaves behind:
 *
 * - an orphan event — recorded, but its item never moved past the step it was recorded from, so the event's
 *   unique key blocks every later transition of the item (each answers 409);
 * - a half bundle — a photo, caption or link published "with article X" by a publication of X that is itself an
 *   orphan: live without its article.
 *
 * `stepOfItem` gives an item's current step (undefined when the item no longer exists: its events are history).
 */
export function findInterrupted(
  events: RecordedEvent[],
  stepOfItem: (collection: WorkflowCollection, id: string) => number | undefined,
): Repair[] {
  const repairs: Repair[] = []
  const orphanPublications = new Map<string, RecordedEvent>()
  for (const event of events) {
    const step = stepOf(event.transitionKey)
    const current = stepOfItem(event.itemCollection, event.itemId)
    if (step === null || current === undefined || step < current) continue
    repairs.push({
      kind: 'orphan-event',
      event,
      reason: `recorded from step ${step}, but the item is still at step ${current}`,
    })
    if (event.itemCollection === 'articles' && event.to === 'published') orphanPublications.set(event.itemId, event)
  }
  for (const event of events) {
    const article = BUNDLED.exec(event.note ?? '')?.[1]
    const publication = article ? orphanPublications.get(article) : undefined
    if (!article || !publication || event.to !== 'published' || event.at < publication.at) continue
    // Only while the item is still where that publication left it: a later transition means people moved on.
    const step = stepOf(event.transitionKey)
    if (step === null || stepOfItem(event.itemCollection, event.itemId) !== step + 1) continue
    repairs.push({
      kind: 'half-bundle',
      event,
      article,
      reason: `published with article ${article}, whose publication did not complete`,
    })
  }
  return repairs
}
