import type { PayloadRequest, TaskConfig } from 'payload'

import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../domain/workflow/table'
import { refusalCode } from '../server/errors'
import { transition } from '../server/workflow/transition'
import { requiredText } from './schema'

type Input = { collection: string; id: string; action: string; at: string }

/**
 * Fires a scheduled publication ("publish") or the end of a time-limited run ("expire"). A job whose schedule was
 * withdrawn or moved finishes without acting; any other failure is retried and stays visible in the jobs list.
 */
export const workflowScheduledTask: TaskConfig<{ input: Input; output: { result: string } }> = {
  slug: 'workflowScheduled',
  label: 'Scheduled publish / unpublish',
  retries: 3,
  inputSchema: requiredText(['collection', 'id', 'action', 'at']),
  outputSchema: requiredText(['result']),
  handler: async ({ input, req, job }) => {
    const result = await runScheduled(input, req)
    // One line per run, naming the job: how an operator (and the two-worker test) sees that each ran once.
    req.payload.logger.info({ msg: 'Scheduled workflow job ran', job: job.id, ...input, result })
    return { output: { result } }
  },
}

async function runScheduled(input: Input, req: PayloadRequest): Promise<string> {
  const collection = input.collection as WorkflowCollection
  if (!WORKFLOW_COLLECTIONS.includes(collection)) throw new Error(`Unknown collection ${input.collection}`)
  const doc = (await req.payload.findByID({
    collection,
    id: input.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc) return 'skipped: item deleted'
  const planned = input.action === 'publish' ? doc.scheduledAt : doc.unpublishAt
  if (!planned || new Date(String(planned)).getTime() !== new Date(input.at).getTime()) {
    return 'skipped: schedule withdrawn or moved'
  }
  try {
    const r = await transition(req.payload, {
      collection,
      id: input.id,
      action: input.action as 'publish' | 'expire',
      user: null,
    })
    return `${r.from} → ${r.to}`
  } catch (error) {
    // The item moved on (withdrawn, unpublished by hand): nothing left to do. Any other refusal is a failure.
    if (refusalCode(error) === 'wrong_state') return `skipped: ${(error as Error).message}`
    throw error
  }
}
