import fs from 'node:fs'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Photo } from '@/payload-types'
import { sweepOrphanMedia } from '@/server/photos/orphans'
import { mediaStore, s3ClientConfig } from '@/server/photos/store'
import { readEnv, type S3Config } from '@/server/env'
import { startS3 } from '../s3'
import { livePhotoWithNewFileInDraft, makeUser, payload, updateAs, withPayload } from './helpers'

let s3: Awaited<ReturnType<typeof startS3>>
let client: S3Client
// Before Payload boots (withPayload's beforeAll comes after this one): the config reads the environment.
beforeAll(async () => {
  s3 = await startS3()
  Object.assign(process.env, s3.env)
  client = new S3Client(s3ClientConfig(readEnv().mediaStore as S3Config))
})
withPayload()
afterAll(async () => {
  for (const key of Object.keys(s3.env)) delete process.env[key]
  await s3?.close()
})

const keys = async () => {
  const page = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
  return (page.Contents ?? []).map((o) => o.Key!).sort()
}
const object = async (key: string) =>
  Buffer.from(
    await (await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToByteArray(),
  )

/** A wide picture, yellow on the left half and blue on the right, so a 16:9 crop's position shows in its colour. */
const halves = () =>
  sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#1d4e89' } })
    .composite([
      {
        input: Buffer.from('<svg width="2000" height="1000"><rect width="2000" height="1000" fill="#f2c14e"/></svg>'),
        left: 0,
        top: 0,
      },
    ])
    .jpeg({ quality: 90 })
    .toBuffer()

const keyOf = (photo: Photo, filename: string) => [photo.prefix, photo._objectKey, filename].filter(Boolean).join('/')
const keysOf = (photo: Photo) =>
  [photo.filename, ...Object.values(photo.sizes ?? {}).map((s) => s?.filename)]
    .filter((f): f is string => Boolean(f))
    .map((f) => keyOf(photo, f))
const meanRed = async (bytes: Buffer) => (await sharp(bytes).stats()).channels[0].mean

describe('photos in an S3-compatible bucket', () => {
  it('stores the cleaned original and every rendition in the bucket, nothing on local disk', async () => {
    const desk = await makeUser(payload, ['photo_desk'])
    const data = await halves()
    const photo = (await payload.create({
      collection: 'photos',
      data: { alt: 'Two halves' },
      file: { data, name: 'halves.jpg', mimetype: 'image/jpeg', size: data.length },
      user: desk,
      overrideAccess: false,
    })) as Photo
    expect(photo.prefix).toBe('photos')
    const stored = await keys()
    expect(stored).toContain(keyOf(photo, photo.filename!))
    for (const size of ['thumbnail', 'card', 'feature', 'hero'] as const)
      expect(stored).toContain(keyOf(photo, photo.sizes![size]!.filename!))
    // The upload gate ran before the bucket got the file: no metadata left in the original.
    const original = await object(keyOf(photo, photo.filename!))
    expect((await sharp(original).metadata()).exif).toBeUndefined()
    const mediaDir = process.env.MEDIA_DIR!
    expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])
  })

  it('cuts the renditions around the focal point in the bucket, on upload and when the point moves', async () => {
    const desk = await makeUser(payload, ['photo_desk'])
    const data = await halves()
    // Around x = 10 % a 16:9 crop (1,778 of 4,000 pixels wide) is all yellow (much red); around 95 %, all blue.
    const left = (await payload.create({
      collection: 'photos',
      data: { alt: 'Left', focalX: 10, focalY: 50 },
      file: { data, name: 'left.jpg', mimetype: 'image/jpeg', size: data.length },
      user: desk,
      overrideAccess: false,
    })) as Photo
    const heroKey = keyOf(left, left.sizes!.hero!.filename!)
    expect(await meanRed(await object(heroKey))).toBeGreaterThan(200)

    const moved = (await updateAs(desk, 'photos', left.id, { focalX: 95 })) as Photo
    expect(moved.focalX).toBe(95)
    expect(await meanRed(await object(heroKey))).toBeLessThan(100)
  })

  it('takes a new file for a live photo through the workflow, the live files untouched until it is published', async () => {
    const replacement = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a9d8f' } })
      .jpeg()
      .toBuffer()
    const { live, draft } = (await livePhotoWithNewFileInDraft(await halves(), replacement, 'live')) as {
      live: Photo
      draft: Photo
    }
    expect(draft.filename).not.toBe(live.filename)
    expect(await keys()).toEqual(expect.arrayContaining([...keysOf(live), ...keysOf(draft)]))
    // Readers still get the live picture (4,000 × 1,000) while the new one (1,200 × 800) waits for review.
    const liveNow = await sharp(await object(keyOf(live, live.filename!))).metadata()
    const waiting = await sharp(await object(keyOf(draft, draft.filename!))).metadata()
    expect([liveNow.width, liveNow.height, waiting.width, waiting.height]).toEqual([4000, 1000, 1200, 800])
  })

  it('sweeps objects no photo or version refers to aside, within the bucket', async () => {
    await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: 'photos/left-by-a-killed-upload.jpg', Body: 'no row' }),
    )
    const before = await keys()
    const moved = await sweepOrphanMedia(payload, mediaStore(), { minAgeMs: 0 })
    expect(moved).toEqual(['left-by-a-killed-upload.jpg'])
    const after = await keys()
    const day = new Date().toISOString().slice(0, 10)
    expect(after).toContain(`photos/.orphans/${day}/left-by-a-killed-upload.jpg`)
    // Everything else (live files, a replacement waiting in a draft) is where it was.
    expect(after.filter((k) => !k.includes('/.orphans/'))).toEqual(
      before.filter((k) => !k.endsWith('killed-upload.jpg')),
    )
  })

  it('removes the files from the bucket with the photo', async () => {
    const data = await halves()
    const photo = (await payload.create({
      collection: 'photos',
      data: { alt: 'Gone soon' },
      file: { data, name: 'gone.jpg', mimetype: 'image/jpeg', size: data.length },
    })) as Photo
    const mine = keysOf(photo)
    expect(mine.length).toBeGreaterThan(4)
    expect(await keys()).toEqual(expect.arrayContaining(mine))
    await payload.delete({ collection: 'photos', id: photo.id })
    expect((await keys()).filter((k) => mine.includes(k))).toEqual([])
  })
})
