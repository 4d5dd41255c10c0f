import { readerQueries } from '@/server/queries'
import { authorRoute } from '@/site/routes'

import { nextPage } from '../../routed'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }

export default async function AuthorPage({ params, searchParams }: Props) {
  return nextPage(await authorRoute(readerQueries, (await params).id, (await searchParams).page))
}
