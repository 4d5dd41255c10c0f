import type { PayloadRequest } from 'payload'

import { EDIT_SESSION, EDIT_SESSION_HEADER } from '../domain/concurrency'
import { refusal } from '../server/errors'

/**
 * The edit session of a write: the random id of the open form (a tab, a window, a device) that sends it, named in a
 * request header (see editSessionHeader on the admin side). Read where a write comes in (the stale-version check)
 * and recorded by the save hook on the revision it makes.
 */
const SESSIONS = 'masthead.editSessions'
type Sessions = Record<string, string | null>

/** The session a write names; a header that is not a session id is refused rather than ignored. */
export function editSessionOf(req: PayloadRequest): string | null {
  const value = req.headers?.get(EDIT_SESSION_HEADER)
  if (value === null || value === undefined || value === '') return null
  if (!EDIT_SESSION.test(value)) {
    throw refusal(
      'invalid_request',
      `${EDIT_SESSION_HEADER} must be an edit session id: 8 to 64 letters, digits, "-" or "_".`,
    )
  }
  return value
}

/** Notes the session a write of this item named, for the save hook of the same request. */
export function rememberEditSession(req: PayloadRequest, slug: string, id: number | string, session: string | null) {
  req.context[SESSIONS] = { ...(req.context[SESSIONS] as Sessions | undefined), [`${slug}:${id}`]: session }
}

/** The session to record on a content save of an item: the one its write named, else none (an API client, a restore). */
export const editSessionOfWrite = (req: PayloadRequest, slug: string, id: number | string | undefined) =>
  id === undefined ? null : ((req.context[SESSIONS] as Sessions | undefined)?.[`${slug}:${id}`] ?? null)
