import { diffWords } from 'diff'

import { type LexicalDocument, plainText } from './richtext/body'
import { WORKFLOW_FACTS } from './workflow/table'

/**
 * What an editor would lose in a conflict: the text they typed that is neither saved nor on the server. Three
 * versions take part — the document as the editor's form last loaded or saved it (`base`), the form now (`mine`)
 * and the server's latest revision (`theirs`) — so that only the editor's own unsaved edits count, not the
 * differences of a copy that was merely stale.
 */
export type ConflictPart = { text: string; side: 'both' | 'theirs' | 'mine' }
export type TextConflict = { path: string; mine: string; theirs: string; parts: ConflictPart[] }

/** Fields nobody types: ids, timestamps, the workflow's own facts and computed text. */
const NOT_TYPED = new Set<string>([
  ...WORKFLOW_FACTS,
  'id',
  'baseVersion',
  'editSession',
  '_status',
  'assignee',
  'searchText',
  'createdAt',
  'updatedAt',
  'blockType',
  'blockName',
  // An upload's file facts, set by the server from the file (a related link's typed `url` still counts).
  'filename',
  'mimeType',
  'thumbnailURL',
  'sizes',
  'contentHash',
])

const isRichText = (value: unknown): value is LexicalDocument =>
  Boolean(
    value && typeof value === 'object' && 'root' in value && typeof (value as { root: unknown }).root === 'object',
  )

/** Every typed text of a document by its path (`corrections.0.note`), rich text as its plain text. */
export function typedTexts(doc: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (doc === null || doc === undefined) return out
  if (typeof doc === 'string') {
    if (prefix) out.set(prefix, doc)
    return out
  }
  if (isRichText(doc)) {
    out.set(prefix, plainText(doc))
    return out
  }
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => typedTexts(item, prefix ? `${prefix}.${i}` : String(i), out))
    return out
  }
  if (typeof doc === 'object') {
    for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
      if (NOT_TYPED.has(key)) continue
      typedTexts(value, prefix ? `${prefix}.${key}` : key, out)
    }
  }
  return out
}

/** A word-level diff from their text to mine. */
export function wordDiff(theirs: string, mine: string): ConflictPart[] {
  return diffWords(theirs, mine).map((change) => ({
    text: change.value,
    side: change.added ? 'mine' : change.removed ? 'theirs' : 'both',
  }))
}

/**
 * The edits in `mine` (relative to `base`) that `theirs` does not have, one per field, with a word diff. Empty when
 * nothing the editor typed would be lost.
 */
export function unsavedEdits(base: unknown, mine: unknown, theirs: unknown): TextConflict[] {
  return missingFrom(theirs, changedTexts(base, mine))
}

/** A document's typed texts: the document, or texts already read from it (`typedTexts`, `FormTexts`). */
type Texts = unknown
const textsOf = (doc: Texts): Map<string, string> =>
  doc instanceof Map ? (doc as Map<string, string>) : typedTexts(doc)

/**
 * The typed texts of a form whose state is flat (one entry per field path, as Payload's form keeps it), read again
 * only for the fields whose state changed since the last call: a keystroke changes one field, and reading the rest
 * (a long story's body above all) on every key made typing slow. Gives what `typedTexts` gives for the form's values.
 */
export class FormTexts {
  private readonly byField = new Map<string, { state: unknown; texts: Map<string, string> }>()

  update(fields: Record<string, { value?: unknown } | undefined>): Map<string, string> {
    const all = new Map<string, string>()
    for (const [path, state] of Object.entries(fields)) {
      let known = this.byField.get(path)
      if (!known || known.state !== state) {
        const skipped = path.split('.').some((part) => NOT_TYPED.has(part))
        known = { state, texts: skipped ? new Map() : typedTexts(state?.value, path) }
        this.byField.set(path, known)
      }
      for (const [textPath, text] of known.texts) all.set(textPath, text)
    }
    for (const path of this.byField.keys()) if (!(path in fields)) this.byField.delete(path)
    return all
  }
}

/** The texts the editor changed relative to `base`: what a form would lose if it were closed now. */
export function changedTexts(base: Texts, mine: Texts): TypedText[] {
  const was = textsOf(base)
  return [...textsOf(mine)]
    .filter(([path, text]) => (was.get(path) ?? '') !== text)
    .map(([path, text]) => ({ path, mine: text }))
}
export type TypedText = { path: string; mine: string }

/**
 * Journalled texts that a form lost without saving them: the form was put back to the saved document (`base`) at
 * that path, and the saved document does not hold the text.
 */
export function resetTexts(journal: TypedText[], base: Texts, form: Texts): TypedText[] {
  const [saved, now] = [textsOf(base), textsOf(form)]
  return journal.filter(
    ({ path, mine }) => (now.get(path) ?? '') === (saved.get(path) ?? '') && (saved.get(path) ?? '') !== mine,
  )
}

/** Those of the editor's texts that the document `theirs` does not hold, with a word diff against it. */
export function missingFrom(theirs: Texts, texts: TypedText[]): TextConflict[] {
  const server = textsOf(theirs)
  return texts.flatMap(({ path, mine }) => {
    const their = server.get(path) ?? ''
    return their === mine ? [] : [{ path, mine, theirs: their, parts: wordDiff(their, mine) }]
  })
}

/** The editor's side of the conflicts as plain text to paste elsewhere: one block per field. */
export function conflictCopyText(conflicts: TextConflict[], labelOf: (path: string) => string = (p) => p): string {
  return conflicts.map((c) => `${labelOf(c.path)}:\n${c.mine}`).join('\n\n')
}
