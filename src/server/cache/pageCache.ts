/**
 * The micro-cache in front of rendering: whole public responses (status, headers, bytes) kept in memory, found by
 * key, dropped or marked stale by tag. No Next or Payload import: the custom server and the unit tests use it as is.
 *
 * Freshness rules, in one place:
 * - `purge(tags, 'soft')` (a story published or corrected) marks entries stale: they are still served while one
 *   background render replaces them, so no reader waits on a render during a publish.
 * - `purge(tags, 'hard')` (a story unpublished, deleted or renamed) drops them: what was taken down is never served again.
 * - A render that started before a purge of any of its tags is not stored: it may have read the old data.
 * - Entries older than `maxAgeMs` count as stale (a safety net for changes no purge announced).
 */
export type CachedPage = {
  status: number
  headers: Record<string, string>
  body: Buffer
  /** gzip of body, made once when stored, for clients that accept it. */
  gzip: Buffer | null
  /** brotli of body, made once just after the page is stored (it takes longer than gzip; no reader waits on it). */
  brotli?: Buffer | null
  etag: string
  tags: string[]
}

type Entry = CachedPage & { storedAt: number; stale: boolean; bytes: number }

export type Lookup = { page: CachedPage; stale: boolean; ageSeconds: number } | null

export type PurgeMode = 'soft' | 'hard'

export type PageCacheOptions = {
  maxBytes: number
  maxAgeMs: number
  now?: () => number
}

export class PageCache {
  private readonly entries = new Map<string, Entry>()
  private readonly byTag = new Map<string, Set<string>>()
  /** A counter bumped by every purge, and the value it had when each tag was last purged. */
  private clock = 0
  private readonly purgedAt = new Map<string, number>()
  private bytes = 0
  private readonly now: () => number

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now
  }

  get size() {
    return this.entries.size
  }

  get totalBytes() {
    return this.bytes
  }

  /** Taken when a render starts; `store` compares it with later purges of the render's tags. */
  version(): number {
    return this.clock
  }

  get(key: string): Lookup {
    const entry = this.entries.get(key)
    if (!entry) return null
    // Least recently used goes first: re-inserting keeps the Map's order by last use.
    this.entries.delete(key)
    this.entries.set(key, entry)
    const age = this.now() - entry.storedAt
    return { page: entry, stale: entry.stale || age > this.options.maxAgeMs, ageSeconds: Math.floor(age / 1000) }
  }

  /** Stores a rendered page unless one of its tags was purged after the render began. Returns whether it did. */
  store(key: string, page: CachedPage, renderStartedAt: number): boolean {
    for (const tag of page.tags) if ((this.purgedAt.get(tag) ?? -1) >= renderStartedAt) return false
    const bytes = page.body.length + (page.gzip?.length ?? 0) + (page.brotli?.length ?? 0) + key.length * 2 + 512
    if (bytes > this.options.maxBytes / 4) return false
    this.remove(key)
    this.entries.set(key, { ...page, storedAt: this.now(), stale: false, bytes })
    for (const tag of page.tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    this.bytes += bytes
    while (this.bytes > this.options.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.remove(oldest)
    }
    return true
  }

  /** Returns the keys affected, least recently read first. */
  purge(tags: Iterable<string>, mode: PurgeMode): string[] {
    this.clock += 1
    const affected = new Set<string>()
    for (const tag of tags) {
      this.purgedAt.set(tag, this.clock)
      for (const key of this.byTag.get(tag) ?? []) affected.add(key)
    }
    const ordered = [...this.entries.keys()].filter((k) => affected.has(k))
    for (const key of ordered) {
      if (mode === 'hard') this.remove(key)
      else this.entries.get(key)!.stale = true
    }
    this.clock += 1
    return ordered
  }

  /** Adds the brotli copy of a stored page, if that page is still the one stored under `key`. */
  addBrotli(key: string, page: CachedPage, brotli: Buffer): boolean {
    const entry = this.entries.get(key)
    if (!entry || entry.body !== page.body) return false
    entry.brotli = brotli
    entry.bytes += brotli.length
    this.bytes += brotli.length
    return true
  }

  /** Forgets one page (it now answers with a redirect or a 404, which are never kept). */
  delete(key: string): void {
    this.remove(key)
  }

  private remove(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys && keys.size === 0) this.byTag.delete(tag)
    }
  }
}
