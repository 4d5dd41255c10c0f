import type { CollectionConfig } from 'payload'

import { anyone, roles } from '../access'
import { slugField } from '../fields/slug'
import { purgeAllOnDelete, purgeAllWhenChanged } from '../server/cache/revalidate'

export const Tags: CollectionConfig = {
  slug: 'tags',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Taxonomy' },
  access: {
    read: anyone,
    create: roles('editor', 'writer', 'photo_desk'),
    update: roles('editor'),
    delete: roles('admin'),
  },
  hooks: { afterChange: [purgeAllWhenChanged(['name', 'slug'])], afterDelete: [purgeAllOnDelete] },
  fields: [{ name: 'name', type: 'text', required: true, maxLength: 80 }, ...slugField('tags', 'name')],
}
