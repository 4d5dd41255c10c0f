import type { Photo } from '@/payload-types'
import type { ResolvedCaption } from '@/server/queries'

import { Picture } from './Picture'

/** Captions and credits are rendered as text: React escapes whatever markup was typed into them. */
export function Figure({
  photo,
  caption,
  priority,
}: {
  photo: Photo
  caption: ResolvedCaption | null
  priority?: boolean
}) {
  if (!photo.url) return null
  const credit = caption?.credit ?? photo.credit ?? null
  return (
    <figure className="figure">
      <Picture photo={photo} priority={priority} />
      {(caption?.text || credit) && (
        <figcaption>
          {caption?.text && <span className="figure__caption">{caption.text}</span>}
          {credit && <span className="figure__credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
