import type { SerializedAutoLinkNode, SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { Article, Caption, Photo } from '@/payload-types'
import type { ArticlePage } from '@/server/queries'

import { isBlankParagraph } from '@/domain/richtext/body'
import { isSafeLinkTarget } from '@/domain/urls'

import { Figure } from './Figure'

type InlinePhotoFields = {
  blockType: 'inlinePhoto'
  photo?: number | Photo | null
  caption?: number | Caption | null
  captionText?: string | null
}

export function ArticleBody({
  body,
  captionFor,
}: {
  body: NonNullable<Article['body']>
  captionFor: ArticlePage['captionFor']
}) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    // Empty lines left in the editor are not gaps on the page.
    paragraph: (args) => {
      if (isBlankParagraph(args.node as never)) return null
      const render = defaultConverters.paragraph
      return typeof render === 'function' ? render(args) : render
    },
    // Checked on save too; a link that is not safe (data:, vbscript:, …) is shown as its text, never as a link.
    link: (args: {
      node: SerializedLinkNode
      nodesToJSX: (a: { nodes: SerializedLinkNode['children'] }) => React.ReactNode[]
    }) => safeLink(args),
    autolink: (args: {
      node: SerializedAutoLinkNode
      nodesToJSX: (a: { nodes: SerializedAutoLinkNode['children'] }) => React.ReactNode[]
    }) => safeLink(args),
    blocks: {
      inlinePhoto: ({ node }: { node: SerializedBlockNode<InlinePhotoFields> }) => {
        const photo = node.fields.photo
        // An unpublished photo comes back as a bare id: it is simply not shown.
        if (!photo || typeof photo !== 'object') return null
        return <Figure photo={photo} caption={captionFor(photo.id, node.fields.caption, node.fields.captionText)} />
      },
    },
  })
  return <RichText className="article__body" data={body as never} converters={converters} disableContainer={false} />
}

function safeLink({
  node,
  nodesToJSX,
}: {
  node: SerializedLinkNode | SerializedAutoLinkNode
  nodesToJSX: (a: { nodes: never }) => React.ReactNode[]
}) {
  const children = nodesToJSX({ nodes: node.children as never })
  const url = node.fields.linkType === 'internal' ? null : node.fields.url
  if (!url || !isSafeLinkTarget(url)) return <span>{children}</span>
  return (
    <a
      href={url}
      rel={node.fields.newTab ? 'noopener noreferrer' : undefined}
      target={node.fields.newTab ? '_blank' : undefined}
    >
      {children}
    </a>
  )
}
