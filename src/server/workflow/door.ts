import type { Payload, PayloadRequest } from 'payload'

import { parseTransitionRequest } from '../../domain/workflow/request'
import { refusal } from '../errors'
import { transition, type TransitionResult } from './transition'

/**
 * The one door to the workflow for callers from outside (REST, GraphQL): the same checks, in the same order, with
 * the same refusal codes, whatever the transport. The scheduler calls `transition` itself (it is not a caller).
 */
export async function requestTransition(
  payload: Payload,
  {
    input,
    id,
    user,
    ifMatch,
    session,
  }: {
    input: unknown
    id: number | string
    user: PayloadRequest['user'] | null
    ifMatch?: string | null
    session?: string | null
  },
): Promise<TransitionResult> {
  if (!user) throw refusal('login_required', 'Log in to change an item’s workflow state.')
  const parsed = parseTransitionRequest(input)
  if (!parsed.ok) throw refusal('invalid_request', parsed.message)
  const { collection, action, note, at, until, baseVersion } = parsed.value
  return transition(payload, { collection, id, action, note, at, until, user, ifMatch, baseVersion, session })
}
