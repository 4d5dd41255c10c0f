import { sitemapChunkResponse } from '@/server/publishing'

export const dynamic = 'force-dynamic'

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  return sitemapChunkResponse((await params).name)
}
