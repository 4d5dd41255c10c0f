import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { searchFilters, type SnippetPart } from '@/domain/publishing/search'
import { getSite, searchArticles, sections } from '@/server/queries'

import { pageNumber } from '../ListingPage'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Search', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The first value of a parameter given once or several times, never longer than a search box holds. */
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? ''

function Passage({ parts }: { parts: SnippetPart[] }) {
  if (!parts.length) return null
  return (
    <p className="search-snippet">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const [q, section, from, to] = [one(params.q), one(params.section), one(params.from), one(params.to)]
  const page = pageNumber(one(params.page))
  const [site, sectionList] = await Promise.all([getSite(), sections()])
  const { filters, problems } = searchFilters({ section, from, to }, sectionList, site.timeZone)
  const results = await searchArticles(q, { page, filters })
  const snippets = new Map(results.docs.map((d) => [d.id, d.snippet]))
  const kept = new URLSearchParams(Object.entries({ q, section, from, to }).filter(([, v]) => v))
  return (
    <section>
      <h1 className="page-title">Search</h1>
      <form action="/search" role="search" className="search-form">
        <label htmlFor="q">Search published stories</label>
        <input id="q" name="q" type="search" defaultValue={q} />
        <label htmlFor="section">Section</label>
        <select id="section" name="section" defaultValue={section}>
          <option value="">All sections</option>
          {sectionList.map((s) => (
            <option key={s.id} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor="from">From</label>
        <input id="from" name="from" type="date" defaultValue={from} />
        <label htmlFor="to">To</label>
        <input id="to" name="to" type="date" defaultValue={to} />
        <button type="submit">Search</button>
      </form>
      {problems.length > 0 && (
        <ul className="search-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {q && results.docs.length === 0 && <p className="deck">Nothing found for “{q}”.</p>}
      {results.docs.length > 0 && (
        <ArticleList
          docs={results.docs}
          page={page}
          hasMore={results.hasMore}
          basePath={`/search?${kept}&`}
          timeZone={site.timeZone}
          below={(story) => <Passage parts={snippets.get(story.id) ?? []} />}
        />
      )}
    </section>
  )
}
