import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

export const ORPHANS_DIR = '.orphans'

type PhotoFiles = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | null | undefined> | null
}

/** Every file name a photo row refers to: the original and each rendition. */
export function referencedFiles(photos: PhotoFiles[]): Set<string> {
  const names = new Set<string>()
  for (const photo of photos) {
    if (photo.filename) names.add(photo.filename)
    for (const size of Object.values(photo.sizes ?? {})) if (size?.filename) names.add(size.filename)
  }
  return names
}

/**
 * Files in the media folder that no photo refers to — what an upload killed between writing its files and
 * committing its row leaves. They are moved aside (`.orphans/<date>/`), not deleted: a person can still look.
 * `minAgeMs` spares files younger than that, which another process sharing the folder may be committing right now.
 */
export async function sweepOrphanMedia(
  payload: Payload,
  mediaDir: string,
  { minAgeMs }: { minAgeMs: number },
): Promise<string[]> {
  if (!fs.existsSync(mediaDir)) return []
  const { docs } = await payload.find({
    collection: 'photos',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { filename: true, sizes: true } as never,
  })
  const referenced = referencedFiles(docs as PhotoFiles[])
  const now = Date.now()
  const moved: string[] = []
  const aside = path.join(mediaDir, ORPHANS_DIR, new Date().toISOString().slice(0, 10))
  for (const entry of fs.readdirSync(mediaDir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || referenced.has(entry.name)) continue
    const file = path.join(mediaDir, entry.name)
    if (now - fs.statSync(file).mtimeMs < minAgeMs) continue
    fs.mkdirSync(aside, { recursive: true })
    fs.renameSync(file, path.join(aside, entry.name))
    moved.push(entry.name)
  }
  if (moved.length)
    payload.logger.warn({
      msg: `Moved ${moved.length} media files no photo refers to into ${path.relative(mediaDir, aside)}`,
      files: moved.slice(0, 20),
    })
  return moved
}
