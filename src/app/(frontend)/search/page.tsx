import { readerQueries } from '@/server/queries'
import { searchRoute } from '@/site/routes'

import { nextPage } from '../routed'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  return nextPage(await searchRoute(readerQueries, await searchParams))
}
