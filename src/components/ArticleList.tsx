import type { ReactNode } from 'react'

import type { ListedArticle } from '@/server/queries'

import { StoryTeaser } from './StoryTeaser'

/** A card's picture is at most a third of the page wide, the whole column on a phone. */
const CARD_SIZES = '(min-width: 60rem) 19rem, (min-width: 36rem) 50vw, 100vw'

/**
 * A list page's stories and its pager (?page=N). `totalPages` when the list was counted; search is not (it knows
 * only whether there is a next page), so its pager says "Page N".
 */
export function ArticleList({
  docs,
  page,
  totalPages,
  hasMore = totalPages !== undefined && page < totalPages,
  basePath,
  timeZone,
  below,
}: {
  docs: ListedArticle[]
  page: number
  totalPages?: number
  hasMore?: boolean
  basePath: string
  timeZone: string
  /** What a card shows under its teaser (search: the matching passage). */
  below?: (story: ListedArticle) => ReactNode
}) {
  const href = (n: number) => `${basePath}${basePath.endsWith('&') ? '' : '?'}page=${n}`
  return (
    <>
      {docs.length === 0 ? (
        <p className="empty">No stories here yet.</p>
      ) : (
        <ul className="latest">
          {docs.map((a) => (
            <li key={a.id}>
              <StoryTeaser
                story={a}
                Heading="h2"
                picture={{ prefer: ['card'], sizes: CARD_SIZES }}
                pictureClass="latest__picture"
                timeZone={timeZone}
              />
              {below?.(a)}
            </li>
          ))}
        </ul>
      )}
      {(page > 1 || hasMore) && (
        <nav className="pager" aria-label="Pages">
          {page > 1 && <a href={href(page - 1)}>{totalPages === undefined ? '← Previous' : '← Newer'}</a>}
          <span>{totalPages === undefined ? `Page ${page}` : `Page ${page} of ${totalPages}`}</span>
          {hasMore && <a href={href(page + 1)}>{totalPages === undefined ? 'Next →' : 'Older →'}</a>}
        </nav>
      )}
    </>
  )
}
