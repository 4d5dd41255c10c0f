import type { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Field } from 'payload'

const DEFERRED_FIELD = '@/components/admin/DeferredField#DeferredField'
const DEFERRED_EDITOR = '@/components/admin/richtext/DeferredBody#DeferredBody'

/** Field types whose stock component DeferredField can stand for (a form input with a label). */
const DEFERRABLE = new Set(['text', 'textarea', 'select', 'relationship', 'upload', 'date', 'number', 'checkbox'])

type AdminOf = { hidden?: boolean; position?: string; components?: { Field?: unknown } }
const adminOf = (field: Field) => ('admin' in field ? (field.admin as AdminOf | undefined) : undefined)

/**
 * The field, mounted in the form only once the form can be typed into (see DeferredField): for lookups and pickers
 * nobody uses in the first second of opening a story. Fields with their own component or hidden ones are left as
 * they are.
 */
export function deferredUntilFormReady<F extends Field>(field: F): F {
  const admin = adminOf(field)
  if (!DEFERRABLE.has(field.type) || admin?.hidden || admin?.components?.Field) return field
  return { ...field, admin: { ...admin, components: { ...admin?.components, Field: DEFERRED_FIELD } } } as F
}

/** Every sidebar field of a form deferred (the main column, where the story is typed, mounts at once). */
export const deferredSidebar = (fields: Field[]): Field[] =>
  fields.map((field) => (adminOf(field)?.position === 'sidebar' ? deferredUntilFormReady(field) : field))

/**
 * A Lexical editor whose field shows its text at once and mounts the editor when nobody is typing, or when someone
 * reaches for it (see DeferredEditor): the editor's mount no longer lands on the form's first keystrokes.
 */
type LexicalProvider = ReturnType<typeof lexicalEditor>

export function deferredEditorMount(provider: LexicalProvider): LexicalProvider {
  return async (args) => {
    const adapter = await provider(args)
    const entry = adapter.FieldComponent
    return {
      ...adapter,
      FieldComponent: typeof entry === 'object' && entry ? { ...entry, path: DEFERRED_EDITOR } : DEFERRED_EDITOR,
      generateImportMap: (importMapArgs) => {
        adapter.generateImportMap?.(importMapArgs)
        importMapArgs.addToImportMap(DEFERRED_EDITOR)
      },
    }
  }
}
