import type { Field } from 'payload'

import { setByServerOnly } from '../access'

import { internal } from './internal'

/**
 * Where an imported item came from (e.g. `scrape:<hash>#photo-2`). Re-importing the same source finds and updates
 * the same items instead of duplicating them. Written only by the importer.
 */
export const importSourceField: Field = internal({
  name: 'importSource',
  type: 'text',
  index: true,
  access: setByServerOnly,
  // A copy was not imported: re-importing the source updates the original, not the copy.
  hooks: { beforeDuplicate: [() => null] },
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importSource) },
})

/** The version of the source item last imported (ninjs `version`): the same version again is not fetched again. */
export const importVersionField: Field = internal({
  name: 'importVersion',
  type: 'text',
  access: setByServerOnly,
  hooks: { beforeDuplicate: [() => null] },
  admin: { hidden: true },
})
