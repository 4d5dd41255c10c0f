import { feedResponse } from '@/server/publishing'
import { readerQueries } from '@/server/queries'
import { editionNamed } from '@/site/routes'

export const dynamic = 'force-dynamic'

/** An edition's RSS feed: its stories only, in its language. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = await editionNamed(readerQueries, (await params).edition)
  if (!edition) return new Response('Not found', { status: 404 })
  return feedResponse(readerQueries, 'rss', undefined, edition.code)
}
