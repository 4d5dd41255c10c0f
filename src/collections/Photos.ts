import type { CollectionConfig, ImageSize } from 'payload'

import { publishedOrStaff, roles, rolesOrOwnDocument } from '../access'
import { importSourceField } from '../fields/importSource'
import { createdByField } from '../fields/stamps'
import { getEnv } from '../server/env'
import { captionFromMetadata, cleanUpload, prefillFromMetadata } from '../hooks/photoUpload'
import { reviewed } from './reviewed'

const webp = { format: 'webp' as const, options: { quality: 80 } }
// effort 2: AVIF's default effort costs several times the encode time for a few per cent of bytes.
const avif = { format: 'avif' as const, options: { quality: 55, effort: 2 } }

/**
 * Renditions the site uses, cropped around the focal point the photo desk sets: WebP for every size, AVIF for the
 * large ones, and a JPEG social card for the platforms that still want one.
 */
export const PHOTO_SIZES: ImageSize[] = [
  { name: 'thumbnail', width: 320, height: 213, formatOptions: webp },
  { name: 'card', width: 640, height: 360, formatOptions: webp },
  { name: 'feature', width: 1024, height: 576, formatOptions: webp },
  { name: 'hero', width: 1600, height: 900, formatOptions: webp },
  { name: 'social', width: 1200, height: 630, formatOptions: webp },
  { name: 'cardAvif', width: 640, height: 360, formatOptions: avif },
  { name: 'featureAvif', width: 1024, height: 576, formatOptions: avif },
  { name: 'heroAvif', width: 1600, height: 900, formatOptions: avif },
  { name: 'socialJpeg', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 82, mozjpeg: true } } },
  // 4:3 and 1:1 crops for search engines' article markup (16:9 is the hero).
  { name: 'fourThree', width: 1200, height: 900, formatOptions: webp },
  { name: 'square', width: 1200, height: 1200, formatOptions: webp },
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
  hooks: {
    beforeOperation: [cleanUpload],
    beforeChange: [prefillFromMetadata],
    afterChange: [captionFromMetadata],
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
    { name: 'keywords', type: 'text', hasMany: true, admin: { description: 'From the picture’s IPTC/XMP keywords; editable.' } },
    {
      name: 'duplicateOf',
      type: 'relationship',
      relationTo: 'photos',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: 'The same bytes were uploaded before as this photo.' },
    },
    { name: 'contentHash', type: 'text', index: true, access: { create: () => false, update: () => false }, admin: { hidden: true } },
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
