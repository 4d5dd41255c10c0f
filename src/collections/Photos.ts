import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Field, ImageSize } from 'payload'

import { reviewedItemAccess, setByServerOnly } from '../access'
import { importSourceField, importVersionField } from '../fields/importSource'
import { internal, leftOutOfDiffs } from '../fields/internal'
import { createdByField } from '../fields/stamps'
import { creditLineField } from '../fields/creditLine'
import { getEnv } from '../server/env'
import { RENDITIONS } from '../domain/photos/renditions'
import { holdDefaultCaption, readDefaultCaption, storeDefaultCaption } from '../server/photos/defaultCaption'
import {
  cleanUpload,
  keepFocalPoint,
  prefillFromMetadata,
  recropForFocalPoint,
  refuseUrlUploads,
} from '../hooks/photoUpload'
import { reviewed } from './reviewed'

/** Payload makes the renditions (one pass each, shrinking on load); `recropForFocalPoint` re-cuts them off-centre. */
export const PHOTO_SIZES: ImageSize[] = RENDITIONS.map((r) => ({
  name: r.name,
  width: r.width,
  height: r.height,
  formatOptions: r.formatOptions,
}))

/** Payload's own (hidden) focalX/focalY fields, made visible and range-checked; kept across re-uploads by keepFocalPoint. */
const focalAxis = (name: 'focalX' | 'focalY', label: string, description: string): Field => ({
  name,
  label,
  type: 'number',
  min: 0,
  max: 100,
  hooks: { beforeValidate: [keepFocalPoint(name)] },
  admin: { hidden: false, position: 'sidebar', description },
})

const holdCaption: CollectionBeforeChangeHook = ({ data, req }) => {
  holdDefaultCaption(req, data)
  return data
}
const storeCaption: CollectionAfterChangeHook = async ({ doc, req }) => {
  await storeDefaultCaption(req, doc)
  return doc
}

export const Photos: CollectionConfig = reviewed('photos', {
  labels: { singular: 'Photo', plural: 'Photos' },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'alt', 'credit', '_status'], group: 'Photo desk' },
  access: reviewedItemAccess('photo_desk', 'editor'),
  hooks: {
    beforeOperation: [cleanUpload],
    beforeChange: [prefillFromMetadata, holdCaption],
    afterChange: [storeCaption, recropForFocalPoint],
  },
  upload: {
    staticDir: getEnv().mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff'],
    imageSizes: PHOTO_SIZES,
    adminThumbnail: 'thumbnail',
    // Payload's own focal-point resizing decodes and encodes every size twice at full resolution; the focal point
    // is kept in our own fields below and applied by recropForFocalPoint, only when it is off-centre.
    focalPoint: false,
    crop: true,
    // Pictures come as files, through the upload gate; Payload's paste-a-URL fetch would go around it.
    pasteURL: false,
    externalFileHeaderFilter: refuseUrlUploads,
    // Imported articles create photo records before the desk has the picture; the site skips them until then.
    filesRequiredOnCreate: false,
  },
  fields: [
    leftOutOfDiffs(
      internal({
        // What the admin calls the photo (headings, breadcrumbs, relationship pickers): its alt text, else its file name.
        name: 'title',
        type: 'text',
        admin: { hidden: true },
        hooks: {
          beforeChange: [
            ({ data, originalDoc }) =>
              String(data?.alt ?? originalDoc?.alt ?? '').trim() || data?.filename || originalDoc?.filename || null,
          ],
        },
      }),
    ),
    {
      name: 'metadataPrefill',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/MetadataPrefill#MetadataPrefill' } },
    },
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Describes the picture for readers who cannot see it.' },
    },
    {
      // Stored as the photo's default Caption (articles may still write their own); reviewed with the photo.
      name: 'defaultCaption',
      label: 'Caption',
      type: 'textarea',
      virtual: true,
      maxLength: 2000,
      hooks: { afterRead: [readDefaultCaption] },
      admin: {
        description:
          'Printed under the photo wherever an article has no caption of its own. Approved and published with the photo.',
      },
    },
    {
      name: 'runsWithoutCaption',
      label: 'Runs without a caption',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'The desk’s choice: stories may go live with this photo and no caption under it.',
      },
    },
    creditLineField('credit'),
    {
      type: 'row',
      fields: [
        { name: 'photographer', type: 'text', maxLength: 120 },
        { name: 'agency', type: 'text', maxLength: 120, label: 'Source / agency' },
      ],
    },
    {
      name: 'focalPointPicker',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/FocalPointPicker#FocalPointPicker' } },
    },
    focalAxis(
      'focalX',
      'Focal point, across (%)',
      '0 = left edge, 100 = right edge; empty = centre. Crops keep this point in frame.',
    ),
    focalAxis('focalY', 'Focal point, down (%)', '0 = top, 100 = bottom; empty = centre.'),
    { name: 'dateTaken', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'copyright', type: 'text', maxLength: 200 },
    {
      name: 'usageTerms',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'The supplier’s terms of use (ninjs/IPTC usage terms), e.g. "Editorial use only".' },
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      admin: { description: 'From the picture’s IPTC/XMP keywords; editable.' },
    },
    internal({
      name: 'duplicateOf',
      type: 'relationship',
      relationTo: 'photos',
      access: setByServerOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The same bytes were uploaded before as this photo.',
        // Review information: shown only when there is something to review.
        condition: (data) => Boolean(data?.duplicateOf),
      },
    }),
    leftOutOfDiffs(
      internal({
        name: 'contentHash',
        type: 'text',
        index: true,
        access: setByServerOnly,
        admin: { hidden: true },
      }),
    ),
    internal({
      name: 'needsImage',
      label: 'Image missing',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Set by the importer: the article had a picture here, but no file came with it.',
        condition: (data) => Boolean(data?.needsImage),
      },
      hooks: {
        // Uploading the picture settles it.
        beforeChange: [({ value, req }) => (req.file ? false : value)],
      },
    }),
    createdByField,
    importSourceField,
    importVersionField,
  ],
})
