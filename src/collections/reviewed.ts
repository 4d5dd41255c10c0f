import type { CollectionAfterChangeHook, CollectionConfig, Field } from 'payload'

import { idOf, sameId } from '../domain/relations'
import type { WorkflowCollection } from '../domain/workflow/table'
import { workflowEndpoints } from '../endpoints/workflow'
import { deferredSidebar } from '../fields/deferred'
import { editSessionField, savedByField } from '../fields/stamps'
import { workflowFields } from '../fields/workflow'
import { purgeOnDelete } from '../server/cache/revalidate'
import { keepLeaseAfterSave, LEASE_SECONDS, noteLeaseHolder } from '../hooks/editLease'
import { baseVersionField, refuseStaleWrites, sendVersionTag } from '../hooks/versionCheck'
import { refuseStatusChanges, trackWorkflowOnSave, WORKFLOW_CONTEXT } from '../hooks/workflowGuard'
import { notifyAssignment } from '../server/workflow/notify'

const notifyNewAssignee: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const now = idOf(doc.assignee)
  if (now !== null && !sameId(now, previousDoc?.assignee) && !req.context?.[WORKFLOW_CONTEXT]) {
    await notifyAssignment(req, collection.slug, doc, now as number)
  }
  return doc
}

/** Heads the form: the editor's unsaved text, shown and kept when someone else's change got there first. */
const unsavedTextField: Field = {
  name: 'unsavedText',
  type: 'ui',
  admin: { components: { Field: '@/components/admin/ConflictCopy#ConflictCopy' } },
}

/**
 * Puts a collection under the editorial workflow: drafts and versions, the workflow fields and panel, the guard
 * that refuses publication changes outside the workflow, and the workflow endpoints. One wrapper for all four.
 */
export function reviewed(slug: WorkflowCollection, config: Omit<CollectionConfig, 'slug'>): CollectionConfig {
  const versions = typeof config.versions === 'object' ? config.versions : {}
  return {
    ...config,
    slug,
    // Payload's bulk Edit/Publish/Unpublish would bypass review; bulk workflow actions stand in their place.
    disableBulkEdit: true,
    lockDocuments: { duration: LEASE_SECONDS },
    versions: { maxPerDoc: 100, ...versions, drafts: typeof versions.drafts === 'object' ? versions.drafts : true },
    admin: {
      ...config.admin,
      defaultColumns: [...(config.admin?.defaultColumns ?? []).filter((c) => c !== '_status'), 'workflowState'],
      components: {
        ...config.admin?.components,
        beforeListTable: [
          ...(config.admin?.components?.beforeListTable ?? []),
          { path: '@/components/admin/BulkWorkflow#BulkWorkflow', clientProps: { collectionSlug: slug } },
        ],
        edit: {
          ...config.admin?.components?.edit,
          // One status and one way to publish: the workflow's. Payload's own status, Publish and Unpublish go.
          PublishButton: '@/components/admin/WorkflowPublishButton#WorkflowPublishButton',
          UnpublishButton: '@/components/admin/WorkflowPublishButton#NoUnpublishButton',
          Status: '@/components/admin/WorkflowPublishButton#WorkflowStatus',
        },
        views: {
          ...config.admin?.components?.views,
          edit: {
            // Payload's list of versions has no "who"; the comparison and restore view stays Payload's.
            versions: { Component: '@/components/admin/Versions#Versions' },
          },
        },
      },
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [
        refuseStaleWrites,
        refuseStatusChanges,
        noteLeaseHolder,
        ...(config.hooks?.beforeOperation ?? []),
      ],
      afterOperation: [...(config.hooks?.afterOperation ?? []), sendVersionTag],
      beforeChange: [...(config.hooks?.beforeChange ?? []), trackWorkflowOnSave],
      afterChange: [...(config.hooks?.afterChange ?? []), notifyNewAssignee, keepLeaseAfterSave],
      afterDelete: [...(config.hooks?.afterDelete ?? []), purgeOnDelete],
    },
    endpoints: [...(Array.isArray(config.endpoints) ? config.endpoints : []), ...workflowEndpoints(slug)],
    // First, so the workflow panel heads the sidebar.
    fields: deferredSidebar([
      ...workflowFields,
      baseVersionField,
      editSessionField,
      unsavedTextField,
      ...config.fields,
      savedByField,
    ]),
  }
}
