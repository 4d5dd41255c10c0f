import type { Metadata } from 'next'

import { taxonomyBySlug } from '@/server/queries'

import { termPage, type TermPageProps } from '../../ListingPage'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: TermPageProps): Promise<Metadata> {
  const tag = await taxonomyBySlug('tags', decodeURIComponent((await params).slug))
  return tag ? { title: tag.name } : {}
}

export default termPage('tags')
