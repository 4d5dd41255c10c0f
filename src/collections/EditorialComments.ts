import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '../access'
import { WORKFLOW_COLLECTIONS } from '../domain/workflow/table'

/** The editorial conversation on a document: staff only, never published, kept as written. */
export const EditorialComments: CollectionConfig = {
  slug: 'editorial-comments',
  labels: { singular: 'Editorial comment', plural: 'Editorial comments' },
  admin: {
    group: 'Newsroom',
    useAsTitle: 'body',
    defaultColumns: ['createdAt', 'itemCollection', 'itemId', 'author', 'body'],
  },
  defaultSort: 'createdAt',
  access: { read: staffOnly, create: staffOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      options: WORKFLOW_COLLECTIONS.map((c) => c),
    },
    { name: 'itemId', type: 'text', required: true, index: true },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      hooks: {
        beforeChange: [
          ({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : value),
        ],
      },
    },
  ],
}
