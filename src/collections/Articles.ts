import { BlocksFeature, FixedToolbarFeature, HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { reviewedItemAccess, serverOnly } from '../access'
import { InlinePhoto } from '../blocks/InlinePhoto'
import { untouchedStoryEndpoint } from '../endpoints/untouchedStory'
import { ninjsEndpoint } from '../endpoints/ninjs'
import { translateEndpoint, translationStatusEndpoint } from '../endpoints/translate'
import { BulletLinesFeature } from '../fields/bulletLines'
import { captionForPhotoField, captionTextField } from '../fields/captionForPhoto'
import { deferredEditorMount, deferredUntilFormReady } from '../fields/deferred'
import { type LexicalDocument, plainText } from '../domain/richtext/body'
import { checkWebUrl, unsafeLinkIn } from '../domain/urls'
import { refusal } from '../server/errors'
import { dropDeletedArticle, indexLiveArticle } from '../hooks/searchIndex'
import { slugField } from '../fields/slug'
import { importSourceField, importVersionField } from '../fields/importSource'
import { internal, leftOutOfDiffs } from '../fields/internal'
import { createdByField, firstPublishedAtField } from '../fields/stamps'
import { languageField, translationFields } from '../fields/translation'
import { reviewed } from './reviewed'

/** Features the editors get; the site's renderer handles exactly these. */
const UNUSED_FEATURES = new Set([
  'heading',
  'upload',
  'relationship',
  'checklist',
  'inlineCode',
  'superscript',
  'subscript',
])

export const articleBodyEditor = deferredEditorMount(
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((f) => !UNUSED_FEATURES.has(f.key)),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      BlocksFeature({ blocks: [InlinePhoto] }),
      FixedToolbarFeature(),
      BulletLinesFeature(),
    ],
  }),
)

