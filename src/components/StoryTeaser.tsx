import { formatInZone } from '@/domain/time'
import type { ListedArticle } from '@/server/queries'

import { Picture } from './Picture'

type PictureProps = Parameters<typeof Picture>[0]

/**
 * A story as listings show it: its picture (a link, hidden from screen readers, which get the headline's link),
 * section, headline, deck and release time. The lead story of the home page and every card share it.
 */
export function StoryTeaser({
  story,
  Heading,
  picture,
  pictureClass,
  timeZone,
}: {
  story: ListedArticle
  Heading: 'h1' | 'h2'
  picture: Omit<PictureProps, 'photo'>
  pictureClass?: string
  timeZone: string
}) {
  const href = story.path
  return (
    <>
      {story.hero && (
        <a href={href} tabIndex={-1} aria-hidden="true" className={pictureClass}>
          <Picture photo={story.hero} {...picture} />
        </a>
      )}
      {story.section && <p className="kicker">{story.section.name}</p>}
      <Heading>
        <a href={href}>{story.headline}</a>
      </Heading>
      {story.deck && <p className="deck">{story.deck}</p>}
      <time dateTime={story.published}>{formatInZone(story.published, timeZone)}</time>
    </>
  )
}
