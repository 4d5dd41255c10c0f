import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import type { searchArticles } from '../queries/search.ts'
import type { PurgeMode } from './pageCache.ts'

/**
 * How code inside Next's bundles reaches the page cache owned by the custom server in the same process. The two
 * are separate module graphs, so they meet on a process-wide symbol rather than on a shared module instance.
 */
export type PageCacheBridge = {
  /** Adds tags to the page the current request is rendering (no-op outside a cached render). */
  record(tags: Iterable<string>): void
  purge(tags: string[], mode: PurgeMode): void
  /** A counter that moves with every purge: what was read before it moved may be out of date. */
  clock(): number
  /** Resolves when no page is being refreshed or waiting to be. */
  idle(): Promise<void>
}

const KEY = Symbol.for('masthead.pageCache')
type Holder = { [KEY]?: PageCacheBridge }

export function installPageCacheBridge(bridge: PageCacheBridge): void {
  ;(globalThis as Holder)[KEY] = bridge
}

export function pageCacheBridge(): PageCacheBridge | null {
  return (globalThis as Holder)[KEY] ?? null
}

export function recordPageTags(...tags: string[]): void {
  pageCacheBridge()?.record(tags)
}

/**
 * Waits (at most `atMostMs`) for the pages a change purged to be refreshed: work a change leaves behind that no reader
 * waits for (a notification mail) runs after, not beside, the renders that put the change in front of readers — on
 * one thread they would share it. Without the page cache in this process it waits for nothing.
 */
export async function afterPageRefreshes(atMostMs: number): Promise<void> {
  // The change's purge runs after its commit too, maybe just after the caller: let it schedule its refreshes first.
  await new Promise((resolve) => setImmediate(resolve))
  const bridge = pageCacheBridge()
  if (!bridge) return
  let timer: NodeJS.Timeout | undefined
  await Promise.race([bridge.idle(), new Promise((resolve) => (timer = setTimeout(resolve, atMostMs)))])
  clearTimeout(timer)
}

/** How long a value kept until the next purge may be kept at most (a safety net for a change no purge announced). */
const KEPT_AT_MOST_MS = 60_000

/**
 * A read kept in memory until the page cache's next purge (any purge: every change readers can see makes one), for
 * what every page shows and rarely changes (site settings, the section list). Without the page cache in this
 * process (development, tests, the jobs worker) it reads every time.
 */
export function untilNextPurge<T>(read: () => Promise<T>, now: () => number = Date.now): () => Promise<T> {
  let kept: { value: Promise<T>; clock: number; at: number } | null = null
  return () => {
    const bridge = pageCacheBridge()
    if (!bridge) return read()
    // Taken before reading: a purge while the read runs makes the next caller read again.
    const clock = bridge.clock()
    if (kept && kept.clock === clock && now() - kept.at < KEPT_AT_MOST_MS) return kept.value
    const value = read()
    const entry = { value, clock, at: now() }
    kept = entry
    value.catch(() => {
      if (kept === entry) kept = null
    })
    return value
  }
}

/** The path a separate process (the jobs worker) posts purges to, and the bearer token it must present. */
export const PURGE_PATH = '/_masthead/purge'

export function purgeToken(secret: string): string {
  return createHmac('sha256', secret).update('masthead page cache purge').digest('hex')
}

const PAYLOAD_KEY = Symbol.for('masthead.readerPayload')
const SEARCH_KEY = Symbol.for('masthead.readerSearch')
type Shared = { [PAYLOAD_KEY]?: Payload; [SEARCH_KEY]?: SharedSearch }

/** The archive search as Next's side has it (its index modules load the database adapter, kept to that side). */
export type SharedSearch = typeof searchArticles

/**
 * The other direction: Payload, started inside Next's bundles, is handed to the server that owns the page cache,
 * whose direct renderer reads reader pages through it (one instance, one database connection per process), with
 * the archive search.
 */
export function shareReaderPayload(payload: Payload, search: SharedSearch): void {
  ;(globalThis as Shared)[PAYLOAD_KEY] = payload
  ;(globalThis as Shared)[SEARCH_KEY] = search
}

export function sharedReaderPayload(): Payload | null {
  return (globalThis as Shared)[PAYLOAD_KEY] ?? null
}

export function sharedReaderSearch(): SharedSearch | null {
  return (globalThis as Shared)[SEARCH_KEY] ?? null
}
