import type { Metadata } from 'next'

import { articleMetadata, ArticlePageAt } from '../../articleRoute'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(decodeURIComponent((await params).slug))
}

export default async function ArticleRoute({ params }: Props) {
  return <ArticlePageAt slug={decodeURIComponent((await params).slug)} edition={null} />
}
