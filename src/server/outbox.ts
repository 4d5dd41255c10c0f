import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { afterPageRefreshes } from './cache/bridge'
import { afterCommit } from './transactions'

export type OutgoingMail = { key: string; to: string; subject: string; text: string }

export const OUTBOX_QUEUE = 'outbox'

/**
 * The outbox: a message is a job written in the caller's transaction — it exists exactly when the change that
 * caused it committed — and is delivered after the commit, retried with backoff until the mail server takes it.
 */
export async function queueMail(req: PayloadRequest, mail: OutgoingMail) {
  const job = await req.payload.jobs.queue({ task: 'deliverMail', input: mail, queue: OUTBOX_QUEUE, req })
  // Sent at once rather than at the queue's next run; a failure is left to the queue's retries. `run` (unlike
  // `runByID`) claims only a job nobody is running, so the queue's own runner cannot send it a second time.
  // Readers first: a published story's pages are refreshed before its notification is sent (a moment, at most 2 s).
  await afterCommit(req, async () => {
    await afterPageRefreshes(2000)
    await req.payload.jobs.run({ queue: OUTBOX_QUEUE, where: { id: { equals: job.id } }, limit: 1, silent: true })
  })
}

/** One Message-ID per outbox entry: a message delivered twice (at least once) is one message to mail clients. */
export function messageIdFor(key: string, host: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${host}>`
}
