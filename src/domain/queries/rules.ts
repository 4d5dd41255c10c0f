/**
 * What an API caller may ask of a list or document read (REST and GraphQL alike): how many items, how deep, and
 * which paths it may filter and sort on, with values of the right kind. A malformed query is the caller's mistake
 * and gets a message saying what to fix; it must never reach the database as a query that fails there.
 *
 * Plain data in, a refusal (or null) out: the Payload hook that applies it describes each collection's fields as
 * `FieldShape`s.
 */
/**
 * Set in a Local API call's `context` by server code that knowingly reads a whole list on behalf of a signed-in
 * person (the photo desk's count of captioned photos); without it such reads are bounded like the API's.
 */
export const WHOLE_LIST = 'masthead.wholeList'

export const QUERY_LIMITS = {
  /** Items per page on any list (REST `limit`, GraphQL `limit`). */
  maxLimit: 100,
  /** Pages past this are refused (the offset alone would make the database walk the archive). */
  maxPage: 10_000,
  /** Relationship population depth; deeper requests are served at this depth. */
  maxDepth: 2,
  /** Conditions in one `where`, and `and`/`or` nesting. */
  maxConditions: 40,
  maxNesting: 6,
  /** Values in one `in`/`not_in`/`all`. */
  maxListValues: 100,
} as const

export type FieldKind =
  | 'text'
  | 'number'
  | 'date'
  | 'checkbox'
  | 'select'
  | 'relationship'
  | 'richText'
  | 'json'
  | 'point'
  | 'group'
  | 'array'
  | 'blocks'
  | 'join'
  | 'other'

export type FieldShape = {
  name: string
  kind: FieldKind
  /** Staff-only fields: readers can neither read nor query them. */
  internal?: boolean
  /** Where a relationship points (one collection), for paths that go through it. */
  relationTo?: string
  /** Holds a list of values (hasMany): the only kind "all" applies to. */
  hasMany?: boolean
  /** Subfields of a group or array. */
  fields?: FieldShape[]
}

export type Caller = { staff: boolean }
export type IdKind = 'number' | 'objectId'

/** Never a query path, for anyone: what they reveal is what an attacker wants to bisect. */
const SECRET_SEGMENTS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  'lockUntil',
  'loginAttempts',
  '_verificationToken',
  '_verified',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
])

/** The where-operators Payload knows; anything else in a query is refused before it reaches the database. */
export const WHERE_OPERATORS: ReadonlySet<string> = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])

export const TIMESTAMP_FIELDS: FieldShape[] = [
  { name: 'id', kind: 'relationship' },
  { name: 'createdAt', kind: 'date' },
  { name: 'updatedAt', kind: 'date' },
  { name: '_status', kind: 'select' },
]

export type Schema = { collections: Record<string, FieldShape[]>; idKind: IdKind }

export function isValidId(value: unknown, idKind: IdKind): boolean {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''
  return idKind === 'number' ? /^[1-9]\d{0,15}$/.test(text) : /^[0-9a-f]{24}$/i.test(text)
}

const describeId = (idKind: IdKind) =>
  idKind === 'number' ? 'a positive whole number' : 'a 24-character hexadecimal id'

export function checkId(value: unknown, idKind: IdKind): string | null {
  return isValidId(value, idKind)
    ? null
    : `"${String(value).slice(0, 40)}" is not a valid id: ids here are ${describeId(idKind)}.`
}

type Resolved = { field: FieldShape } | { refusal: string }

