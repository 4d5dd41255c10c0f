import path from 'node:path'
import sharp from 'sharp'

import { type FocalPoint, focalCrop } from '../../domain/photos/focalCrop'
import type { Rendition } from '../../domain/photos/renditions'
import type { MediaStore, StoredPhotoFiles } from './store'

type StoredPhoto = StoredPhotoFiles & {
  filename?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
}

/**
 * Re-cuts the renditions whose shape differs from the picture's so that the focal point stays in frame, from the
 * stored (already upright, metadata-free) original, wherever the photos are stored. Each file is replaced whole, so a
 * reader never gets half a picture. Returns the names of the renditions re-cut.
 */
export async function recropAroundFocalPoint(
  store: MediaStore,
  photo: StoredPhoto,
  focal: FocalPoint,
  renditions: Rendition[],
): Promise<string[]> {
  if (!photo.filename || !photo.width || !photo.height || !photo.sizes) return []
  const source = { width: photo.width, height: photo.height }
  const cropping = renditions.filter((r) => {
    const stored = photo.sizes?.[r.name]?.filename
    return (
      stored && stored === path.basename(stored) && Math.abs(r.width / r.height - source.width / source.height) >= 0.01
    )
  })
  if (!cropping.length) return []
  // One decode, at the largest size any crop needs; every rendition is cut from those pixels.
  const largest = cropping.map((r) => focalCrop(source, r).resize).reduce((a, b) => (b.width > a.width ? b : a))
  const { data: pixels, info } = await sharp(await store.read(photo, photo.filename))
    .resize(largest.width, largest.height, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true })
  const decoded = { width: info.width, height: info.height }
  const recut: string[] = []
  await Promise.all(
    cropping.map(async (r) => {
      const stored = photo.sizes![r.name]!.filename!
      const plan = focalCrop(decoded, r, focal)
      const bytes = await sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } })
        .resize(plan.resize.width, plan.resize.height, { fit: 'fill' })
        .extract(plan.extract)
        .toFormat(r.formatOptions.format, r.formatOptions.options)
        .toBuffer()
      await store.write(photo, stored, bytes, `image/${r.formatOptions.format}`)
      recut.push(r.name)
    }),
  )
  return recut
}
