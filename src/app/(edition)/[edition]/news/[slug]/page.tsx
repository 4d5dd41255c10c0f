import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { articleMetadata, ArticlePageAt } from '../../../../(frontend)/articleRoute'
import { editionNamed } from '../../../../(frontend)/ListingPage'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ edition: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, slug } = await params
  return (await editionNamed(edition)) ? articleMetadata(decodeURIComponent(slug)) : {}
}

export default async function EditionArticle({ params }: Props) {
  const { edition, slug } = await params
  if (!(await editionNamed(edition))) notFound()
  return <ArticlePageAt slug={decodeURIComponent(slug)} edition={decodeURIComponent(edition)} />
}
