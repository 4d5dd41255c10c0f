import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { Article, Caption, Photo } from '@/payload-types'
import type { ArticlePage } from '@/server/queries'

import { Figure } from './Figure'

type InlinePhotoFields = { blockType: 'inlinePhoto'; photo?: number | Photo | null; caption?: number | Caption | null }

export function ArticleBody({ body, captionFor }: { body: NonNullable<Article['body']>; captionFor: ArticlePage['captionFor'] }) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      inlinePhoto: ({ node }: { node: SerializedBlockNode<InlinePhotoFields> }) => {
        const photo = node.fields.photo
        // An unpublished photo comes back as a bare id: it is simply not shown.
        if (!photo || typeof photo !== 'object') return null
        return <Figure photo={photo} caption={captionFor(photo.id, node.fields.caption)} />
      },
    },
  })
  return <RichText className="article__body" data={body as never} converters={converters} disableContainer={false} />
}
