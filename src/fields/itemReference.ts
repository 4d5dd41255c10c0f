import type { Field } from 'payload'

import { WORKFLOW_COLLECTIONS } from '../domain/workflow/table'

/** Which reviewed item a record is about: its collection and its id (as text, so it fits every database's ids). */
export const itemReferenceFields: Field[] = [
  {
    name: 'itemCollection',
    type: 'select',
    required: true,
    index: true,
    options: WORKFLOW_COLLECTIONS.map((c) => c),
  },
  { name: 'itemId', type: 'text', required: true, index: true },
]
