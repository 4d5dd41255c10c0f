import Link from 'next/link'

import { Picture } from '@/components/Picture'
import { formatInZone } from '@/domain/time'
import { getSite, latestArticles } from '@/server/queries'

// Rendered per request until on-demand revalidation arrives (public-site issue); never at build time.
export const dynamic = 'force-dynamic'

export default async function Home() {
  const [site, { docs }] = await Promise.all([getSite(), latestArticles({ limit: 20 })])
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
        {lead.hero && (
          <Link href={`/news/${lead.slug}`} tabIndex={-1} aria-hidden="true">
            <Picture photo={lead.hero} prefer={['card', 'feature', 'hero']} sizes="(min-width: 900px) 860px, 100vw" priority />
          </Link>
        )}
        {lead.section && <p className="kicker">{lead.section.name}</p>}
        <h1>
          <Link href={`/news/${lead.slug}`}>{lead.headline}</Link>
        </h1>
        {lead.deck && <p className="deck">{lead.deck}</p>}
        {lead.releasedAt && <time dateTime={lead.releasedAt}>{formatInZone(lead.releasedAt, site.timeZone)}</time>}
      </article>
      <ul className="latest">
        {rest.map((a) => (
          <li key={a.id}>
            {a.section && <p className="kicker">{a.section.name}</p>}
            <h2>
              <Link href={`/news/${a.slug}`}>{a.headline}</Link>
            </h2>
            {a.deck && <p className="deck">{a.deck}</p>}
            {a.releasedAt && <time dateTime={a.releasedAt}>{formatInZone(a.releasedAt, site.timeZone)}</time>}
          </li>
        ))}
      </ul>
    </section>
  )
}
