'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { $isTextNode, ParagraphNode } from '@payloadcms/richtext-lexical/lexical'
import { $createListItemNode, $createListNode, $isListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

import { bulletMarkerLength } from '@/domain/richtext/bullets'

/**
 * A paragraph that starts with the house bullet ("——") becomes an item of a bullet list — whether typed or pasted
 * as lines of copy — and joins the list right before it, so three pasted lines make one list of three.
 */
function BulletLinesPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerNodeTransform(ParagraphNode, (paragraph) => {
        const marker = bulletMarkerLength(paragraph.getTextContent())
        const first = paragraph.getFirstChild()
        if (!marker || !$isTextNode(first) || first.getTextContentSize() < marker) return
        const rest = first.getTextContent().slice(marker)
        if (rest) first.setTextContent(rest)
        else first.remove()
        const item = $createListItemNode()
        item.append(...paragraph.getChildren())
        const before = paragraph.getPreviousSibling()
        const after = paragraph.getNextSibling()
        if ($isListNode(before) && before.getListType() === 'bullet') {
          before.append(item)
          paragraph.remove()
        } else {
          const list = $createListNode('bullet')
          list.append(item)
          paragraph.replace(list)
        }
        // A list right after joins too (a line pasted between two items).
        const list = item.getParent()
        if ($isListNode(list) && $isListNode(after) && after.getListType() === 'bullet') {
          list.append(...after.getChildren())
          after.remove()
        }
      }),
    [editor],
  )
  return null
}

export const BulletLinesFeatureClient = createClientFeature({
  plugins: [{ Component: BulletLinesPlugin, position: 'normal' }],
})
