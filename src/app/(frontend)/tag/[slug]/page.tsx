import { readerQueries } from '@/server/queries'
import { termRoute } from '@/site/routes'

import { nextPage } from '../../routed'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

export default async function TagPage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug)
  return nextPage(await termRoute(readerQueries, 'tags', slug, (await searchParams).page))
}