/** Resolves a dotted path (GraphQL writes `a__b`) to the field it ends on, checking each step for the caller. */
export function resolvePath(collection: string, rawPath: string, schema: Schema, caller: Caller): Resolved {
  const path = rawPath.replace(/__/g, '.')
  const segments = path.split('.')
  if (!path || segments.some((s) => !s)) return { refusal: `"${rawPath}" is not a field path.` }
  for (const s of segments)
    if (SECRET_SEGMENTS.has(s)) return { refusal: `"${rawPath}" cannot be queried or sorted on.` }
  let fields = [...TIMESTAMP_FIELDS, ...(schema.collections[collection] ?? [])]
  let current: FieldShape | undefined
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    current = fields.find((f) => f.name === segment)
    if (!current) return { refusal: `"${rawPath}" is not a field you can query here ("${segment}" is unknown).` }
    if (current.internal && !caller.staff) return { refusal: `"${rawPath}" cannot be queried or sorted on.` }
    const last = i === segments.length - 1
    if (last || current.kind === 'richText' || current.kind === 'json' || current.kind === 'blocks') break
    if (current.kind === 'group' || current.kind === 'array') {
      fields = current.fields ?? []
    } else if (current.kind === 'relationship' && current.relationTo) {
      // Through a relationship only to the related item's id for readers: other collections have their own rules.
      const rest = segments.slice(i + 1)
      if (rest.length === 1 && rest[0] === 'id') return { field: { name: 'id', kind: 'relationship' } }
      if (!caller.staff)
        return {
          refusal: `"${rawPath}" cannot be queried: filter on "${segments.slice(0, i + 1).join('.')}" by id instead.`,
        }
      fields = [...TIMESTAMP_FIELDS, ...(schema.collections[current.relationTo] ?? [])]
    } else {
      return { refusal: `"${rawPath}" is not a field path ("${segment}" has no subfields).` }
    }
  }
  if (!current) return { refusal: `"${rawPath}" is not a field path.` }
  if (current.kind === 'group' || current.kind === 'array')
    return {
      refusal: `"${rawPath}" holds several fields; name one of them (e.g. "${rawPath}.${current.fields?.[0]?.name ?? 'field'}").`,
    }
  if (current.kind === 'richText' || current.kind === 'json' || current.kind === 'blocks' || current.kind === 'join') {
    return {
      refusal: `"${rawPath}" is ${current.kind === 'richText' ? 'rich text' : 'structured data'} and cannot be queried or sorted on.`,
    }
  }
  return { field: current }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
const isDate = (v: unknown) =>
  (typeof v === 'string' || typeof v === 'number') &&
  String(v).trim() !== '' &&
  !Number.isNaN(new Date(v as string).getTime())
const isNumeric = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
const isBooleanish = (v: unknown) =>
  typeof v === 'boolean' || v === 'true' || v === 'false' || v === 0 || v === 1 || v === '0' || v === '1'
const isScalarText = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

function checkValue(path: string, field: FieldShape, operator: string, value: unknown, idKind: IdKind): string | null {
  const bad = (what: string) => `where[${path}][${operator}] must be ${what}.`
  if (operator === 'exists') return isBooleanish(value) ? null : bad('true or false')
  if (operator === 'near' || operator === 'within' || operator === 'intersects') {
    return field.kind === 'point' ? null : `The "${operator}" operator works only on map points; "${path}" is not one.`
  }
  if (operator === 'all' && !field.hasMany)
    return `The "all" operator works on fields holding several values; "${path}" holds one (use "in").`
  const many = operator === 'in' || operator === 'not_in' || operator === 'all'
  const values = many ? asList(value) : [value]
  if (many && values.length > QUERY_LIMITS.maxListValues)
    return bad(`a list of at most ${QUERY_LIMITS.maxListValues} values`)
  const textual = operator === 'like' || operator === 'not_like' || operator === 'contains'
  for (const v of values) {
    if (v === null && (operator === 'equals' || operator === 'not_equals')) continue
    // The admin sends an empty list as `in=` (one empty string): it matches nothing, harmlessly.
    if (v === '' && many) continue
    if (v !== null && typeof v === 'object') return bad('a plain value, not an object')
    if (textual) {
      if (field.kind === 'date' || field.kind === 'checkbox')
        return `The "${operator}" operator works on text; "${path}" is a ${field.kind}.`
      if (!isScalarText(v)) return bad('text')
      continue
    }
    switch (field.kind) {
      case 'date':
        if (!isDate(v)) return bad('a date (e.g. 2026-11-29T08:00:00Z)')
        break
      case 'number':
        if (!isNumeric(v)) return bad('a number')
        break
      case 'checkbox':
        if (!isBooleanish(v)) return bad('true or false')
        break
      case 'relationship':
        if (!isValidId(v, idKind)) return bad(`an id (${describeId(idKind)})`)
        break
      default:
        if (!isScalarText(v)) return bad('text')
    }
  }
  return null
}

