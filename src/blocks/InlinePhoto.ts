import type { Block } from 'payload'

import { INLINE_PHOTO_BLOCK } from '../domain/richtext/body'
import { captionForPhotoField, captionTextField } from '../fields/captionForPhoto'

/** A photo placed in the body, with the caption this article prints under it (the photo's default otherwise). */
export const InlinePhoto: Block = {
  slug: INLINE_PHOTO_BLOCK,
  interfaceName: 'InlinePhotoBlock',
  labels: { singular: 'Photo', plural: 'Photos' },
  admin: {
    // Named by its picture, not by a "block name" nobody types.
    disableBlockName: true,
    components: { Label: '@/components/admin/InlinePhotoLabel#InlinePhotoLabel' },
  },
  fields: [
    { name: 'photo', type: 'upload', relationTo: 'photos', required: true },
    captionTextField,
    captionForPhotoField,
  ],
}
