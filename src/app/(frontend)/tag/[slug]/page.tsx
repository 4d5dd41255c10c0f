import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { taxonomyBySlug } from '@/server/queries'

import { ListingPage } from '../../ListingPage'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await taxonomyBySlug('tags', decodeURIComponent((await params).slug))
  return tag ? { title: tag.name } : {}
}

export default async function TagPage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug)
  const tag = await taxonomyBySlug('tags', slug)
  if (!tag) notFound()
  return (
    <ListingPage
      title={tag.name}
      basePath={`/tag/${tag.slug}`}
      listing={{ tagSlug: slug }}
      page={(await searchParams).page}
    />
  )
}
