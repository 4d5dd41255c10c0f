import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getSite, taxonomyBySlug } from '@/server/queries'

import { feedLinks } from '../../feedLinks'
import { ListingPage } from '../../ListingPage'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, section] = await Promise.all([
    getSite(),
    taxonomyBySlug('sections', decodeURIComponent((await params).slug)),
  ])
  return section ? { title: section.name, alternates: { types: feedLinks(site.name, section) } } : {}
}

export default async function SectionPage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug)
  const section = await taxonomyBySlug('sections', slug)
  if (!section) notFound()
  return (
    <ListingPage
      title={section.name}
      basePath={`/section/${section.slug}`}
      listing={{ sectionSlug: slug }}
      page={(await searchParams).page}
    />
  )
}
