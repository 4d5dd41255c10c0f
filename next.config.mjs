import { withPayload } from '@payloadcms/next/withPayload'

// `next dev` serves readers' pages straight from Next, runtime included (its refresh needs it); production pages
// come through the page cache without it.
const readerScripts = process.env.NODE_ENV === 'development' ? "'self' 'unsafe-inline'" : "'none'"

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  // The whole tree is type-checked once before every build that ships or is tested: `npm test` runs `tsc --noEmit`
  // first, and so does the Dockerfile before `next build`. Next's own check would repeat it on a subset.
  typescript: { ignoreBuildErrors: true },
  // Server code keeps its class names: Payload picks the log level of an error by its name (a refused query is
  // an info line, not an error with a stack), and stack traces stay readable.
  experimental: { turbopackMinify: { server: false, client: true, edge: true } },
  async rewrites() {
    return [{ source: '/news/:slug.ninjs.json', destination: '/ninjs/:slug' }]
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        source: '/preview/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      {
        // The public site runs no script at all (the page cache serves it without Next's client runtime, see
        // src/server/cache/staticDocument.ts), so an injected script cannot run either; never inside anyone's frame.
        source: '/((?!admin|api|preview).*)',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy("'none'", readerScripts) },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      {
        // Previews live in the admin's live-preview pane: framed by our own origin, and only by it.
        source: '/preview/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'", "'self' 'unsafe-inline'") },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
}

function contentSecurityPolicy(frameAncestors, scripts) {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
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
