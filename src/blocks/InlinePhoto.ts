import type { Block } from 'payload'

import { INLINE_PHOTO_BLOCK } from '../domain/richtext/body'

/** A photo placed in the body, with the caption this article prints under it (the photo's default otherwise). */
export const InlinePhoto: Block = {
  slug: INLINE_PHOTO_BLOCK,
  interfaceName: 'InlinePhotoBlock',
  labels: { singular: 'Photo', plural: 'Photos' },
  fields: [
    { name: 'photo', type: 'upload', relationTo: 'photos', required: true },
    {
      name: 'caption',
      type: 'relationship',
      relationTo: 'captions',
      filterOptions: ({ siblingData }) => {
        const photo = (siblingData as { photo?: unknown })?.photo
        return photo ? { photo: { equals: typeof photo === 'object' ? (photo as { id: unknown }).id : photo } } : true
      },
      admin: { description: 'Optional: a caption written for this article. Empty = the photo’s default caption.' },
    },
  ],
}
