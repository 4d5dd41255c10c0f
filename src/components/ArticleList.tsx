import type { ListedArticle } from '@/server/queries'

import { StoryTeaser } from './StoryTeaser'

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
              <StoryTeaser
                story={a}
                Heading="h2"
                picture={{ prefer: ['card'], sizes: CARD_SIZES }}
                pictureClass="latest__picture"
                timeZone={timeZone}
              />
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
