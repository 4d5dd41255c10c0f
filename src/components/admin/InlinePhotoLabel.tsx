import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/domain/relations'

/** The inline photo block's heading: the photo's title (its alt text, else its file name), read with the viewer's rights. */
export async function InlinePhotoLabel(props: {
  siblingData?: { photo?: unknown }
  data?: { photo?: unknown }
  payload?: Payload
  req?: PayloadRequest
}) {
  const id = idOf(props.siblingData?.photo ?? props.data?.photo)
  const photo =
    id !== null && props.payload
      ? await props.payload.findByID({
          collection: 'photos',
          id,
          depth: 0,
          draft: true,
          disableErrors: true,
          overrideAccess: false,
          user: props.req?.user,
          select: { title: true },
        })
      : null
  return (
    <span data-inline-photo-label style={{ fontWeight: 600 }}>
      Photo · {photo?.title ?? (id === null ? 'choose a picture' : `#${String(id)}`)}
    </span>
  )
}
