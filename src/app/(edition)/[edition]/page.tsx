import { readerQueries } from '@/server/queries'
import { editionHomeRoute } from '@/site/routes'

import { nextPage } from '../../(frontend)/routed'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ edition: string }>; searchParams: Promise<{ page?: string }> }

/** An edition's front page: its published stories, newest first. */
export default async function EditionHome({ params, searchParams }: Props) {
  return nextPage(await editionHomeRoute(readerQueries, (await params).edition, (await searchParams).page))
}
