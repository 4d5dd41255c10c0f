import { createHmac } from 'node:crypto'

import type { PurgeMode } from './pageCache.ts'

/**
 * How code inside Next's bundles reaches the page cache owned by the custom server in the same process. The two
 * are separate module graphs, so they meet on a process-wide symbol rather than on a shared module instance.
 */
export type PageCacheBridge = {
  /** Adds tags to the page the current request is rendering (no-op outside a cached render). */
  record(tags: Iterable<string>): void
  purge(tags: string[], mode: PurgeMode): void
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

/** The path a separate process (the jobs worker) posts purges to, and the bearer token it must present. */
export const PURGE_PATH = '/_masthead/purge'

export function purgeToken(secret: string): string {
  return createHmac('sha256', secret).update('masthead page cache purge').digest('hex')
}
