import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { reviewedItemAccess } from '../access'
import { parseCredit } from '../domain/credits/parseCredit'
import { importSourceField } from '../fields/importSource'
import { createdByField } from '../fields/stamps'
import { creditLineField } from '../fields/creditLine'
import { reviewed } from './reviewed'

/** The parsed parts always follow the credit line; nobody types them twice. */
const deriveCreditParts: CollectionBeforeChangeHook = ({ data }) => {
  if (data.creditLine === undefined) return data
  const parsed = typeof data.creditLine === 'string' && data.creditLine.trim() ? parseCredit(data.creditLine) : null
  return { ...data, photographer: parsed?.photographer ?? null, agency: parsed?.agency ?? null }
}

/**
 * A caption belongs to a photo. Without an article it is the photo's default caption; with one it is what that
 * article prints under the photo, leaving the default and every other article untouched.
 */
export const Captions: CollectionConfig = reviewed('captions', {
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'photo', 'article', '_status'], group: 'Photo desk' },
  access: reviewedItemAccess('photo_desk', 'editor'),
  hooks: { beforeChange: [deriveCreditParts] },
  // An article page reads the live captions of its photos. With the status index alone SQLite reads every live
  // caption for it; status and photo together lead it straight to them.
  indexes: [{ fields: ['_status', 'photo'] }],
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 2000 },
    creditLineField('creditLine'),
    {
      type: 'row',
      fields: [
        { name: 'photographer', type: 'text', admin: { readOnly: true, description: 'Read from the credit line.' } },
        { name: 'agency', type: 'text', admin: { readOnly: true } },
      ],
    },
    { name: 'photo', type: 'relationship', relationTo: 'photos', required: true, index: true },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      admin: { description: 'Leave empty for the photo’s default caption.' },
    },
    createdByField,
    importSourceField,
  ],
})
