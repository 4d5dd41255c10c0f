import { newsSitemapResponse } from '@/server/publishing'
import { readerQueries } from '@/server/queries'

export const dynamic = 'force-dynamic'

export function GET() {
  return newsSitemapResponse(readerQueries)
}
