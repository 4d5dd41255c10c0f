import type { Field, PayloadRequest } from 'payload'

import { setByServerOnly } from '../access'
import { DEFAULT_EDITIONS, type Edition } from '../domain/editions'
import { internal } from './internal'

/** The publication's editions and default language, as the site settings have them. */
export async function siteEditions(req: PayloadRequest): Promise<{ editions: Edition[]; defaultLanguage: string }> {
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, req })
  const editions = site.editions?.length ? site.editions : DEFAULT_EDITIONS
  return { editions: editions.map((e) => ({ code: e.code, name: e.name })), defaultLanguage: site.language ?? 'en' }
}

/** The edition a story runs in: one of the site's languages, the default language unless chosen. */
export const languageField: Field = {
  name: 'language',
  type: 'text',
  index: true,
  defaultValue: async ({ req }: { req: PayloadRequest }) => (await siteEditions(req)).defaultLanguage,
  validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
    if (value === null || value === undefined || value === '') return true
    const { editions } = await siteEditions(req)
    return editions.some((e) => e.code === value)
      ? true
      : `"${String(value).slice(0, 20)}" is not one of this publication's languages (${editions.map((e) => e.code).join(', ')}).`
  },
  admin: { position: 'sidebar', description: 'The edition this story runs in (a language of the site settings).' },
}

/**
 * Where a translation comes from: its group (named by the source's id), the source story, and the source's
 * revision it was made from. Set by the translate action only; a copy of a story starts a group of its own.
 */
export const translationFields: Field[] = [
  {
    name: 'translationPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/components/admin/TranslationPanel#TranslationPanel' } },
  },
  internal({
    name: 'translationGroup',
    type: 'text',
    index: true,
    access: setByServerOnly,
    hooks: { beforeDuplicate: [() => null] },
    admin: { hidden: true },
  }),
  // The id as text, not a relationship: deleting a source must not be blocked by, or cascade into, its translations.
  internal({
    name: 'translatedFrom',
    type: 'text',
    access: setByServerOnly,
    hooks: { beforeDuplicate: [() => null] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.translatedFrom),
      description: 'The id of the story this one translates.',
    },
  }),
  internal({
    name: 'translatedFromRevision',
    type: 'text',
    access: setByServerOnly,
    hooks: { beforeDuplicate: [() => null] },
    admin: { hidden: true },
  }),
]
