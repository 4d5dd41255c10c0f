import { z } from 'zod'

import { idOf } from '../relations'
import type { Actor } from '../roles'
import {
  ACTIONS,
  missingBeforeReview,
  type ReviewFacts,
  type Request,
  type State,
  WORKFLOW_COLLECTIONS,
  type WorkflowCollection,
} from './table'

const dateTime = (name: string) =>
  z
    .string({ error: `"${name}" must be an ISO 8601 date-time, e.g. 2026-12-01T09:00:00+08:00.` })
    .refine((value) => !Number.isNaN(Date.parse(value)), {
      error: `"${name}" must be an ISO 8601 date-time, e.g. 2026-12-01T09:00:00+08:00.`,
    })

/** What a caller asks of the workflow, on every door (REST body, GraphQL arguments). */
export const TransitionRequest = z.object({
  collection: z.enum(WORKFLOW_COLLECTIONS as [WorkflowCollection, ...WorkflowCollection[]], {
    error: `"collection" must be one of: ${WORKFLOW_COLLECTIONS.join(', ')}.`,
  }),
  action: z.enum(ACTIONS, { error: `"action" must be one of: ${ACTIONS.join(', ')}.` }),
  note: z
    .string({ error: '"note" must be text.' })
    .max(2000, { error: '"note" is limited to 2,000 characters.' })
    .nullish(),
  at: dateTime('at').nullish(),
  until: dateTime('until').nullish(),
  /** The updatedAt of the version the caller saw. */
  baseVersion: z.string({ error: '"baseVersion" must be the updatedAt of the version you saw.' }).nullish(),
})
export type TransitionRequest = z.infer<typeof TransitionRequest>

/** The request, or the first thing wrong with it in words a caller can act on. */
export function parseTransitionRequest(
  input: unknown,
): { ok: true; value: TransitionRequest } | { ok: false; message: string } {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, message: 'Send a JSON object such as {"action": "submit"}.' }
  const parsed = TransitionRequest.safeParse(input)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? 'The request is malformed.' }
}

/** The facts `decide` weighs, read from a stored item: the same for a transition, the panel and the scheduler. */
export function workflowFacts(
  collection: WorkflowCollection,
  doc: Record<string, unknown>,
  actor: Actor,
  site: { fourEyes?: boolean | null },
  now = new Date(),
): Omit<Request, 'action' | 'note' | 'at'> {
  return {
    collection,
    item: {
      state: (doc.workflowState ?? 'draft') as State,
      createdBy: idOf(doc.createdBy),
      submittedBy: idOf(doc.submittedBy),
      lastEditedBy: idOf(doc.lastEditedBy),
      missing: missingBeforeReview(collection, doc as ReviewFacts),
    },
    actor: actor ? { id: actor.id, roles: actor.roles ?? [] } : null,
    now,
    fourEyes: site.fourEyes !== false,
  }
}
