import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

import { recropForFocalPoint } from '../hooks/photoUpload'
import type { MediaStoreConfig } from '../server/env'
import { s3ClientConfig } from '../server/photos/store'

/**
 * Photo files in MEDIA_DIR, or in an S3-compatible bucket shared by every web node (`@payloadcms/storage-s3`). The
 * upload gate runs first either way (sniffing, stripping, pixel cap: a `beforeOperation` hook, before the plugin
 * sees the file), and readers still get each file through Payload's route, where a photo's read access decides: an
 * unpublished picture is not served from the bucket either. The plugin's fields (`prefix`, `_objectKey`) are in the
 * schema whatever the store, so that one set of migrations fits every deployment.
 */
export function photoStorage(store: MediaStoreConfig): Plugin[] {
  const s3 = store.kind === 's3' ? store : null
  return [
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? 'photos',
      config: s3 ? s3ClientConfig(s3) : {},
      collections: { photos: { prefix: s3?.prefix ?? '' } },
    }),
    focalCropsAfterStorage,
  ]
}

/**
 * The plugin stores files in its own afterChange hook, added after ours; focal re-crops work on stored files, so
 * they move to the end.
 */
const focalCropsAfterStorage: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => {
    const afterChange = collection.hooks?.afterChange
    if (collection.slug !== 'photos' || !afterChange?.includes(recropForFocalPoint)) return collection
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...afterChange.filter((h) => h !== recropForFocalPoint), recropForFocalPoint],
      },
    }
  }),
})
