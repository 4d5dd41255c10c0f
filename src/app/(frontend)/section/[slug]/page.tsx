import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { getSite, listedArticles, taxonomyBySlug } from '@/server/queries'

import { feedLinks } from '../../feedLinks'

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
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const [site, section] = await Promise.all([getSite(), taxonomyBySlug('sections', slug)])
  if (!section) notFound()
  const { docs, totalPages } = await listedArticles({ sectionSlug: slug, page, limit: 20 })
  return (
    <section>
      <h1 className="page-title">{section.name}</h1>
      <ArticleList
        docs={docs}
        page={page}
        totalPages={totalPages}
        basePath={`/section/${section.slug}`}
        timeZone={site.timeZone}
      />
    </section>
  )
}
