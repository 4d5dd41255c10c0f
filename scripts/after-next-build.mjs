/**
 * What `npm run build` (and the Dockerfile, and bench:site's timed builds) run after `next build`: the changes to
 * Next's output that it cannot be configured to make itself.
 */
import { main as tuneAdminCss } from './admin-css.mjs'
import { main as compactServerChunks } from './compact-server-chunks.mjs'

compactServerChunks()
tuneAdminCss()
