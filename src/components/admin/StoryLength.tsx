'use client'
import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import { type LexicalDocument, plainText } from '@/domain/richtext/body'
import { lengthLabel, measureText } from '@/domain/richtext/wordCount'

/** Word count and reading time of the body as it is typed, beside the editor. */
export function StoryLength() {
  const body = useFormFields(([fields]) => fields.body?.value as LexicalDocument | undefined)
  const label = useMemo(() => lengthLabel(measureText(plainText(body))), [body])
  return (
    <p data-story-length style={{ fontSize: 13, opacity: 0.8, margin: '0 0 16px' }}>
      {label}
    </p>
  )
}
