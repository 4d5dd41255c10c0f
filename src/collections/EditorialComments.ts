import type { CollectionConfig } from 'payload'

import { nobody, setByServerOnly, staffOnly } from '../access'
import { itemReferenceFields } from '../fields/itemReference'

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
    ...itemReferenceFields,
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      access: setByServerOnly,
      admin: { readOnly: true },
      hooks: {
        beforeChange: [
          ({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : value),
        ],
      },
    },
  ],
}
