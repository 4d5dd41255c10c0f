import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { reviewedItemAccess } from '../access'
import { checkWebUrl } from '../domain/urls'
import { importSourceField } from '../fields/importSource'
import { createdByField } from '../fields/stamps'
import { reviewed } from './reviewed'

/** Runs for drafts too: a dangerous URL must never be stored, published or not. */
const requireOneTarget: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const url = typeof merged.url === 'string' ? merged.url.trim() : ''
  const hasArticle = merged.article !== undefined && merged.article !== null && merged.article !== ''
  const errors: { path: string; message: string }[] = []
  if (url) {
    const checked = checkWebUrl(url)
    if (!checked.ok) errors.push({ path: 'url', message: checked.reason })
  }
  if (url && hasArticle)
    errors.push({ path: 'url', message: 'Give either an external URL or an internal article, not both.' })
  if (!url && !hasArticle && data?._status === 'published') {
    errors.push({ path: 'url', message: 'A published related link needs an external URL or an internal article.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'related-links', errors, req })
  return data ? { ...data, ...(typeof data.url === 'string' ? { url: data.url.trim() } : {}) } : data
}

export const RelatedLinks: CollectionConfig = reviewed('related-links', {
  labels: { singular: 'Related link', plural: 'Related links' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'url', 'article', '_status'], group: 'Newsroom' },
  access: reviewedItemAccess('editor'),
  hooks: { beforeValidate: [requireOneTarget] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 400 },
    { name: 'url', type: 'text', maxLength: 2000, admin: { description: 'An external http(s) link…' } },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      admin: { description: '…or one of our own articles.' },
    },
    { name: 'summary', type: 'textarea', maxLength: 3000 },
    { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true },
    createdByField,
    importSourceField,
  ],
})
