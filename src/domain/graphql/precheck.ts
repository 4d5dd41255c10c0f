import { type DocumentNode, GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql'

/**
 * What one GraphQL request may ask of the server, checked on the document alone (no schema) before it reaches
 * Payload: fragment cycles, nesting and the number of fields (fragments expanded, aliases counted) are bounded, so a
 * small document cannot make the server loop, recurse or fetch without end.
 */
export const GRAPHQL_LIMITS = {
  /** Tokens in the document (graphql-js stops parsing past this). */
  maxTokens: 4000,
  /** Selection sets inside each other, fragments expanded. */
  maxDepth: 8,
  /** Fields the response could hold, fragments expanded and every alias counted. */
  maxFields: 800,
  /** Top-level fields (each is its own query, with its own `limit`). */
  maxRootFields: 12,
} as const

/** null when the document may run; else the reason, worded for the caller. */
export function precheckGraphqlDocument(source: string, limits = GRAPHQL_LIMITS): string | null {
  let document: DocumentNode
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true })
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : String(error)
    return /more (than|that) \d+ tokens|maxTokens/i.test(message)
      ? `The GraphQL document is too long (more than ${limits.maxTokens} tokens).`
      : `The GraphQL document cannot be parsed: ${message}`
  }

  const fragments = new Map<string, SelectionSetNode>()
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      if (fragments.has(def.name.value)) return `The fragment "${def.name.value}" is defined twice.`
      fragments.set(def.name.value, def.selectionSet)
    }
  }

  // Each fragment's cost is measured once (memoised), so a "fragment bomb" (each fragment spreading the next
  // twice) is measured in linear time while its expanded size is counted in full.
  type Cost = { fields: number; depth: number }
  const measured = new Map<string, Cost>()
  const visiting = new Set<string>()
  let problem: string | null = null

  const measureSet = (set: SelectionSetNode): Cost => {
    let fields = 0
    let depth = 0
    for (const selection of set.selections) {
      if (problem) break
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? measureSet(selection.selectionSet) : { fields: 0, depth: 0 }
        fields += 1 + inner.fields
        depth = Math.max(depth, 1 + inner.depth)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measureSet(selection.selectionSet)
        fields += inner.fields
        depth = Math.max(depth, inner.depth)
      } else {
        const inner = measureFragment(selection.name.value)
        fields += inner.fields
        depth = Math.max(depth, inner.depth)
      }
      if (fields > limits.maxFields)
        problem ??= `The GraphQL document asks for more than ${limits.maxFields} fields (fragments expanded); ask for less at once.`
    }
    return { fields, depth }
  }

  const measureFragment = (name: string): Cost => {
    const known = measured.get(name)
    if (known) return known
    const set = fragments.get(name)
    if (!set) {
      problem ??= `The fragment "${name}" is not defined.`
      return { fields: 0, depth: 0 }
    }
    if (visiting.has(name)) {
      problem ??= `The fragment "${name}" spreads itself (a fragment cycle).`
      return { fields: 0, depth: 0 }
    }
    visiting.add(name)
    const cost = measureSet(set)
    visiting.delete(name)
    measured.set(name, cost)
    return cost
  }

  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) measureFragment(def.name.value)
    if (problem) return problem
  }
  // Fragments are known to be acyclic here.
  const rootFields = (set: SelectionSetNode): number =>
    set.selections.reduce(
      (n, s) =>
        n +
        (s.kind === Kind.FIELD
          ? 1
          : s.kind === Kind.INLINE_FRAGMENT
            ? rootFields(s.selectionSet)
            : rootFields(fragments.get(s.name.value)!)),
      0,
    )
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue
    const cost = measureSet(def.selectionSet)
    if (problem) return problem
    const roots = rootFields(def.selectionSet)
    if (roots > limits.maxRootFields)
      return `The GraphQL operation has ${roots} top-level fields; at most ${limits.maxRootFields} are allowed in one request.`
    if (cost.depth > limits.maxDepth)
      return `The GraphQL document nests ${cost.depth} levels deep; at most ${limits.maxDepth} are allowed.`
  }
  return null
}
