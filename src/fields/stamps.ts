import type { Field } from 'payload'

import { setByServerOnly } from '../access'

import { internal, leftOutOfDiffs } from './internal'

/** Who created the document: ownership rules (writers edit their own) read it. Never writable through the API. */
export const createdByField: Field = internal({
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  admin: { position: 'sidebar', readOnly: true },
  access: { update: () => false },
  hooks: {
    beforeChange: [({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : value)],
  },
})

/** When the document first went live; set once by the server. */
export const firstPublishedAtField: Field = {
  name: 'firstPublishedAt',
  type: 'date',
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  access: setByServerOnly,
  hooks: {
    // A copy of a live story has not been published.
    beforeDuplicate: [() => null],
    beforeChange: [
      ({ value, originalDoc, operation, siblingData }) =>
        (operation === 'create' ? null : originalDoc?.firstPublishedAt) ??
        value ??
        (siblingData?._status === 'published' ? new Date().toISOString() : null),
    ],
  },
}

/**
 * Who made this revision (an edit, an autosave or a workflow step; empty = the scheduler or a script): kept in
 * every version, so the history says who did what. Set by the server on every write.
 */
export const savedByField: Field = leftOutOfDiffs(
  internal({
    name: 'savedBy',
    type: 'relationship',
    relationTo: 'users',
    access: setByServerOnly,
    admin: { hidden: true },
    hooks: { beforeChange: [({ req }) => req.user?.id ?? null] },
  }),
)

/**
 * Which open form made this revision: a random id per form (a tab, a window, a device), sent with its every save;
 * empty for an API client, a script or a restore. A save based on an older version than a revision another form
 * made is refused, even when both forms are one person's (see isStale). Set by the server from what the write named.
 */
export const editSessionField: Field = leftOutOfDiffs(
  internal({ name: 'editSession', type: 'text', access: setByServerOnly, admin: { disabled: true } }),
)
