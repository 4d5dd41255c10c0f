import type { Field, FieldAccess } from 'payload'

import { staffOnlyField } from '../access'

/** Marks fields the query guard treats as staff-only (readers can neither read nor filter or sort on them). */
export const INTERNAL_FIELD = 'masthead.internal'

/**
 * A field for the newsroom only (or stricter): readers never receive it on any channel (REST, GraphQL, the Local API without
 * overridden access, ninjs), and cannot filter or sort on it.
 */
export function internal<T extends Field>(field: T): T {
  const access = 'access' in field ? field.access : undefined
  const own = access?.read
  // Staff only, and the field's own rule besides (nobody, for server-only text): a looser own rule cannot widen it.
  const read: FieldAccess = own ? (args) => (staffOnlyField(args) ? own(args) : false) : staffOnlyField
  return {
    ...field,
    access: { ...access, read },
    custom: { ...('custom' in field ? field.custom : {}), [INTERNAL_FIELD]: true },
  } as T
}

/** The server's bookkeeping is not part of what changed between two revisions: version diffs leave it out. */
export const NO_DIFF = '@/components/admin/NoDiff#NoDiff'
export function leftOutOfDiffs<T extends Field>(field: T): T {
  const admin = ('admin' in field ? field.admin : undefined) as { components?: object } | undefined
  return { ...field, admin: { ...admin, components: { ...admin?.components, Diff: NO_DIFF } } } as T
}
