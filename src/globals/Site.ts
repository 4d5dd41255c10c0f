import type { GlobalConfig } from 'payload'

import { anyone, hiddenFromNonAdmins, roles } from '../access'
import { DEFAULT_EDITIONS, LANGUAGE_TAG } from '../domain/editions'
import { SITE_DEFAULTS } from '../domain/site'
import { isValidTimeZone } from '../domain/time'
import { checkWebUrl } from '../domain/urls'
import { purgeAllOnSiteChange } from '../server/cache/revalidate'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site settings',
  admin: { group: 'Settings', hidden: hiddenFromNonAdmins },
  access: { read: anyone, update: roles('admin') },
  hooks: { afterChange: [purgeAllOnSiteChange] },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: SITE_DEFAULTS.name, maxLength: 120 },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 300,
      admin: {
        description:
          "One or two sentences on what the publication covers: the front page's description for search engines and link previews, and the site feed's.",
      },
    },
    {
      name: 'language',
      type: 'text',
      required: true,
      defaultValue: SITE_DEFAULTS.language,
      validate: (v: unknown) =>
        LANGUAGE_TAG.test(String(v ?? '')) ? true : 'Use a BCP 47 tag such as "en" or "zh-CN".',
    },
    {
      name: 'editions',
      label: 'Languages',
      type: 'array',
      defaultValue: DEFAULT_EDITIONS,
      admin: {
        description:
          'The editions the publication runs. Stories in the default language (above) have the plain addresses; the others are under their code (/zh/news/…).',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'code',
              type: 'text',
              required: true,
              validate: (v: unknown) =>
                LANGUAGE_TAG.test(String(v ?? '')) ? true : 'Use a BCP 47 tag such as "en", "zh" or "zh-Hant".',
            },
            { name: 'name', type: 'text', required: true, maxLength: 60 },
          ],
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: SITE_DEFAULTS.timeZone,
      validate: (v: unknown) =>
        isValidTimeZone(String(v ?? '')) ? true : 'Use an IANA time zone such as "Asia/Shanghai" or "Europe/London".',
    },
    {
      name: 'fourEyes',
      label: 'Four-eyes review',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Whoever submitted or last edited an item cannot approve it.' },
    },
    {
      name: 'baseUrl',
      type: 'text',
      required: true,
      defaultValue: SITE_DEFAULTS.baseUrl,
      validate: (v: unknown) => {
        const checked = checkWebUrl(String(v ?? ''))
        return checked.ok ? true : checked.reason
      },
    },
  ],
}
