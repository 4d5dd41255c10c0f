import type { CollectionConfig } from 'payload'

import { nobody, ownNotifications } from '../access'
import { WORKFLOW_COLLECTIONS } from '../domain/workflow/table'

/**
 * The in-admin inbox: one entry per person for every workflow message the newsroom also sends by email (written
 * in the same transaction as that email), read and marked read on the admin home.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: 'Message', plural: 'Messages' },
  admin: {
    group: 'Newsroom',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'createdAt', 'readAt'],
    description: 'What the workflow told you: submissions to review, approvals, requested changes, assignments.',
  },
  defaultSort: '-createdAt',
  access: { read: ownNotifications, create: nobody, update: ownNotifications, delete: ownNotifications },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: () => false },
    },
    { name: 'subject', type: 'text', required: true, access: { update: () => false } },
    { name: 'text', type: 'textarea', access: { update: () => false } },
    {
      name: 'itemCollection',
      type: 'select',
      options: WORKFLOW_COLLECTIONS.map((c) => c),
      access: { update: () => false },
    },
    { name: 'itemId', type: 'text', access: { update: () => false } },
    // One entry per message and person, however often the message is retried.
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
      access: { update: () => false },
    },
    { name: 'readAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
