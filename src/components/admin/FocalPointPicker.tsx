'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import type React from 'react'

/**
 * Click the picture to set the point every crop keeps in frame (stored in focalX/focalY as percentages).
 * The number fields below it stay editable for precise values; "Centre" clears the point.
 */
export function FocalPointPicker() {
  const x = useField<number | null>({ path: 'focalX' })
  const y = useField<number | null>({ path: 'focalY' })
  // The whole picture (a rendition may already be cropped, which would shift every percentage).
  const src = useFormFields(([fields]) => (fields.url?.value ?? null) as string | null)
  if (!src) return null
  const fx = typeof x.value === 'number' ? x.value : 50
  const fy = typeof y.value === 'number' ? y.value : 50
  const pick = (event: React.MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    x.setValue(Math.round(((event.clientX - box.left) / box.width) * 1000) / 10)
    y.setValue(Math.round(((event.clientY - box.top) / box.height) * 1000) / 10)
  }
  return (
    <div style={{ marginBottom: 16 }}>
      <div style={{ fontSize: 13, marginBottom: 6 }}>Focal point: click the subject</div>
      <div role="presentation" onClick={pick} style={{ position: 'relative', cursor: 'crosshair', lineHeight: 0 }}>
        <img src={src} alt="" style={{ width: '100%', height: 'auto', borderRadius: 4 }} />
        <span
          aria-hidden="true"
          style={{
            position: 'absolute',
            left: `${fx}%`,
            top: `${fy}%`,
            width: 18,
            height: 18,
            marginLeft: -9,
            marginTop: -9,
            borderRadius: '50%',
            border: '2px solid #fff',
            boxShadow: '0 0 0 2px #000',
            pointerEvents: 'none',
          }}
        />
      </div>
      <button
        type="button"
        onClick={() => {
          x.setValue(null)
          y.setValue(null)
        }}
        style={{ marginTop: 6, fontSize: 12 }}
      >
        Centre
      </button>
    </div>
  )
}
