/**
 * Workflow bookkeeping is shown by the workflow panel, not as read-only inputs: each one in the form re-rendered
 * on every keystroke. The fields stay in lists, filters and the API.
 */
export function NotInForm() {
  return null
}
