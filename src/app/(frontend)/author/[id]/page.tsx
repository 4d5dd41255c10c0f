import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { getSite, listedArticles, publicAuthor } from '@/server/queries'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await publicAuthor((await params).id)
  return author ? { title: author.name } : {}
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const id = (await params).id
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const [site, author] = await Promise.all([getSite(), publicAuthor(id)])
  if (!author) notFound()
  const { docs, totalPages } = await listedArticles({ authorId: author.id, page, limit: 20 })
  return (
    <section>
      <h1 className="page-title">{author.name}</h1>
      {author.title && <p className="deck">{author.title}</p>}
      <ArticleList
        docs={docs}
        page={page}
        totalPages={totalPages}
        basePath={`/author/${author.id}`}
        timeZone={site.timeZone}
      />
    </section>
  )
}
