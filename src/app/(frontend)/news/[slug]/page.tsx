import { readerQueries } from '@/server/queries'
import { articleRoute } from '@/site/routes'

import { nextPage } from '../../routed'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export default async function ArticlePage({ params }: Props) {
  return nextPage(await articleRoute(readerQueries, decodeURIComponent((await params).slug), null))
}
