import type { CollectionConfig } from 'payload'

import { anyone, roles } from '../access'
import { slugField } from '../fields/slug'
import { purgeAllOnDelete, purgeAllWhenChanged } from '../server/cache/revalidate'

export const Sections: CollectionConfig = {
  slug: 'sections',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: 'Taxonomy' },
  defaultSort: 'order',
  access: { read: anyone, create: roles('editor'), update: roles('editor'), delete: roles('admin') },
  hooks: {
    afterChange: [purgeAllWhenChanged(['name', 'slug', 'order', 'description'])],
    afterDelete: [purgeAllOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    ...slugField('sections', 'name'),
    { name: 'order', type: 'number', defaultValue: 100, admin: { description: 'Lower comes first in navigation.' } },
    { name: 'description', type: 'textarea', maxLength: 300 },
  ],
}
