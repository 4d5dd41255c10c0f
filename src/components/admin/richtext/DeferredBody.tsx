import { RscEntryLexicalField } from '@payloadcms/richtext-lexical/rsc'
import type { ReactElement } from 'react'

import { DeferredEditor, type EditorProps } from './DeferredEditor'

type EntryArgs = Parameters<typeof RscEntryLexicalField>[0]

/**
 * Payload's server entry for a Lexical field (features, initial block state), rendered as DeferredEditor instead of
 * the editor itself. The entry's props go as a promise: sent after the page's first part, and read in the browser
 * only when the editor mounts.
 */
export function DeferredBody(args: EntryArgs) {
  // Payload's own entry always renders its RichTextField element.
  const entry = RscEntryLexicalField(args) as Promise<ReactElement<EditorProps>>
  const field = args.clientField as EditorProps['field']
  return <DeferredEditor field={field} path={args.path ?? field.name} editor={entry.then(({ props }) => props)} />
}
