import { readerQueries } from '@/server/queries'
import { homeRoute } from '@/site/routes'

import { nextPage } from './routed'

export const dynamic = 'force-dynamic'

export default async function Home() {
  return nextPage(await homeRoute(readerQueries))
}
