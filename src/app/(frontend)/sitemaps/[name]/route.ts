import { sitemapChunkResponse } from '@/server/publishing'
import { readerQueries } from '@/server/queries'

export const dynamic = 'force-dynamic'

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  return sitemapChunkResponse(readerQueries, (await params).name)
}
