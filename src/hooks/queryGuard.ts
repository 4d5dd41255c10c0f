import type { CollectionBeforeOperationHook, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { isStaff } from '../domain/roles'
import {
  checkId,
  checkListArgs,
  checkSort,
  checkWhere,
  type FieldShape,
  type IdKind,
  type Schema,
  TIMESTAMP_FIELDS,
  WHOLE_LIST,
} from '../domain/queries/rules'
import { INTERNAL_FIELD } from '../fields/internal'
import { refusal } from '../server/errors'

/** Payload's fields, described as the query rules need them. */
function shapeOf(field: FlattenedField): FieldShape {
  const internal = Boolean((field as { custom?: Record<string, unknown> }).custom?.[INTERNAL_FIELD])
  const base = { name: field.name, internal, hasMany: 'hasMany' in field && field.hasMany === true }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'radio':
      return { ...base, kind: 'text' }
    case 'select':
      return { ...base, kind: 'select' }
    case 'number':
    case 'date':
    case 'checkbox':
    case 'point':
    case 'json':
    case 'richText':
    case 'join':
      return { ...base, kind: field.type }
    case 'relationship':
    case 'upload':
      return {
        ...base,
        kind: 'relationship',
        relationTo: typeof field.relationTo === 'string' ? field.relationTo : undefined,
      }
    case 'group':
    case 'tab':
      return { ...base, kind: 'group', fields: field.flattenedFields.map(shapeOf) }
    case 'array':
      return { ...base, kind: 'array', fields: field.flattenedFields.map(shapeOf) }
    case 'blocks':
      return { ...base, kind: 'blocks' }
    default:
      return { ...base, kind: 'other' }
  }
}

/** The version tables' own columns, beside `version.<field>`; only staff read versions. */
const VERSION_FIELDS: FieldShape[] = [
  { name: 'parent', kind: 'relationship' },
  { name: 'latest', kind: 'checkbox' },
  { name: 'autosave', kind: 'checkbox' },
  { name: 'snapshot', kind: 'checkbox' },
  { name: 'publishedLocale', kind: 'text' },
]

/** What a document id looks like in this database: a number on SQLite, an ObjectId on MongoDB. */
export const idKindOf = (payload: Payload): IdKind => (payload.db.defaultIDType === 'number' ? 'number' : 'objectId')

const schemas = new WeakMap<Payload, Schema>()

function schemaOf(payload: Payload): Schema {
  let schema = schemas.get(payload)
  if (!schema) {
    const collections: Record<string, FieldShape[]> = {}
    for (const [slug, { config }] of Object.entries(payload.collections) as [
      string,
      { config: SanitizedCollectionConfig },
    ][]) {
      const fields = config.flattenedFields.map(shapeOf)
      collections[slug] = config.versions
        ? [
            ...fields,
            ...VERSION_FIELDS,
            { name: 'version', kind: 'group', internal: true, fields: [...TIMESTAMP_FIELDS, ...fields] },
          ]
        : fields
    }
    schema = { collections, idKind: idKindOf(payload) }
    schemas.set(payload, schema)
  }
  return schema
}

const LIST_OPERATIONS = new Set(['read', 'readDistinct', 'findVersions'])

/**
 * Lists are bounded for whoever asks: over REST and GraphQL, and in the admin's own views, which read through the
 * Local API on behalf of the signed-in person with the page's `limit` and `page` (`?limit=100000`, or `0` for
 * "all", read every story with its body and took the server down).
 */
function boundList(
  args: Parameters<CollectionBeforeOperationHook>[0]['args'],
  operation: string,
  caller = { staff: true },
) {
  if (!LIST_OPERATIONS.has(operation)) return args
  const query = args as QueryArgs
  const bounded = checkListArgs(query, caller)
  if ('refusal' in bounded) throw refusal('invalid_request', bounded.refusal)
  query.depth = bounded.depth
  query.limit = bounded.limit
  return args
}

type QueryArgs = {
  id?: unknown
  where?: unknown
  sort?: unknown
  limit?: unknown
  page?: unknown
  depth?: unknown
  pagination?: unknown
  draft?: unknown
}

/**
 * Bounds and checks every read, update and delete that arrives over REST or GraphQL, before Payload builds a
 * database query from it: a malformed id, path or value is a 400 with a message (never a database error), lists
 * are capped, population depth is bounded, and readers can neither filter nor sort on what they may not read,
 * nor ask for drafts. Trusted server code (the Local API) is not limited, but for the list bounds of reads it makes
 * on behalf of a signed-in person (the admin's views).
 */
export const guardQuery: CollectionBeforeOperationHook = ({ args, collection, context, operation, req }) => {
  // Trusted code runs with the request of the call that led to it: Payload's own lookups (the signed-in user,
  // first registration) override access, and its relationship loader batches ids it read itself (disableErrors).
  const internal = args as { overrideAccess?: unknown; disableErrors?: unknown }
  if (internal.overrideAccess === true || internal.disableErrors === true) return args
  if (req.payloadAPI === 'local') return req.user && !context?.[WHOLE_LIST] ? boundList(args, operation) : args
  if (
    !['read', 'count', 'countVersions', 'readDistinct', 'findVersions', 'create', 'update', 'delete'].includes(
      operation,
    )
  )
    return args
  const query = args as QueryArgs & { data?: unknown }
  if (
    (operation === 'create' || operation === 'update') &&
    'data' in query &&
    (query.data === null || typeof query.data !== 'object' || Array.isArray(query.data))
  ) {
    throw refusal(
      'invalid_request',
      'The request has no document: send its fields as a JSON object (or multipart/form-data with a _payload field).',
    )
  }
  const caller = { staff: isStaff(req.user) }
  const schema = schemaOf(req.payload)

  if (query.id !== undefined && query.id !== null) {
    const problem = checkId(query.id, schema.idKind)
    if (problem) throw refusal('invalid_request', problem)
  }
  const problem =
    checkWhere(collection.slug, query.where, schema, caller) ?? checkSort(collection.slug, query.sort, schema, caller)
  if (problem) throw refusal('invalid_request', problem)
  boundList(args, operation, caller)
  // A reader's `draft=true` would read the latest revisions (and count stories with a pending one).
  if (!caller.staff) query.draft = false
  return args
}
