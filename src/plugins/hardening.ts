import type { CollectionConfig, Field, FieldHook, GlobalConfig, Plugin } from 'payload'

import { staffOnly } from '../access'
import { cleanText } from '../domain/text'
import { guardQuery } from '../hooks/queryGuard'

const cleanSingleLine: FieldHook = ({ value }) => clean(value, false)
const cleanMultiline: FieldHook = ({ value }) => clean(value, true)

function clean(value: unknown, multiline: boolean): unknown {
  if (typeof value === 'string') return cleanText(value, { multiline })
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? cleanText(v, { multiline }) : v))
  return value
}

/** Every text field, wherever it sits (tabs, rows, groups, arrays), cleans what is typed or pasted into it. */
function withCleanText(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'email') {
      const hook = field.type === 'textarea' ? cleanMultiline : cleanSingleLine
      return {
        ...field,
        hooks: { ...field.hooks, beforeValidate: [hook, ...(field.hooks?.beforeValidate ?? [])] },
      } as Field
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withCleanText(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withCleanText(field.fields) } as Field
    return field
  })
}

function hardenCollection(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    // Old revisions (a story before its legal correction, a draft never published) are the newsroom's only.
    access: collection.versions ? { readVersions: staffOnly, ...collection.access } : collection.access,
    hooks: { ...collection.hooks, beforeOperation: [guardQuery, ...(collection.hooks?.beforeOperation ?? [])] },
    fields: withCleanText(collection.fields),
  }
}

function hardenGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    access: global.versions ? { readVersions: staffOnly, ...global.access } : global.access,
    fields: withCleanText(global.fields),
  }
}

/**
 * One wrapper applies the input and query rules to every collection and global, so that no collection (today's
 * or one added later) can be left out: queries checked and bounded, text cleaned, revisions staff-only.
 */
export const hardening: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(hardenCollection),
  globals: config.globals?.map(hardenGlobal),
  // The jobs collection is made by Payload after plugins run; it gets the same query rules for its REST and GraphQL
  // reads. (Payload warns that the job runner's own writes skip them: they are trusted code.)
  jobs: config.jobs && {
    ...config.jobs,
    jobsCollectionOverrides: (args) => {
      const overridden = config.jobs?.jobsCollectionOverrides?.(args) ?? args.defaultJobsCollection
      return {
        ...overridden,
        hooks: { ...overridden.hooks, beforeOperation: [guardQuery, ...(overridden.hooks?.beforeOperation ?? [])] },
      }
    },
  },
})
