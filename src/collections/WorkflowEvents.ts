import type { CollectionConfig } from 'payload'

import { hiddenFromNonAdmins, nobody, staffOnly } from '../access'
import { itemReferenceFields } from '../fields/itemReference'
import { ACTION_LABELS, ACTIONS, STATE_LABELS, STATES } from '../domain/workflow/table'

/** The audit trail: one event per transition, written by the workflow service only, never edited or deleted. */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  labels: { singular: 'Workflow event', plural: 'Audit trail' },
  admin: {
    group: 'Newsroom',
    hidden: hiddenFromNonAdmins,
    useAsTitle: 'summary',
    defaultColumns: ['at', 'itemCollection', 'itemTitle', 'action', 'from', 'to', 'actor'],
  },
  defaultSort: '-at',
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    ...itemReferenceFields,
    { name: 'itemTitle', type: 'text' },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
    },
    {
      name: 'from',
      type: 'select',
      required: true,
      options: STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    },
    {
      name: 'to',
      type: 'select',
      required: true,
      options: STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', admin: { description: 'Empty = the scheduler.' } },
    { name: 'note', type: 'textarea' },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'summary', type: 'text' },
    // collection:id:step — unique, so two transitions from the same step cannot both be recorded.
    { name: 'transitionKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
  timestamps: true,
}
