import { feedResponse } from '@/server/publishing'

export const dynamic = 'force-dynamic'

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse('rss', decodeURIComponent((await params).slug))
}
