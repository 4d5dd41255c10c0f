import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { getSite, listedArticles, taxonomyBySlug } from '@/server/queries'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await taxonomyBySlug('tags', decodeURIComponent((await params).slug))
  return tag ? { title: tag.name } : {}
}

export default async function TagPage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug)
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const [site, tag] = await Promise.all([getSite(), taxonomyBySlug('tags', slug)])
  if (!tag) notFound()
  const { docs, totalPages } = await listedArticles({ tagSlug: slug, page, limit: 20 })
  return (
    <section>
      <h1 className="page-title">{tag.name}</h1>
      <ArticleList
        docs={docs}
        page={page}
        totalPages={totalPages}
        basePath={`/tag/${tag.slug}`}
        timeZone={site.timeZone}
      />
    </section>
  )
}
