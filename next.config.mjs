import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { EVERY_ANSWER, PREVIEW_HEADERS, readerPageHeaders } from './src/server/http/securityHeaders.mjs'

/**
 * Payload's Lexical editor module, which its field imports only once the editor renders. The article form imports
 * it with the page instead (src/components/admin/richtext/DeferredEditor.tsx); the package does not export it by
 * name, and its file name carries a content hash.
 */
function lexicalEditorCode() {
  const dir = path.dirname(createRequire(import.meta.url).resolve('@payloadcms/richtext-lexical/client'))
  const file = readdirSync(dir).find((name) => /^Field-[\w-]+\.js$/.test(name))
  if (!file) throw new Error(`No Field-*.js in ${dir}: @payloadcms/richtext-lexical changed how it ships its editor.`)
  // Turbopack reads an alias that starts with "/" as relative to the project, not as an absolute path.
  return `./${path.relative(path.dirname(fileURLToPath(import.meta.url)), path.join(dir, file))}`
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  turbopack: { resolveAlias: { '@masthead/lexical-editor-code': lexicalEditorCode() } },
  // The whole tree is type-checked once before every build that ships or is tested: `npm test` runs `tsc --noEmit`
  // first, and so does the Dockerfile before `next build`. Next's own check would repeat it on a subset.
  typescript: { ignoreBuildErrors: true },
  // Server code keeps its class names: Payload picks the log level of an error by its name (a refused query is
  // an info line, not an error with a stack), and stack traces stay readable.
  experimental: {
    turbopackMinify: { server: false, client: true, edge: true },
    // An address no route matches gets the site's own 404 (src/app/global-not-found.tsx).
    globalNotFound: true,
  },
  async rewrites() {
    return [{ source: '/news/:slug.ninjs.json', destination: '/ninjs/:slug' }]
  },
  async headers() {
    return [
      { source: '/:path*', headers: EVERY_ANSWER },
      {
        source: '/preview/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      // The same headers the page cache's direct renderer sends (src/server/render/).
      { source: '/((?!admin|api|preview).*)', headers: readerPageHeaders(process.env.NODE_ENV === 'development') },
      { source: '/preview/:path*', headers: PREVIEW_HEADERS },
      // Pages name the stylesheet by its content (src/site/stylesheet.ts): a new one is a new address.
      { source: '/site.css', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ]
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// Payload asks every route for the colour-scheme client hint (its admin theme). On readers' pages `Critical-CH`
// makes Chrome send the first request of a visit twice and `Vary` on the hint splits shared caches: the admin
// alone asks for it.
const withPayloadHeaders = config.headers
config.headers = async () =>
  (await withPayloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )

export default config
