import type { Field } from 'payload'

import { setByServerOnly } from '../access'

import { STATE_LABELS, STATES } from '../domain/workflow/table'
import { internal, leftOutOfDiffs } from './internal'

/**
 * Workflow bookkeeping on every reviewed collection. Only the workflow service (and trusted server code)
 * writes these; through any API they are read-only, and readers never see them.
 */
const bookkeeping: Field[] = [
  {
    name: 'workflowState',
    label: 'Status',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    access: setByServerOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Cell: '@/components/admin/StatusCell#StatusCell' },
    },
  },
  {
    name: 'assignee',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    admin: { position: 'sidebar', description: 'Who should act on this next.' },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    access: setByServerOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    access: setByServerOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'scheduledAt',
    type: 'date',
    access: setByServerOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    access: setByServerOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'workflowNote',
    label: 'Last workflow note',
    type: 'textarea',
    access: setByServerOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  // Incremented by every transition; two transitions from the same step cannot both be recorded.
  leftOutOfDiffs({
    name: 'workflowSeq',
    type: 'number',
    defaultValue: 0,
    access: setByServerOnly,
    admin: { hidden: true },
  }),
]

/** Read-only bookkeeping the workflow panel shows: not rendered as form inputs. */
const PANEL_SHOWS = new Set([
  'workflowState',
  'submittedBy',
  'lastEditedBy',
  'scheduledAt',
  'unpublishAt',
  'workflowNote',
])
const notInForm = (field: Field): Field => {
  if (!('name' in field) || !PANEL_SHOWS.has(field.name)) return field
  const admin = (field.admin ?? {}) as { components?: object }
  return { ...field, admin: { ...admin, components: { ...admin.components, Field: NOT_IN_FORM } } } as Field
}
const NOT_IN_FORM = '@/components/admin/NotInForm#NotInForm'

// The panel comes first in the sidebar: it is where the work is, above the read-only bookkeeping.
export const workflowFields: Field[] = [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/components/admin/WorkflowPanel#WorkflowPanel' } },
  },
  ...bookkeeping.map(notInForm).map(internal),
]
