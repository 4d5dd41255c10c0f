import type { Payload } from 'payload'

import { DEFAULT_EDITIONS, type Edition } from '../../domain/editions'
import { SITE_DEFAULTS } from '../../domain/site'
import { asReader } from './reader'

export type SiteSettings = typeof SITE_DEFAULTS & { editions: Edition[] }

export async function readSite(payload: Payload): Promise<SiteSettings> {
  const site = await payload.findGlobal({ slug: 'site', ...asReader, depth: 0 })
  return {
    name: site.name || SITE_DEFAULTS.name,
    description: site.description?.trim() || SITE_DEFAULTS.description,
    language: site.language || SITE_DEFAULTS.language,
    timeZone: site.timeZone || SITE_DEFAULTS.timeZone,
    // Without a trailing slash, so every caller can append a path.
    baseUrl: (site.baseUrl || SITE_DEFAULTS.baseUrl).replace(/\/+$/, ''),
    editions: site.editions?.length ? site.editions.map((e) => ({ code: e.code, name: e.name })) : DEFAULT_EDITIONS,
  }
}
