import { feedResponse } from '@/server/publishing'
import { readerQueries } from '@/server/queries'

export const dynamic = 'force-dynamic'

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(readerQueries, 'rss', decodeURIComponent((await params).slug))
}
