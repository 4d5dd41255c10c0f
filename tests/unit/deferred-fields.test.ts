import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { deferredEditorMount, deferredSidebar, deferredUntilFormReady } from '../../src/fields/deferred'

const componentOf = (field: Field) =>
  ((field as { admin?: { components?: { Field?: unknown } } }).admin?.components?.Field as string | undefined) ?? null
const DEFERRED = '@/components/admin/DeferredField#DeferredField'

describe('fields mounted once the form is ready', () => {
  const fields: Field[] = [
    { name: 'headline', type: 'text' },
    { name: 'section', type: 'relationship', relationTo: 'sections', admin: { position: 'sidebar' } },
    { name: 'releasedAt', type: 'date', admin: { position: 'sidebar', description: 'When' } },
    { name: 'panel', type: 'ui', admin: { position: 'sidebar', components: { Field: '@/Panel#Panel' } } },
    { name: 'lang', type: 'select', options: ['en'], admin: { position: 'sidebar', components: { Field: '@/L#L' } } },
    { name: 'seq', type: 'number', admin: { position: 'sidebar', hidden: true } },
    { name: 'meta', type: 'json', admin: { position: 'sidebar' } },
  ]

  it('defers the sidebar’s inputs and leaves the main column, own components, hidden and other kinds alone', () => {
    const out = deferredSidebar(fields)
    expect(out.map(componentOf)).toEqual([null, DEFERRED, DEFERRED, '@/Panel#Panel', '@/L#L', null, null])
  })

  it('keeps everything else about a field (description, position, relation)', () => {
    const [, section, released] = deferredSidebar(fields)
    expect(section).toMatchObject({ relationTo: 'sections', admin: { position: 'sidebar' } })
    expect(released).toMatchObject({ admin: { position: 'sidebar', description: 'When' } })
    expect(fields[1]).not.toHaveProperty('admin.components')
  })

  it('defers one main-column field when asked (a picker such as the hero photo)', () => {
    expect(componentOf(deferredUntilFormReady({ name: 'photo', type: 'upload', relationTo: 'photos' }))).toBe(DEFERRED)
    expect(componentOf(deferredUntilFormReady({ name: 'body', type: 'richText' }))).toBeNull()
  })
})

describe('the article body’s editor mounted once nobody is typing', () => {
  const stockEntry = '@payloadcms/richtext-lexical/rsc#RscEntryLexicalField'
  const adapter = {
    FieldComponent: { path: stockEntry, serverProps: { admin: { placeholder: 'Write' } } },
    generateImportMap: ({ addToImportMap }: { addToImportMap: (path: string) => void }) => addToImportMap(stockEntry),
  }
  const provider = (async () => adapter) as unknown as Parameters<typeof deferredEditorMount>[0]

  it('renders the field through DeferredBody with the stock entry’s server props, and maps it for import', async () => {
    const wrapped = await deferredEditorMount(provider)({} as never)
    expect(wrapped.FieldComponent).toEqual({
      path: '@/components/admin/richtext/DeferredBody#DeferredBody',
      serverProps: { admin: { placeholder: 'Write' } },
    })
    const mapped: string[] = []
    wrapped.generateImportMap!({ addToImportMap: (path: string) => mapped.push(path) } as never)
    expect(mapped).toEqual([stockEntry, '@/components/admin/richtext/DeferredBody#DeferredBody'])
  })
})
