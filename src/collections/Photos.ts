import type { CollectionConfig, ImageSize } from 'payload'

import { publishedOrStaff, roles, rolesOrOwnDocument } from '../access'
import { importSourceField } from '../fields/importSource'
import { createdByField } from '../fields/stamps'
import { getEnv } from '../server/env'
import { reviewed } from './reviewed'

const webp = { format: 'webp' as const, options: { quality: 80 } }

/** Renditions the site uses; crops centre on the focal point the photo desk sets. */
export const PHOTO_SIZES: ImageSize[] = [
  { name: 'thumbnail', width: 320, height: 213, formatOptions: webp },
  { name: 'card', width: 640, height: 360, formatOptions: webp },
  { name: 'feature', width: 1024, height: 576, formatOptions: webp },
  { name: 'hero', width: 1600, height: 900, formatOptions: webp },
  { name: 'social', width: 1200, height: 630, formatOptions: webp },
]

export const Photos: CollectionConfig = reviewed('photos', {
  labels: { singular: 'Photo', plural: 'Photos' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', '_status'], group: 'Photo desk' },
  access: {
    read: publishedOrStaff,
    create: roles('photo_desk', 'editor', 'writer'),
    update: rolesOrOwnDocument('photo_desk', 'editor')(['writer']),
    delete: roles('photo_desk', 'editor'),
  },
  upload: {
    staticDir: getEnv().mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff'],
    imageSizes: PHOTO_SIZES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    crop: true,
    // Imported articles create photo records before the desk has the picture; the site skips them until then.
    filesRequiredOnCreate: false,
  },
  fields: [
    { name: 'alt', type: 'text', maxLength: 300, admin: { description: 'Describes the picture for readers who cannot see it.' } },
    { name: 'credit', type: 'text', maxLength: 200, admin: { description: 'As printed, e.g. "Photo by Xinhua News Agency reporter Huang Xiaoyong".' } },
    {
      type: 'row',
      fields: [
        { name: 'photographer', type: 'text', maxLength: 120 },
        { name: 'agency', type: 'text', maxLength: 120, label: 'Source / agency' },
      ],
    },
    { name: 'dateTaken', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'copyright', type: 'text', maxLength: 200 },
    {
      name: 'needsImage',
      label: 'Image missing',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Set by the importer: the article had a picture here, but no file came with it.' },
      hooks: {
        // Uploading the picture settles it.
        beforeChange: [({ value, req }) => (req.file ? false : value)],
      },
    },
    createdByField,
    importSourceField,
  ],
})
