import type { Field } from 'payload'

/**
 * The caption one use of a photo prints (the hero, an inline photo), typed where the photo is placed. It is part of
 * the story, reviewed and published with it; left empty, the site prints the photo's default caption.
 */
export const captionTextField: Field = {
  name: 'captionText',
  label: 'Caption in this story',
  type: 'textarea',
  maxLength: 2000,
  admin: { description: 'Empty = the photo’s own caption (approved with the photo).' },
}

/**
 * A Caption document chosen for this use (the importer's per-article captions). Shown only when one is set: new
 * captions are typed into "Caption in this story".
 */
export const captionForPhotoField: Field = {
  name: 'caption',
  type: 'relationship',
  relationTo: 'captions',
  filterOptions: ({ siblingData }) => {
    const photo = (siblingData as { photo?: unknown })?.photo
    return photo ? { photo: { equals: typeof photo === 'object' ? (photo as { id: unknown }).id : photo } } : true
  },
  admin: {
    description: 'A caption document written for this article (from an import).',
    condition: (_, siblingData) => Boolean((siblingData as { caption?: unknown })?.caption),
  },
}
