import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { publicAuthor } from '@/server/queries'

import { ListingPage } from '../../ListingPage'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await publicAuthor((await params).id)
  return author ? { title: author.name } : {}
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const author = await publicAuthor((await params).id)
  if (!author) notFound()
  return (
    <ListingPage
      title={author.name}
      deck={author.title}
      basePath={`/author/${author.id}`}
      listing={{ authorId: author.id }}
      page={(await searchParams).page}
    />
  )
}
