import { readerQueries } from '@/server/queries'
import { articleRoute } from '@/site/routes'

import { nextPage } from '../../../../(frontend)/routed'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ edition: string; slug: string }> }

export default async function EditionArticle({ params }: Props) {
  const { edition, slug } = await params
  return nextPage(await articleRoute(readerQueries, decodeURIComponent(slug), edition))
}
