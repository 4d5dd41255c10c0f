import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { Photo } from '@/payload-types'
import { sweepOrphanMedia } from '@/server/photos/orphans'
import { localMediaStore } from '@/server/photos/store'
import { act, makeUser, payload, withPayload } from './helpers'

withPayload()

const picture = (background: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .toBuffer()

describe('the orphan sweep', () => {
  it('moves aside only files no photo and no version refers to (a new file waiting for review stays)', async () => {
    const desk = await makeUser(payload, ['photo_desk'])
    const desk2 = await makeUser(payload, ['photo_desk'])
    const first = await picture('#264653')
    const photo = (await payload.create({
      collection: 'photos',
      data: { alt: 'Harbour', defaultCaption: 'The harbour.' } as never,
      file: { data: first, name: 'harbour.jpg', mimetype: 'image/jpeg', size: first.length },
      user: desk,
      overrideAccess: false,
    })) as Photo
    for (const [action, who] of [
      ['submit', desk],
      ['approve', desk2],
      ['publish', desk2],
    ] as const)
      await act('photos', photo.id, action, who)
    const live = (await payload.findByID({ collection: 'photos', id: photo.id })) as Photo

    const second = await picture('#e76f51')
    const draft = (await payload.update({
      collection: 'photos',
      id: photo.id,
      draft: true,
      data: { baseVersion: live.updatedAt } as never,
      file: { data: second, name: 'harbour-recut.jpg', mimetype: 'image/jpeg', size: second.length },
      user: desk,
      overrideAccess: false,
    })) as Photo
    expect(draft.filename).not.toBe(live.filename)

    const mediaDir = payload.collections.photos.config.upload.staticDir!
    const stray = path.join(mediaDir, 'left-by-a-killed-upload.jpg')
    fs.writeFileSync(stray, 'no photo refers to this')
    const moved = await sweepOrphanMedia(payload, localMediaStore(mediaDir), { minAgeMs: 0 })
    expect(moved).toEqual(['left-by-a-killed-upload.jpg'])
    for (const file of [live.filename, draft.filename]) expect(fs.existsSync(path.join(mediaDir, file!))).toBe(true)
    expect(fs.readdirSync(path.join(mediaDir, '.orphans', new Date().toISOString().slice(0, 10)))).toEqual([
      'left-by-a-killed-upload.jpg',
    ])
  })
})
