'use client'
import { fieldComponents, useFormInitializing, useTranslation } from '@payloadcms/ui'
import type { ClientFieldBase } from 'payload'
import { type FC, startTransition, useEffect, useState } from 'react'

type Label = string | Record<string, string> | false | undefined

function labelText(label: Label, language: string): string {
  if (!label) return ''
  if (typeof label === 'string') return label
  return label[language] ?? Object.values(label)[0] ?? ''
}

/**
 * A field the editor does not need in the first moment of the form: Payload's own field, mounted in a transition
 * once the form has initialized, with a box of the same shape until then. Payload keeps every field disabled until
 * its form has mounted and re-rendered once; each field hydrated before that moment delays the moment the headline
 * can be typed into (the sidebar's lookups and pickers were about half of it). Until then the field could not be
 * used anyway, and its value is in the form state from the start: nothing is saved differently.
 */
export function DeferredField(props: ClientFieldBase & { path?: string }) {
  const initializing = useFormInitializing()
  const [mounted, setMounted] = useState(false)
  const { i18n } = useTranslation()
  useEffect(() => {
    // A transition: React renders the fields in slices, and a keystroke in the meantime is handled first.
    if (!initializing && !mounted) startTransition(() => setMounted(true))
  }, [initializing, mounted])

  const Stock = fieldComponents[props.field.type as keyof typeof fieldComponents] as FC<ClientFieldBase> | undefined
  if (mounted && Stock) return <Stock {...props} />
  const field = props.field as { label?: Label; admin?: { description?: unknown } }
  const description = typeof field.admin?.description === 'string' ? field.admin.description : null
  return (
    <div className="field-type" data-deferred-field={props.path} aria-busy="true">
      <div className="field-label" style={{ pointerEvents: 'none' }}>
        {labelText(field.label, i18n.language)}
      </div>
      <div
        style={{
          minHeight: 'calc(var(--base) * 2)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s)',
          background: 'var(--theme-input-bg)',
        }}
      />
      {description && <div className="field-description">{description}</div>}
    </div>
  )
}
