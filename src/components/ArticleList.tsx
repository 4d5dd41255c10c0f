import { formatInZone } from '@/domain/time'
import type { ListedArticle } from '@/server/queries'

import { Picture } from './Picture'

/** A card's picture is at most a third of the page wide, the whole column on a phone. */
const CARD_SIZES = '(min-width: 60rem) 19rem, (min-width: 36rem) 50vw, 100vw'

/** A list page's stories and its pager (?page=N). */
export function ArticleList({
  docs,
  page,
  totalPages,
  basePath,
  timeZone,
}: {
  docs: ListedArticle[]
  page: number
  totalPages: number
  basePath: string
  timeZone: string
}) {
  return (
    <>
      {docs.length === 0 ? (
        <p className="empty">No stories here yet.</p>
      ) : (
        <ul className="latest">
          {docs.map((a) => (
            <li key={a.id}>
              {a.hero && (
                <a href={`/news/${a.slug}`} tabIndex={-1} aria-hidden="true" className="latest__picture">
                  <Picture photo={a.hero} prefer={['card']} sizes={CARD_SIZES} />
                </a>
              )}
              {a.section && <p className="kicker">{a.section.name}</p>}
              <h2>
                <a href={`/news/${a.slug}`}>{a.headline}</a>
              </h2>
              {a.deck && <p className="deck">{a.deck}</p>}
              <time dateTime={a.published}>{formatInZone(a.published, timeZone)}</time>
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 && (
        <nav className="pager" aria-label="Pages">
          {page > 1 && <a href={`${basePath}${basePath.endsWith('&') ? '' : '?'}page=${page - 1}`}>← Newer</a>}
          <span>
            Page {page} of {totalPages}
          </span>
          {page < totalPages && <a href={`${basePath}${basePath.endsWith('&') ? '' : '?'}page=${page + 1}`}>Older →</a>}
        </nav>
      )}
    </>
  )
}
