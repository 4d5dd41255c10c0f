import { ArticleList } from '@/components/ArticleList'
import { StoryTeaser } from '@/components/StoryTeaser'
import { getSite, listedArticles, sections } from '@/server/queries'

// Rendered per request until on-demand revalidation arrives (public-site issue); never at build time.
export const dynamic = 'force-dynamic'

export default async function Home() {
  const [site, { docs }, allSections] = await Promise.all([
    getSite(),
    listedArticles({ limit: 10, counted: false }),
    sections(),
  ])
  // A story appears once on the page: section blocks carry on below what the lead and "Latest" already show.
  const shown = docs.map((d) => d.id)
  const bySection = (
    await Promise.all(
      allSections.map(async (s) => ({
        section: s,
        docs: (await listedArticles({ sectionSlug: s.slug, limit: 3, excluding: shown, counted: false })).docs,
      })),
    )
  ).filter((b) => b.docs.length > 0)
  if (!docs.length) {
    return (
      <section className="home">
        <p className="empty">No stories have been published yet.</p>
      </section>
    )
  }
  const [lead, ...rest] = docs
  return (
    <section className="home">
      <article className="lead">
        <StoryTeaser
          story={lead}
          Heading="h1"
          picture={{ prefer: ['card', 'feature', 'hero'], sizes: '(min-width: 900px) 860px, 100vw', priority: true }}
          timeZone={site.timeZone}
        />
      </article>
      {rest.length > 0 && (
        <>
          <h2 className="home__heading">Latest</h2>
          <ArticleList docs={rest} page={1} totalPages={1} basePath="/" timeZone={site.timeZone} />
        </>
      )}
      {bySection.map(({ section, docs: sectionDocs }) => (
        <section key={section.id} className="home__section" aria-labelledby={`section-${section.slug}`}>
          <h2 className="home__heading" id={`section-${section.slug}`}>
            <a href={`/section/${section.slug}`}>{section.name}</a>
          </h2>
          <ArticleList
            docs={sectionDocs}
            page={1}
            totalPages={1}
            basePath={`/section/${section.slug}`}
            timeZone={site.timeZone}
          />
        </section>
      ))}
    </section>
  )
}
