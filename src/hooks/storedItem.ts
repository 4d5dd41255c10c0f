import type { PayloadRequest } from 'payload'

type Stored = Record<string, unknown> & { id: number | string }
const reads = new WeakMap<object, Map<string, Promise<Stored | null>>>()

/**
 * The item an operation is about to write, as stored — its working revision (`draft`) or its main document (`live`)
 * — read once per operation however many of its checks ask (`operation` is the args object the operation's hooks
 * share). Null only when it does not exist; a database error fails the check instead of passing it.
 */
export function storedItem(
  operation: object,
  req: PayloadRequest,
  slug: string,
  id: number | string,
  version: 'draft' | 'live',
): Promise<Stored | null> {
  let cache = reads.get(operation)
  if (!cache) reads.set(operation, (cache = new Map()))
  const key = `${slug}:${id}:${version}`
  let read = cache.get(key)
  if (!read) {
    read = req.payload.findByID({
      collection: slug as 'articles',
      id,
      depth: 0,
      draft: version === 'draft',
      overrideAccess: true,
      req,
      disableErrors: true,
    }) as Promise<Stored | null>
    cache.set(key, read)
  }
  return read
}
