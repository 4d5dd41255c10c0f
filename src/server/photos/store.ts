import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import type { CollectionConfig } from 'payload'

import { getEnv, type MediaStoreConfig, type S3Config } from '../env'

/** What locates a photo's files: its own file name and, in a bucket, the folder the storage plugin gave it. */
export type StoredPhotoFiles = { filename?: string | null; prefix?: string | null; _objectKey?: string | null }

/**
 * Where the photo desk's files live, for the code that works on them after Payload stored them (focal re-crops,
 * the orphan sweep): MEDIA_DIR on this machine or a bucket every node shares. Payload itself stores and serves them
 * (its local static directory, or `@payloadcms/storage-s3`).
 */
export interface MediaStore {
  readonly kind: 'local' | 's3'
  read(photo: StoredPhotoFiles, filename: string): Promise<Buffer>
  /** Replaces the file whole: a reader gets the old picture or the new one, never half of one. */
  write(photo: StoredPhotoFiles, filename: string, bytes: Buffer, contentType: string): Promise<void>
  /** Every stored file: its name (what a photo row records) and where it is (what `moveAside` takes). */
  list(): Promise<StoredFile[]>
  /** Moves a file out of the photos' place into a dated folder of set-aside files, for a person to look at. */
  moveAside(file: StoredFile, day: string): Promise<string>
}

export type StoredFile = { name: string; location: string; modifiedMs: number }

/** Where files no photo refers to are put: beside the photos, never deleted by the sweep. */
export const ORPHANS_FOLDER = '.orphans'

export function s3ClientConfig(config: S3Config): S3ClientConfig {
  return {
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Checksums only where S3 requires them: self-hosted stores do not all know the newer checksum headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

export function localMediaStore(dir: string): MediaStore {
  const fileOf = (filename: string) => path.join(dir, path.basename(filename))
  return {
    kind: 'local',
    read: (_photo, filename) => fs.readFile(fileOf(filename)),
    async write(_photo, filename, bytes) {
      const target = fileOf(filename)
      const aside = `${target}.${randomBytes(4).toString('hex')}.tmp`
      await fs.writeFile(aside, bytes)
      await fs.rename(aside, target)
    },
    async list() {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
      const files: StoredFile[] = []
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.startsWith('.')) continue
        const location = path.join(dir, entry.name)
        files.push({ name: entry.name, location, modifiedMs: (await fs.stat(location)).mtimeMs })
      }
      return files
    },
    async moveAside(file, day) {
      const folder = path.join(dir, ORPHANS_FOLDER, day)
      await fs.mkdir(folder, { recursive: true })
      await fs.rename(file.location, path.join(folder, path.basename(file.location)))
      return path.join(ORPHANS_FOLDER, day)
    },
  }
}

/** The storage plugin's own key for a photo's file, so that we read and write exactly the object it serves. */
export function photoObjectKey(prefix: string, photo: StoredPhotoFiles, filename: string): Promise<string> {
  const collection = { slug: 'photos', fields: [], upload: {} } as unknown as CollectionConfig
  return getStorageFilePath({ collection, collectionPrefix: prefix, doc: photo, filename } as Parameters<
    typeof getStorageFilePath
  >[0])
}

export class S3MediaStore implements MediaStore {
  readonly kind = 's3'
  readonly client: S3Client

  constructor(readonly config: S3Config) {
    this.client = new S3Client(s3ClientConfig(config))
  }

  async read(photo: StoredPhotoFiles, filename: string): Promise<Buffer> {
    const res = await this.client.send(
      new GetObjectCommand({
        Bucket: this.config.bucket,
        Key: await photoObjectKey(this.config.prefix, photo, filename),
      }),
    )
    return Buffer.from(await res.Body!.transformToByteArray())
  }

  async write(photo: StoredPhotoFiles, filename: string, bytes: Buffer, contentType: string): Promise<void> {
    // One PUT replaces an object atomically: readers get the whole old one or the whole new one.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: await photoObjectKey(this.config.prefix, photo, filename),
        Body: bytes,
        ContentType: contentType,
      }),
    )
  }

  /** Every object under the photos' folder (set-aside ones excepted). */
  async list(): Promise<StoredFile[]> {
    const files: StoredFile[] = []
    const under = this.config.prefix ? `${this.config.prefix}/` : ''
    let token: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: under || undefined, ContinuationToken: token }),
      )
      for (const o of page.Contents ?? []) {
        if (!o.Key || o.Key.startsWith(`${under}${ORPHANS_FOLDER}/`)) continue
        const name = o.Key.slice(o.Key.lastIndexOf('/') + 1)
        files.push({ name, location: o.Key, modifiedMs: o.LastModified?.getTime() ?? 0 })
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return files
  }

  /** Copy, then delete: S3 has no rename. */
  async moveAside(file: StoredFile, day: string): Promise<string> {
    const under = this.config.prefix ? `${this.config.prefix}/` : ''
    const folder = `${under}${ORPHANS_FOLDER}/${day}`
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.config.bucket,
        CopySource: `${this.config.bucket}/${file.location.split('/').map(encodeURIComponent).join('/')}`,
        Key: `${folder}/${file.location.slice(under.length)}`,
      }),
    )
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: file.location }))
    return folder
  }
}

export function createMediaStore(config: MediaStoreConfig): MediaStore {
  return config.kind === 's3' ? new S3MediaStore(config) : localMediaStore(config.dir)
}

let shared: MediaStore | undefined
/** This process's store, as the environment names it. */
export function mediaStore(): MediaStore {
  shared ??= createMediaStore(getEnv().mediaStore)
  return shared
}
