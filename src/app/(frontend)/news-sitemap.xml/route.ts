import { newsSitemapResponse } from '@/server/publishing'

export const dynamic = 'force-dynamic'

export function GET() {
  return newsSitemapResponse()
}
