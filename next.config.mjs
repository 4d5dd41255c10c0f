import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` (part of `npm test`) checks the whole tree once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
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
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
