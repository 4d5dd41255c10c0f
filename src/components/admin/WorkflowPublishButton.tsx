'use client'
import { useFormFields } from '@payloadcms/ui'

import { StatusBadge } from './StatusBadge'

/**
 * One status, one place. These stand where Payload's own draft/publish controls would: its "Status: Draft /
 * Changed — Revert to published", its Publish and Unpublish buttons would contradict (and bypass) the workflow.
 */
export function WorkflowPublishButton() {
  return (
    <a
      href="#workflow-panel"
      style={{ fontSize: 12, alignSelf: 'center' }}
      title="Submit, approve, publish or schedule in the Workflow panel."
    >
      Publishing: in the Workflow panel →
    </a>
  )
}

export function WorkflowStatus() {
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined)
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', fontSize: 13 }} data-one-status>
      Status: <StatusBadge state={state} />
    </span>
  )
}

export function NoUnpublishButton() {
  return null
}