/** Checks a `where` for the caller: known operators, readable paths, values of the field's kind, bounded size. */
export function checkWhere(collection: string, where: unknown, schema: Schema, caller: Caller): string | null {
  let conditions = 0
  const walk = (node: unknown, depth: number): string | null => {
    if (node === undefined || node === null) return null
    if (typeof node !== 'object' || Array.isArray(node))
      return 'A "where" must be an object of field paths and operators.'
    if (depth > QUERY_LIMITS.maxNesting) return `A "where" may nest "and"/"or" at most ${QUERY_LIMITS.maxNesting} deep.`
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'and' || key === 'or') {
        const list = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : null
        if (!list) return `"${key}" must be a list of conditions.`
        for (const inner of list) {
          const problem = walk(inner, depth + 1)
          if (problem) return problem
        }
        continue
      }
      const resolved = resolvePath(collection, key, schema, caller)
      if ('refusal' in resolved) return resolved.refusal
      if (!value || typeof value !== 'object' || Array.isArray(value))
        return `where[${key}] must name an operator, e.g. where[${key}][equals]=…`
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
        if (!WHERE_OPERATORS.has(operator))
          return `"${operator}" is not a query operator (use equals, not_equals, in, not_in, exists, greater_than, less_than, like, contains…).`
        if (++conditions > QUERY_LIMITS.maxConditions)
          return `A "where" may hold at most ${QUERY_LIMITS.maxConditions} conditions.`
        const problem = checkValue(key, resolved.field, operator, operand, schema.idKind)
        if (problem) return problem
      }
    }
    return null
  }
  return walk(where, 0)
}

export function checkSort(collection: string, sort: unknown, schema: Schema, caller: Caller): string | null {
  if (sort === undefined || sort === null || sort === '') return null
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : null
  if (!list || list.some((s) => typeof s !== 'string'))
    return '"sort" must be a field path, or several separated by commas.'
  if (list.length > 5) return 'Sort by at most 5 fields.'
  for (const entry of list as string[]) {
    const resolved = resolvePath(collection, entry.trim().replace(/^-/, ''), schema, caller)
    if ('refusal' in resolved) return resolved.refusal
  }
  return null
}

export type ListArgs = { limit?: unknown; page?: unknown; depth?: unknown; pagination?: unknown }

/** Bounds for a list or document read. Returns the depth to use, or a refusal. */
export function checkListArgs(
  args: ListArgs,
  caller: Caller,
): { refusal: string } | { depth: number | undefined; limit: number | undefined } {
  const { limit, page, depth, pagination } = args
  const wholeNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v)
  let bounded = limit as number | undefined
  if (limit !== undefined && limit !== null) {
    const inRange = wholeNumber(limit) && (limit as number) >= 1 && (limit as number) <= QUERY_LIMITS.maxLimit
    // Staff tools (the admin's own lists) are served at most a full page; API readers are told the rule.
    if (!inRange && !(caller.staff && wholeNumber(limit) && (limit as number) >= 0)) {
      return {
        refusal: `"limit" must be a whole number from 1 to ${QUERY_LIMITS.maxLimit}; ask for further pages with "page".`,
      }
    }
    if (!inRange) bounded = QUERY_LIMITS.maxLimit
  }
  if (
    page !== undefined &&
    page !== null &&
    (!wholeNumber(page) || (page as number) < 1 || (page as number) > QUERY_LIMITS.maxPage)
  ) {
    return { refusal: `"page" must be a whole number from 1 to ${QUERY_LIMITS.maxPage}.` }
  }
  if (depth !== undefined && depth !== null && (!wholeNumber(depth) || (depth as number) < 0))
    return { refusal: '"depth" must be a whole number (0, 1 or 2).' }
  if (pagination === false && !caller.staff)
    return { refusal: 'Lists are paginated: "pagination=false" is not available; use "limit" and "page".' }
  return {
    depth: depth === undefined || depth === null ? undefined : Math.min(depth as number, QUERY_LIMITS.maxDepth),
    // Without pagination Payload would read every row: staff lists are bounded all the same.
    limit: pagination === false && (bounded === undefined || bounded === null) ? QUERY_LIMITS.maxLimit : bounded,
  }
}

/** Query-string parameters Payload parses itself, checked before it does (its JSON.parse of `where` would throw). */
export function checkRestParams(params: URLSearchParams): string | null {
  for (const name of ['where', 'data', 'select', 'populate', 'joins']) {
    const value = params.get(name)
    if (value === null || value === '') continue
    if (name === 'where' || name === 'data') {
      try {
        const parsed = JSON.parse(value)
        if (parsed === null || typeof parsed !== 'object') return `"${name}" must be a JSON object.`
      } catch {
        return `"${name}" is not valid JSON; send it as ${name}[field][operator]=value or as a JSON object.`
      }
    }
  }
  for (const name of ['limit', 'page', 'depth']) {
    const values = params.getAll(name)
    if (!values.length) continue
    if (values.length > 1 || !/^\d{1,9}$/.test(values[0])) return `"${name}" must be a single whole number.`
  }
  for (const [key] of params) {
    if (/^(limit|page|depth|pagination|draft|autosave|locale|trash)\[/.test(key))
      return `"${key.split('[')[0]}" must be a single value.`
  }
  return null
}
