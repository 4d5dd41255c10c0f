'use client'

/** Stands where Payload's Publish button would be: publication happens only through the workflow panel. */
export function WorkflowPublishButton() {
  return (
    <span style={{ fontSize: 12, opacity: 0.7, alignSelf: 'center' }} title="Use the Workflow panel in the sidebar to submit, approve or publish.">
      Publishing: see Workflow →
    </span>
  )
}
