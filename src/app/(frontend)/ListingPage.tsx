import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { editionOf } from '@/domain/editions'
import { getSite, listedArticles, taxonomyBySlug } from '@/server/queries'

/** The page number a reader asked for: anything that is not a whole number from 1 up is page 1. */
export const pageNumber = (param: string | undefined) => Math.max(1, Math.floor(Number(param)) || 1)

type Listing = Omit<Parameters<typeof listedArticles>[0], 'page' | 'limit'>

/** Published stories of one section, tag or author, newest first, twenty a page, under the listing's name. */
export async function ListingPage(props: {
  title: string
  deck?: string | null
  basePath: string
  listing: Listing
  page: string | undefined
}) {
  const page = pageNumber(props.page)
  const [site, { docs, totalPages }] = await Promise.all([
    getSite(),
    listedArticles({ ...props.listing, page, limit: 20 }),
  ])
  return (
    <section>
      <h1 className="page-title">{props.title}</h1>
      {props.deck && <p className="deck">{props.deck}</p>}
      <ArticleList docs={docs} page={page} totalPages={totalPages} basePath={props.basePath} timeZone={site.timeZone} />
    </section>
  )
}

export type TermPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

/** The page of one section or tag (`/section/<slug>`, `/tag/<slug>`); 404 when there is no such term. */
export function termPage(collection: 'sections' | 'tags') {
  return async function TermPage({ params, searchParams }: TermPageProps) {
    const slug = decodeURIComponent((await params).slug)
    const term = await taxonomyBySlug(collection, slug)
    if (!term) notFound()
    const [basePath, listing] =
      collection === 'sections' ? ['/section', { sectionSlug: slug }] : ['/tag', { tagSlug: slug }]
    return (
      <ListingPage
        title={term.name}
        basePath={`${basePath}/${term.slug}`}
        listing={listing}
        page={(await searchParams).page}
      />
    )
  }
}

/** The edition an address's first segment names (another language of the site), or null. */
export async function editionNamed(segment: string) {
  const site = await getSite()
  return editionOf(decodeURIComponent(segment), site.editions, site.language)
}
