import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { getSite, searchArticles } from '@/server/queries'

import { pageNumber } from '../ListingPage'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Search', robots: { index: false } }

type Props = { searchParams: Promise<{ q?: string; page?: string }> }

export default async function SearchPage({ searchParams }: Props) {
  const { q = '', page: pageParam } = await searchParams
  const page = pageNumber(pageParam)
  const [site, results] = await Promise.all([getSite(), searchArticles(q.slice(0, 200), { page })])
  return (
    <section>
      <h1 className="page-title">Search</h1>
      <form action="/search" role="search" className="search-form">
        <label htmlFor="q">Search published stories</label>
        <input id="q" name="q" type="search" defaultValue={q} />
        <button type="submit">Search</button>
      </form>
      {q && (
        <p className="deck">
          {results.total === 0 ? `Nothing found for “${q}”.` : `${results.total} stories for “${q}”.`}
        </p>
      )}
      {results.total > 0 && (
        <ArticleList
          docs={results.docs}
          page={page}
          totalPages={results.totalPages}
          basePath={`/search?q=${encodeURIComponent(q)}&`}
          timeZone={site.timeZone}
        />
      )}
    </section>
  )
}
