import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { isUntouchedStory, type StoryDraft, UNTOUCHED_STORY_GRACE_MS } from '../domain/desk/newStory'

export const HOUSEKEEPING_QUEUE = 'housekeeping'
const BATCH = 100

/**
 * Removes stories opened with "Create New" and never written in, once their last save is older than the grace
 * period. The admin removes one when its writer leaves it; a killed tab or a crashed browser leaves it behind.
 * What is read is each story's latest draft (autosave writes there, not to the document), and each candidate is
 * checked with the same rule as the admin's removal, so nothing anyone typed is ever deleted.
 */
export async function sweepUntouchedStories(
  payload: Payload,
  { now = Date.now(), req }: { now?: number; req?: Partial<PayloadRequest> } = {},
): Promise<number> {
  const cutoff = new Date(now - UNTOUCHED_STORY_GRACE_MS).toISOString()
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    depth: 0,
    limit: BATCH,
    sort: 'updatedAt',
    overrideAccess: true,
    req,
    where: {
      and: [
        { updatedAt: { less_than: cutoff } },
        { or: [{ headline: { exists: false } }, { headline: { equals: '' } }] },
      ],
    },
  })
  let removed = 0
  for (const doc of docs) {
    if (doc.createdAt >= cutoff || doc.updatedAt >= cutoff || !isUntouchedStory(doc as StoryDraft)) continue
    await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true, req })
    removed += 1
  }
  return removed
}

export const sweepUntouchedStoriesTask: TaskConfig<{ input: Record<string, never>; output: { removed: number } }> = {
  slug: 'sweepUntouchedStories',
  label: 'Remove stories nobody wrote in',
  retries: 1,
  inputSchema: [],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  // Hourly, queued by the scheduler of whichever process runs jobs (the web server, or `npm run jobs:worker`).
  schedule: [{ cron: '0 17 * * * *', queue: HOUSEKEEPING_QUEUE }],
  handler: async ({ req }) => ({ output: { removed: await sweepUntouchedStories(req.payload, { req }) } }),
}
