import { RscEntryLexicalField } from '@payloadcms/richtext-lexical/rsc'
import type { ComponentProps, ReactElement } from 'react'

import { DeferredEditor } from './DeferredEditor'

type EntryArgs = Parameters<typeof RscEntryLexicalField>[0]

/**
 * Payload's server entry for a Lexical field (features, initial block state), rendered as DeferredEditor instead
 * of the editor itself: the same props, the editor mounted later.
 */
export async function DeferredBody(args: EntryArgs) {
  const entry = (await RscEntryLexicalField(args)) as ReactElement<ComponentProps<typeof DeferredEditor>>
  return <DeferredEditor {...entry.props} />
}
