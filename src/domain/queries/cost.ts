import { QUERY_LIMITS } from './rules.ts'

/**
 * How much of the API's capacity a request will take, in turns (1 … `turns`): what it holds in memory grows with
 * the documents it returns and how deeply each is populated. A page of 100 full articles at depth 2 is several
 * hundred MB of objects on its way to JSON; a lookup by id is a few. The gate admits requests by this weight, so
 * heavy reads take the API one at a time while light ones keep flowing.
 */
export function requestWeight(docs: number, depth: number, turns: number): number {
  const load =
    (Math.min(docs, QUERY_LIMITS.maxLimit) * (1 + Math.min(Math.max(depth, 0), QUERY_LIMITS.maxDepth))) /
    (QUERY_LIMITS.maxLimit * (1 + QUERY_LIMITS.maxDepth))
  return Math.max(1, Math.min(turns, Math.ceil(load * turns)))
}

const PAYLOAD_DEFAULT = { limit: 10, depth: 2 }

/** REST: a list's `limit` and `depth` from the query string (a document by id weighs one). */
export function restWeight(pathname: string, search: URLSearchParams, turns: number): number {
  const segments = pathname.split('/').filter(Boolean) // api, collection[, id]
  if (segments.length !== 2) return 1
  const limit = Number(search.get('limit') ?? PAYLOAD_DEFAULT.limit)
  const depth = Number(search.get('depth') ?? PAYLOAD_DEFAULT.depth)
  const docs =
    search.get('pagination') === 'false'
      ? QUERY_LIMITS.maxLimit
      : Number.isFinite(limit) && limit > 0
        ? limit
        : PAYLOAD_DEFAULT.limit
  return requestWeight(docs, Number.isFinite(depth) ? depth : PAYLOAD_DEFAULT.depth, turns)
}

/**
 * GraphQL: the largest list it asks for — a `limit:` written in the document or passed in a variable — at the
 * deepest population (selections nest relationships freely).
 */
export function graphqlWeight(query: string, variables: unknown, turns: number): number {
  let docs = 0
  for (const m of query.matchAll(/\blimit\s*:\s*(\d+)/g)) docs = Math.max(docs, Number(m[1]))
  if (/\blimit\s*:\s*\$/.test(query) && variables && typeof variables === 'object') {
    for (const value of Object.values(variables as Record<string, unknown>))
      if (typeof value === 'number') docs = Math.max(docs, value)
  }
  // A list without a limit gets Payload's default page.
  if (!docs && /\b[A-Z]\w*s\s*(\(|\{)/.test(query)) docs = PAYLOAD_DEFAULT.limit
  return requestWeight(docs || 1, QUERY_LIMITS.maxDepth, turns)
}
