import type { Metadata } from 'next'

import { getSite, taxonomyBySlug } from '@/server/queries'

import { feedLinks } from '../../feedLinks'
import { termPage, type TermPageProps } from '../../ListingPage'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: TermPageProps): Promise<Metadata> {
  const [site, section] = await Promise.all([
    getSite(),
    taxonomyBySlug('sections', decodeURIComponent((await params).slug)),
  ])
  return section ? { title: section.name, alternates: { types: feedLinks(site.name, section) } } : {}
}

export default termPage('sections')
