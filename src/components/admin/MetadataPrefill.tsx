'use client'
import { useForm, useFormFields } from '@payloadcms/ui'
import exifr from 'exifr'
import { useEffect, useState } from 'react'

import {
  EXIFR_OPTIONS,
  isEmptyField,
  photoFieldsFromMetadata,
  photoMetadata,
  segmentsFromExifr,
} from '@/domain/photos/metadata'

/**
 * Reads the chosen picture's IPTC/XMP in the browser and fills the fields the desk left empty, so nobody starts
 * typing a credit the picture already carries. The server reads the same metadata again on save and keeps what
 * the desk typed; this only shows it early.
 */
export function MetadataPrefill() {
  const file = useFormFields(([fields]) => fields.file?.value as File | null | undefined)
  const { dispatchFields, getDataByPath, setModified } = useForm()
  const [filled, setFilled] = useState<string[]>([])

  useEffect(() => {
    if (!(file instanceof File)) return
    let cancelled = false
    void exifr
      .parse(file, EXIFR_OPTIONS as unknown as Parameters<typeof exifr.parse>[1])
      .catch(() => null)
      .then((raw) => {
        if (cancelled) return
        const fields = photoFieldsFromMetadata(photoMetadata(segmentsFromExifr(raw)))
        const done: string[] = []
        for (const [path, value] of Object.entries(fields)) {
          if (!value || !isEmptyField(getDataByPath(path))) continue
          dispatchFields({ type: 'UPDATE', path, value })
          done.push(path)
        }
        if (done.length) setModified(true)
        setFilled(done)
      })
    return () => {
      cancelled = true
    }
    // Once per chosen file: re-running on every form change would refill what the desk just cleared.
  }, [file])

  if (!filled.length) return null
  return (
    <p data-metadata-prefill style={{ fontSize: 13, opacity: 0.8, margin: '0 0 16px' }}>
      Filled from the picture: {filled.length} field{filled.length === 1 ? '' : 's'}. Check them before you save.
    </p>
  )
}
