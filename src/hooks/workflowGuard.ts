import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { stateAfterEdit, type State, WORKFLOW_FACTS } from '../domain/workflow/table'
import { refusal } from '../server/errors'
import { editSessionOfWrite } from './editSession'
import { storedItem } from './storedItem'

/** Set on `req.context` by the workflow service; nothing else may change publication. */
export const WORKFLOW_CONTEXT = 'masthead.workflowTransition'

const CONTENT_IGNORED = new Set<string>([
  ...WORKFLOW_FACTS,
  'assignee',
  '_status',
  'updatedAt',
  'createdAt',
  'id',
  'baseVersion',
  'editSession',
])

/**
 * Refuses every route to a publication change other than the workflow: REST and GraphQL create/update
 * (by id or in bulk), duplicates and version restores all pass through here as create/update operations.
 * Trusted server code (Local API with access overridden) is let through; its callers answer for it.
 */
export const refuseStatusChanges: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  if (req.context?.[WORKFLOW_CONTEXT] || args.overrideAccess) return args
  const workflowUrl = `POST /api/${collection.slug}/:id/workflow`
  if (operation === 'restoreVersion') {
    if (args.draft) return args
    throw refusal(
      'workflow_only',
      `Restore a version as a draft (?draft=true); it then goes through review (${workflowUrl}).`,
    )
  }
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data._status === 'published') {
    throw refusal(
      'workflow_only',
      `Publishing goes through the editorial workflow (${workflowUrl} with {"action": "publish"}), not through a save.`,
    )
  }
  if (data._status !== undefined && data._status !== null && data._status !== 'draft') {
    throw refusal(
      'workflow_only',
      `"_status" may only be "draft" in a save; publication changes go through ${workflowUrl}.`,
    )
  }
  if (operation === 'create') {
    if (data.workflowState !== undefined && data.workflowState !== null && data.workflowState !== 'draft') {
      throw refusal('workflow_only', `New items start as drafts; their state changes through ${workflowUrl}.`)
    }
    return args
  }
  if (args.draft) return refuseStateEdit(args, data, collection.slug, req, workflowUrl)
  // Saving without ?draft=true writes the main document: for a live item that is its public version.
  const id = (args as { id?: number | string }).id
  if (id === undefined) {
    throw refusal('workflow_only', 'Bulk edits of reviewed content are saved as drafts: add ?draft=true.')
  }
  const live = await storedItem(args, req, collection.slug, id, 'live')
  if ((live as { _status?: string } | null)?._status === 'published') {
    throw refusal(
      'workflow_only',
      `This item is live: save your changes as a draft (?draft=true) and take them through review (${workflowUrl}).`,
    )
  }
  return refuseStateEdit(args, data, collection.slug, req, workflowUrl)
}

async function refuseStateEdit(
  args: Parameters<CollectionBeforeOperationHook>[0]['args'],
  data: Record<string, unknown>,
  slug: string,
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  workflowUrl: string,
) {
  const id = (args as { id?: number | string }).id
  if (data.workflowState === undefined || id === undefined) return args
  const current = await storedItem(args, req, slug, id, 'draft')
  if (current && (current as { workflowState?: string }).workflowState !== data.workflowState) {
    throw refusal('workflow_only', `The workflow state changes only through ${workflowUrl}.`)
  }
  return args
}

/**
 * Keeps the workflow facts true on every save: new items (duplicates included) start as drafts, edits record who
 * made them, and editing approved or live content sends it back through review (the live version stays up).
 */
export const trackWorkflowOnSave: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (req.context?.[WORKFLOW_CONTEXT]) return data
  if (operation === 'create') {
    const trustedPublish = !req.user && data._status === 'published'
    return {
      ...data,
      _status: trustedPublish ? 'published' : 'draft',
      workflowState: trustedPublish ? 'published' : 'draft',
      workflowSeq: 0,
      submittedBy: null,
      scheduledAt: null,
      unpublishAt: null,
      workflowNote: null,
      lastEditedBy: req.user?.id ?? null,
      editSession: null,
    }
  }
  // The workflow facts come from the stored document, never from the incoming data (a restored version
  // carries the facts of its own time).
  const kept = Object.fromEntries(WORKFLOW_FACTS.map((key) => [key, originalDoc?.[key] ?? null]))
  const changedContent = Object.keys(data).some(
    (key) => !CONTENT_IGNORED.has(key) && JSON.stringify(data[key]) !== JSON.stringify(originalDoc?.[key]),
  )
  // Which open form made this revision (none: an API client, a restore, a script): see isStale. A save that
  // changed nothing still makes a revision, the form's own when it named itself.
  const editSession = editSessionOfWrite(req, collection.slug, originalDoc?.id)
  if (!changedContent) return { ...data, ...kept, editSession: editSession ?? originalDoc?.editSession ?? null }
  const current = (originalDoc?.workflowState ?? 'draft') as State
  const next = stateAfterEdit(current)
  return {
    ...data,
    ...kept,
    lastEditedBy: req.user?.id ?? originalDoc?.lastEditedBy ?? null,
    editSession,
    workflowState: next,
    ...(next !== current && current === 'scheduled' ? { scheduledAt: null } : {}),
  }
}
