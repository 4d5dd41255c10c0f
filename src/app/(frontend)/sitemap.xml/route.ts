import { sitemapIndexResponse } from '@/server/publishing'
import { readerQueries } from '@/server/queries'

export const dynamic = 'force-dynamic'

export function GET() {
  return sitemapIndexResponse(readerQueries)
}
