import type { Field } from 'payload'

/**
 * The caption one use of a photo prints (the hero, an inline photo). The picker offers only captions of the photo
 * chosen beside it; left empty, the site prints the photo's default caption.
 */
export const captionForPhotoField: Field = {
  name: 'caption',
  type: 'relationship',
  relationTo: 'captions',
  filterOptions: ({ siblingData }) => {
    const photo = (siblingData as { photo?: unknown })?.photo
    return photo ? { photo: { equals: typeof photo === 'object' ? (photo as { id: unknown }).id : photo } } : true
  },
  admin: { description: 'Optional: a caption written for this article. Empty = the photo’s default caption.' },
}
