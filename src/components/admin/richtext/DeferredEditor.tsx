'use client'
import type { RichTextField as StockField } from '@payloadcms/richtext-lexical/client'
import { FieldLabel, useFormFields, useFormInitializing } from '@payloadcms/ui'
import { type ComponentProps, lazy, startTransition, Suspense, use, useEffect, useMemo, useRef, useState } from 'react'

import type { LexicalDocument } from '@/domain/richtext/body'

import { afterQuietMoment, browserIdle } from '../quietMoment'
import { bodyPreviewHtml } from './bodyPreviewHtml'
import { caretInBlock, caretInPreview, type CaretPlace } from './caret'

/** Nobody typed or clicked for 200 ms (longer than the gap between a typist's keys), then an idle moment. */
const QUIET = { quietMs: 200, idleTimeoutMs: 200 }

export type EditorProps = ComponentProps<typeof StockField>

/**
 * Payload's editor and everything it is built from are loaded only for the editor: as a module of this page, or
 * through the props of its features, they were evaluated before the form could be used.
 */
const loadStockField = () => import('@payloadcms/richtext-lexical/client')
const RichTextField = lazy(() => loadStockField().then((m) => ({ default: m.RichTextField })))

function Editor({ editor }: { editor: Promise<EditorProps> }) {
  return <RichTextField {...use(editor)} />
}

/** How long to wait for the editor to appear before giving up on placing the caret. */
const CARET_WAIT_MS = 5000

/**
 * The story's rich-text field, shown at once as its text and turned into Payload's editor when nobody is typing
 * (or at once, where someone clicks or tabs into it). Mounting the editor blocks the page for ~70–150 ms; done
 * with the form, it landed right when the headline became editable and swallowed the first keystrokes.
 */
export function DeferredEditor({
  field,
  path,
  editor,
}: {
  field: EditorProps['field']
  path: string
  /** Payload's props for its editor, read when the editor mounts (its features' components are in them). */
  editor: Promise<EditorProps>
}) {
  const initializing = useFormInitializing()
  const value = useFormFields(([fields]) => fields[path]?.value as LexicalDocument | undefined)
  const html = useMemo(() => bodyPreviewHtml(value), [value])
  const [mounted, setMounted] = useState(false)
  const [caret, setCaret] = useState<CaretPlace | null>(null)
  const preview = useRef<HTMLDivElement>(null)
  // A click focuses too: the first of the two says where the caret goes.
  const reached = useRef(false)

  useEffect(() => {
    if (initializing || mounted) return
    // The editor's code and props are made ready at the first idle moment (Payload would fetch its code only once
    // the editor renders), so mounting it later waits on nothing but its own work. Not earlier: that competed with
    // building the form.
    const preparing = browserIdle.request(() => {
      void loadStockField()
      void import('@masthead/lexical-editor-code')
      editor.then(
        () => undefined,
        () => undefined,
      )
    }, QUIET.idleTimeoutMs)
    const cancelMount = afterQuietMoment(document, () => startTransition(() => setMounted(true)), QUIET)
    return () => {
      browserIdle.cancel(preparing)
      cancelMount()
    }
  }, [initializing, mounted, editor])

  // Once the editor is in the page, the caret goes where the person clicked (or to the start, when tabbed into).
  useEffect(() => {
    if (!mounted || !caret) return
    const started = performance.now()
    let frame = requestAnimationFrame(function place() {
      const root = document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(path)}"] [data-lexical-editor]`)
      if (root && root.isContentEditable) caretInBlock(root, caret)
      else if (performance.now() - started < CARET_WAIT_MS) frame = requestAnimationFrame(place)
    })
    return () => cancelAnimationFrame(frame)
  }, [mounted, caret, path])

  const reachFor = (place: CaretPlace) => {
    if (reached.current) return
    reached.current = true
    setCaret(place)
    setMounted(true)
  }
  const shown = (
    <div
      className="field-type rich-text-lexical rich-text-lexical--show-gutter"
      data-field-path={path}
      data-body-preview
    >
      <div className="rich-text-lexical__label-row">
        <FieldLabel label={field.label} path={path} required={field.required} />
      </div>
      <div className="rich-text-lexical__wrap">
        {/* The toolbar's place, so the text does not move when the editor comes. */}
        <div className="fixed-toolbar" style={{ minHeight: 42, boxSizing: 'border-box' }} aria-hidden />
        <div className="editor-container">
          <div className="editor-scroller">
            <div className="editor">
              <div
                ref={preview}
                className="ContentEditable__root"
                role="textbox"
                aria-multiline
                aria-label={typeof field.label === 'string' ? field.label : path}
                tabIndex={0}
                onPointerDown={(event) =>
                  reachFor(caretInPreview(preview.current!, event.clientX, event.clientY) ?? { block: 0, offset: 0 })
                }
                onFocus={() => reachFor({ block: 0, offset: 0 })}
                dangerouslySetInnerHTML={{ __html: html }}
              />
            </div>
          </div>
          <div className="insert-paragraph-at-end" aria-hidden />
        </div>
      </div>
    </div>
  )
  if (!mounted) return shown
  // Until its code is in, the editor's place shows the text as it was.
  return (
    <Suspense fallback={shown}>
      <Editor editor={editor} />
    </Suspense>
  )
}
