import type { CollectionConfig } from 'payload'

import { nobody } from '../access'

/**
 * The purge outbox: every change readers can see writes the tags it touches here, in the change's own transaction.
 * The node that made the change purges at once; every other web node reads the new rows within a poll and purges
 * its own page cache, and sends the edges what the origin did not get to them (src/server/cache/purgeLog.ts).
 * Server-only: no API may read or write it.
 */
export const PagePurges: CollectionConfig = {
  slug: 'page-purges',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'tags', type: 'json', required: true },
    { name: 'mode', type: 'select', options: ['soft', 'hard'], required: true },
    /** The process that made the change (it has purged already). */
    { name: 'origin', type: 'text', required: true },
    /** When every edge cache took the purge; empty until then, and the web nodes send it again. */
    { name: 'edgesPurgedAt', type: 'date' },
  ],
}
