import type { TaskConfig } from 'payload'

import { getEnv } from '../server/env'
import { messageIdFor, type OutgoingMail } from '../server/outbox'
import { requiredText } from './schema'

const SEND_TIMEOUT_MS = 30_000

/** Delivers one outbox message. A mail server that fails or hangs fails the attempt; the queue retries it later. */
export const deliverMailTask: TaskConfig<{ input: OutgoingMail; output: { messageId: string } }> = {
  slug: 'deliverMail',
  label: 'Send a notification email',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: requiredText(['key', 'to', 'subject', 'text'], ['text']),
  outputSchema: requiredText(['messageId']),
  handler: async ({ input, req }) => {
    const messageId = messageIdFor(input.key, new URL(getEnv().serverUrl).hostname)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the mail server did not answer within ${SEND_TIMEOUT_MS / 1000} s`)),
        SEND_TIMEOUT_MS,
      )
    })
    try {
      await Promise.race([
        req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text, messageId }),
        timeout,
      ])
    } finally {
      clearTimeout(timer)
    }
    return { output: { messageId } }
  },
}
