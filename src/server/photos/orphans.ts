import type { Payload } from 'payload'

import type { MediaStore } from './store'

type PhotoFiles = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | null | undefined> | null
}

/** Every file name a photo row refers to: the original and each rendition. */
export function referencedFiles(photos: PhotoFiles[], names = new Set<string>()): Set<string> {
  for (const photo of photos) {
    if (photo.filename) names.add(photo.filename)
    for (const size of Object.values(photo.sizes ?? {})) if (size?.filename) names.add(size.filename)
  }
  return names
}

const BATCH = 500

/** Reads a collection (or its versions) a batch at a time, by id, so that no read holds the whole archive. */
async function eachBatch<T>(
  read: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>,
  use: (docs: T[]) => void,
): Promise<void> {
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await read(page)
    use(docs)
    if (!hasNextPage) return
  }
}

/**
 * What photos and their versions refer to. Versions count: a new file for a live photo lives only in its draft
 * until published, and an older version can be restored.
 */
async function filesInUse(payload: Payload): Promise<Set<string>> {
  const names = new Set<string>()
  const batch = { depth: 0, limit: BATCH, sort: 'id', overrideAccess: true } as const
  await eachBatch(
    (page) => payload.find({ collection: 'photos', ...batch, page, select: { filename: true, sizes: true } as never }),
    (docs) => referencedFiles(docs as PhotoFiles[], names),
  )
  await eachBatch(
    (page) =>
      payload.findVersions({
        collection: 'photos',
        ...batch,
        page,
        select: { version: { filename: true, sizes: true } } as never,
      }),
    (docs) =>
      referencedFiles(
        docs.map((d) => d.version as PhotoFiles),
        names,
      ),
  )
  return names
}

/**
 * Files in the photo store that no photo or version refers to — what an upload killed between storing its files
 * and committing its row leaves. They are moved aside (`.orphans/<date>/`), not deleted: a person can still look.
 * `minAgeMs` spares files younger than that, which another process sharing the store may be committing right now.
 */
export async function sweepOrphanMedia(
  payload: Payload,
  store: MediaStore,
  { minAgeMs }: { minAgeMs: number },
): Promise<string[]> {
  const stored = await store.list()
  if (!stored.length) return []
  const inUse = await filesInUse(payload)
  const now = Date.now()
  const day = new Date().toISOString().slice(0, 10)
  const moved: string[] = []
  let folder = ''
  for (const file of stored) {
    if (inUse.has(file.name) || now - file.modifiedMs < minAgeMs) continue
    folder = await store.moveAside(file, day)
    moved.push(file.name)
  }
  if (moved.length)
    payload.logger.warn({
      msg: `Moved ${moved.length} media files no photo refers to into ${folder}`,
      files: moved.slice(0, 20),
    })
  return moved
}
