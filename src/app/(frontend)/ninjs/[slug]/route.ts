import { ninjsForArticle } from '@/server/ninjs'
import { payloadInstance } from '@/server/payload'
import { articleBySlug, getSite } from '@/server/queries'

export const dynamic = 'force-dynamic'

/** /news/<slug>.ninjs.json (rewritten here in next.config): a published article as IPTC ninjs 2.0. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const page = await articleBySlug(decodeURIComponent((await params).slug))
  if (!page) return Response.json({ error: 'Not found' }, { status: 404 })
  return Response.json(await ninjsForArticle(await payloadInstance(), page, await getSite()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