export const Articles: CollectionConfig = reviewed('articles', {
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'section', 'releasedAt', '_status', 'updatedAt'],
    group: 'Newsroom',
    listSearchableFields: ['headline', 'deck', 'slug'],
    preview: (doc) => (doc?.id ? `/preview/articles/${doc.id}` : null),
    // A story nobody gave a headline is one opened with "Create New" and abandoned (a closed tab, so the admin
    // could not remove it): it is not work to list.
    baseFilter: () => ({ headline: { exists: true } }),
  },
  access: reviewedItemAccess('editor'),
  // Saved within about a second of the last keystroke (Payload waits this long after typing stops).
  versions: { drafts: { autosave: { interval: 400 } }, maxPerDoc: 100 },
  // The public lists (home, feeds, sitemaps, search; sections) filter on status and section and sort by release
  // time. Without these, each list reads every row, body included, and slows with the size of the archive.
  // The same goes for a story's editions (its translation group): with the status index alone, SQLite read every
  // live story, body included, on every article page.
  indexes: [
    // Listings filter by edition (language) too: with it in the index, a page's count is read from the index alone
    // instead of one table row per live story (~20 ms on 1,000 stories).
    { fields: ['_status', 'releasedAt', 'language'] },
    { fields: ['section', '_status', 'releasedAt', 'language'] },
    { fields: ['_status', 'translationGroup'] },
  ],
  endpoints: [ninjsEndpoint, untouchedStoryEndpoint, translateEndpoint, translationStatusEndpoint],
  hooks: { afterChange: [indexLiveArticle], afterDelete: [dropDeletedArticle] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Story',
          fields: [
            { name: 'headline', type: 'text', required: true, maxLength: 300 },
            {
              name: 'displayHeadline',
              type: 'text',
              maxLength: 300,
              admin: { description: 'Optional headline for the article page, when it differs from the one in lists.' },
            },
            {
              name: 'deck',
              type: 'textarea',
              maxLength: 1000,
              admin: { description: 'The summary under the headline.' },
            },
            {
              name: 'hero',
              type: 'group',
              fields: [
                deferredUntilFormReady({ name: 'photo', type: 'upload', relationTo: 'photos' }),
                captionTextField,
                captionForPhotoField,
              ],
            },
            {
              name: 'body',
              type: 'richText',
              editor: articleBodyEditor,
              hooks: {
                beforeValidate: [
                  ({ value }) => {
                    const unsafe = unsafeLinkIn(value)
                    if (unsafe !== null) {
                      throw refusal(
                        'invalid_request',
                        `The body links to "${unsafe.slice(0, 80)}": links may go to http(s) addresses, mailto: or pages of this site only.`,
                      )
                    }
                    return value
                  },
                ],
              },
            },
            {
              name: 'leaveUntouched',
              type: 'ui',
              admin: { components: { Field: '@/components/admin/LeaveUntouched#LeaveUntouched' } },
            },
            {
              name: 'storyLength',
              type: 'ui',
              admin: { components: { Field: '@/components/admin/StoryLength#StoryLength' } },
            },
          ],
        },
        {
          label: 'Related & notes',
          fields: [
            {
              name: 'relatedLinks',
              type: 'relationship',
              relationTo: 'related-links',
              hasMany: true,
              admin: { description: 'Shown in this order at the end of the article.' },
            },
            {
              name: 'corrections',
              type: 'array',
              labels: { singular: 'Correction or update', plural: 'Corrections and updates' },
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'correction',
                  options: [
                    { label: 'Correction', value: 'correction' },
                    { label: 'Update', value: 'update' },
                  ],
                },
                // A new correction is dated now; the editor changes it only when it was made earlier.
                // Entered and shown in a named zone (the publication's by default), whatever the browser's zone.
                {
                  name: 'at',
                  type: 'date',
                  required: true,
                  timezone: true,
                  defaultValue: () => new Date().toISOString(),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                },
                { name: 'note', type: 'textarea', required: true, maxLength: 2000 },
              ],
            },
            {
              name: 'sourceUrl',
              type: 'text',
              maxLength: 2000,
              validate: (value: unknown) => {
                if (!value) return true
                const checked = checkWebUrl(String(value))
                return checked.ok ? true : checked.reason
              },
            },
          ],
        },
      ],
    },
    ...slugField('articles', 'headline', { freezeOnPublish: true }),
    languageField,
    ...translationFields,
    { name: 'section', type: 'relationship', relationTo: 'sections', index: true, admin: { position: 'sidebar' } },
    { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      // A new story is by whoever starts it; the desk adds or replaces names.
      defaultValue: ({ user }: { user?: { id: number | string } | null }) => (user ? [user.id] : undefined),
      admin: { position: 'sidebar', description: 'Shown with their titles, unless a free-text byline is set.' },
    },
    {
      name: 'bylineText',
      type: 'text',
      maxLength: 200,
      admin: {
        position: 'sidebar',
        description: 'Replaces the authors in the byline when set, e.g. "The editorial department of Qiushi magazine".',
      },
    },
    {
      name: 'releasedAt',
      type: 'date',
      index: true,
      timezone: true,
      // A story published without a release time is released when it first goes live.
      hooks: {
        beforeChange: [
          ({ value, siblingData }) =>
            value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value),
        ],
      },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Release time; shown to readers in the publication’s time zone.',
      },
    },
    firstPublishedAtField,
    leftOutOfDiffs(
      internal({
        // Plain text of the story for search; kept by the server from the headline, deck and body, and read only by
        // the search index (a second copy of the story in every API answer and form otherwise).
        name: 'searchText',
        type: 'textarea',
        access: serverOnly,
        admin: { hidden: true },
        hooks: {
          beforeChange: [
            ({ siblingData }) =>
              [
                siblingData.headline,
                siblingData.displayHeadline,
                siblingData.deck,
                plainText(siblingData.body as LexicalDocument),
              ]
                .filter(Boolean)
                .join('\n'),
          ],
        },
      }),
    ),
    createdByField,
    importSourceField,
    importVersionField,
  ],
})
