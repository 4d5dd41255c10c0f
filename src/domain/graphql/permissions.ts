/**
 * Payload's GraphQL `Access` query declares every permission as `{ permission: Boolean! }` and `canAccessAdmin` as
 * `Boolean!`, while the access operation it resolves from answers in the REST shape: an allowed operation is `true`,
 * a refused one is left out, and a reader has no `canAccessAdmin`. GraphQL then fails the whole query with "Cannot
 * return null for non-nullable field" (a 500, to readers too). This reshapes the REST answer into the declared one.
 */
type Permissions = Record<string, unknown>

const isObject = (v: unknown): v is Permissions => typeof v === 'object' && v !== null && !Array.isArray(v)

/** An operation's permission: `true`, `false`, or an object that may carry `where` (allowed for some documents). */
function operation(value: unknown): unknown {
  if (typeof value === 'boolean') return { permission: value }
  if (isObject(value))
    return { ...value, permission: value.permission === undefined ? true : Boolean(value.permission) }
  return value
}

/** What a collection, a global or a field may be allowed; GraphQL leaves out what a query does not ask for. */
const OPERATIONS = ['create', 'read', 'update', 'delete', 'readVersions', 'unlock']

/**
 * A collection, a global or a field: its operations, and its own `fields` (a group's, an array's) in turn. Where
 * every operation is allowed (or refused) the answer says just `true` (or `false`) for the whole.
 */
function entity(value: unknown): unknown {
  if (typeof value === 'boolean') return Object.fromEntries(OPERATIONS.map((op) => [op, { permission: value }]))
  if (!isObject(value)) return value
  const shaped: Permissions = {}
  for (const [key, inner] of Object.entries(value)) {
    shaped[key] = key === 'fields' && isObject(inner) ? fieldsOf(inner) : operation(inner)
  }
  return shaped
}

function fieldsOf(fields: Permissions): Permissions {
  const shaped: Permissions = {}
  for (const [name, field] of Object.entries(fields)) shaped[name] = entity(field)
  return shaped
}

/** The access answer, each collection and global under its GraphQL name, as the `Access` type declares it. */
export function accessForGraphQL(result: Permissions): Permissions {
  const shaped: Permissions = { canAccessAdmin: result.canAccessAdmin === true }
  for (const [key, value] of Object.entries(result)) {
    if (key === 'canAccessAdmin' || key === 'collections' || key === 'globals') continue
    shaped[key] = entity(value)
  }
  return shaped
}
