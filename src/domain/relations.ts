export type Id = number | string

/** The id of a relationship value, whether it is populated (an object) or not (the id itself). */
export const idOf = (v: unknown): Id | null =>
  v && typeof v === 'object' && 'id' in v
    ? (v as { id: Id }).id
    : typeof v === 'number' || typeof v === 'string'
      ? v
      : null

/** Whether two relationship values name the same document (never true for two missing ones). */
export const sameId = (a: unknown, b: unknown): boolean => {
  const [x, y] = [idOf(a), idOf(b)]
  return x !== null && y !== null && String(x) === String(y)
}
