import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { sweepOrphanMedia } from '@/server/photos/orphans'
import { localMediaStore } from '@/server/photos/store'
import { livePhotoWithNewFileInDraft, payload, withPayload } from './helpers'

withPayload()

const picture = (background: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .toBuffer()

describe('the orphan sweep', () => {
  it('moves aside only files no photo and no version refers to (a new file waiting for review stays)', async () => {
    const { live, draft } = await livePhotoWithNewFileInDraft(await picture('#264653'), await picture('#e76f51'))
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
