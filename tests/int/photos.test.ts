import fs from 'node:fs'
import path from 'node:path'
import exifr from 'exifr'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { noisePicture, withIptc } from '../pictures'
import { makeUser, payload, refusal, updateAs, withPayload } from './helpers'

// A small cap so the size refusal can be tested with a small file (read when Payload boots, below).
process.env.PHOTO_MAX_BYTES = String(3 * 1024 * 1024)

let mediaDir: string
withPayload()
beforeAll(async () => {
  mediaDir = payload.collections.photos.config.upload.staticDir!
})

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Harbour at dawn</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Fishing boats return to the harbour at dawn.</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>Jane Smith</rdf:li></rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2024 Harbour Pictures</rdf:li></rdf:Alt></dc:rights>
<dc:subject><rdf:Bag><rdf:li>harbour</rdf:li><rdf:li>boats</rdf:li></rdf:Bag></dc:subject>
<photoshop:Credit>Jane Smith/Harbour Pictures</photoshop:Credit>
<photoshop:Source>Harbour Pictures</photoshop:Source>
<photoshop:DateCreated>2024-04-14T06:10:00</photoshop:DateCreated>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`

async function taggedJpeg(width = 1600, height = 1000, orientation?: number) {
  let img = sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><rect x="0" y="0" width="${width / 4}" height="${height / 4}" fill="#fff"/></svg>`,
        ),
      },
    ])
    .withExif({
      IFD0: { Artist: 'Jane Smith', ImageDescription: 'EXIF description' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 17/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 10/1 0/1' },
    })
    .withXmp(XMP)
  if (orientation) img = img.withMetadata({ orientation })
  return img.jpeg({ quality: 85 }).toBuffer()
}

const upload = (data: Buffer, name: string, mimetype = 'image/jpeg', extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'photos',
    data: { alt: '', ...extra },
    file: { data, name, mimetype, size: data.length },
  })

const files = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [])

describe('a JPEG carrying XMP, EXIF and GPS', () => {
  it('prefills the photo from XMP, creates its default caption, and stores no metadata anywhere', async () => {
    const original = await taggedJpeg()
    expect((await exifr.gps(original))?.latitude).toBeCloseTo(22.283, 2) // the fixture really carries GPS
    const photo = await upload(original, 'harbour.jpg')
    expect(photo).toMatchObject({
      credit: 'Jane Smith/Harbour Pictures',
      photographer: 'Jane Smith',
      agency: 'Harbour Pictures',
      copyright: '© 2024 Harbour Pictures',
      keywords: ['harbour', 'boats'],
      workflowState: 'draft',
    })
    expect(photo.dateTaken?.slice(0, 10)).toBe('2024-04-14')
    const captions = await payload.find({ collection: 'captions', where: { photo: { equals: photo.id } }, draft: true })
    expect(captions.docs.map((c) => [c.text, c._status])).toEqual([
      ['Fishing boats return to the harbour at dawn.', 'draft'],
    ])

    const stored = [
      photo.filename!,
      ...Object.values(photo.sizes ?? {})
        .map((s) => s?.filename)
        .filter(Boolean),
    ] as string[]
    expect(stored.length).toBeGreaterThanOrEqual(10)
    for (const name of stored) {
      const bytes = fs.readFileSync(path.join(mediaDir, name))
      const meta = await exifr
        .parse(bytes, { xmp: true, iptc: true, gps: true, ifd0: true } as never)
        .catch(() => undefined)
      expect(meta?.latitude, `${name} still has GPS`).toBeUndefined()
      expect(meta?.Artist, `${name} still has EXIF`).toBeUndefined()
      expect(JSON.stringify(meta ?? {}), `${name} still has XMP`).not.toContain('Harbour Pictures')
    }
  })

  it('makes AVIF and WebP renditions and a JPEG social card of the right sizes', async () => {
    const photo = await upload(await taggedJpeg(), 'sizes.jpg')
    expect(photo.sizes?.social).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
    expect(photo.sizes?.socialJpeg).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    expect(photo.sizes?.heroAvif).toMatchObject({ width: 1600, height: 900, mimeType: 'image/avif' })
  })

  it('is turned upright by its EXIF orientation', async () => {
    const photo = await upload(await taggedJpeg(1200, 800, 6), 'sideways.jpg')
    expect([photo.width, photo.height]).toEqual([800, 1200])
    const bytes = fs.readFileSync(path.join(mediaDir, photo.filename!))
    expect((await sharp(bytes).metadata()).orientation ?? 1).toBe(1)
  })
})

describe('a JPEG carrying only IPTC (IIM)', () => {
  it('prefills from IIM when there is no XMP', async () => {
    const plain = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#777' } })
      .jpeg()
      .toBuffer()
    const photo = await upload(
      withIptc(plain, {
        80: 'Huang Xiaoyong',
        110: 'Xinhua News Agency',
        115: 'Xinhua',
        116: '© Xinhua',
        120: 'Experts discuss a painting about Shanghai.',
        25: 'AI',
      }),
      'iim.jpg',
    )
    expect(photo).toMatchObject({
      photographer: 'Huang Xiaoyong',
      credit: 'Xinhua News Agency',
      agency: 'Xinhua',
      copyright: '© Xinhua',
      keywords: ['AI'],
    })
    const captions = await payload.find({ collection: 'captions', where: { photo: { equals: photo.id } }, draft: true })
    expect(captions.docs[0]?.text).toBe('Experts discuss a painting about Shanghai.')
    const stored = fs.readFileSync(path.join(mediaDir, photo.filename!))
    expect(stored.includes(Buffer.from('Huang Xiaoyong'))).toBe(false)
  })
})

describe('uploads that are refused, leaving nothing behind', () => {
  const cases: [string, () => Promise<Buffer>, string, number, RegExp][] = [
    [
      'an SVG named .jpg',
      async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/jpeg',
      415,
      /SVG/,
    ],
    [
      'an HTML page',
      async () => Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      'image/png',
      415,
      /HTML/,
    ],
    ['a PDF', async () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'image/jpeg', 415, /PDF/],
    ['an XML file', async () => Buffer.from('<?xml version="1.0"?><note>hi</note>'), 'image/png', 415, /XML/],
    ['zero bytes', async () => Buffer.alloc(0), 'image/jpeg', 400, /empty/],
    ['a truncated JPEG', async () => (await taggedJpeg()).subarray(0, 4000), 'image/jpeg', 400, /truncated or corrupt/],
    [
      'a file over the size cap',
      async () => noisePicture(3000, 3000).png({ compressionLevel: 0 }).toBuffer(),
      'image/png',
      413,
      /limit is 3 MB/,
    ],
    [
      'a decompression bomb (30000×30000 PNG header)',
      async () => bombPng(30000, 30000),
      'image/png',
      413,
      /900 megapixels/,
    ],
  ]
  for (const [name, make, mimetype, status, message] of cases) {
    it(`${name}: ${status}`, async () => {
      const beforeFiles = files()
      const beforeCount = (await payload.count({ collection: 'photos' })).totalDocs
      const error = await refusal(async () => upload(await make(), `upload.${mimetype.split('/')[1]}`, mimetype))
      expect(error.status).toBe(status)
      expect(error.message).toMatch(message)
      expect((await payload.count({ collection: 'photos' })).totalDocs).toBe(beforeCount)
      expect(files()).toEqual(beforeFiles)
    })
  }
})

describe('focal point', () => {
  // Left half red, right half blue: which colour a square crop shows says where it was cut.
  const halves = () =>
    sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#ff0000' } })
      .composite([
        { input: { create: { width: 1200, height: 1200, channels: 3, background: '#0000ff' } }, left: 1200, top: 0 },
      ])
      .jpeg({ quality: 90 })
      .toBuffer()
  /** From -255 (all red) through 0 (as much red as blue) to 255 (all blue). */
  const blueness = async (filename: string) => {
    const { channels } = await sharp(path.join(mediaDir, filename)).stats()
    return channels[2].mean - channels[0].mean
  }

  it('crops renditions around the focal point given with the upload, and again when the desk moves it', async () => {
    const centred = await upload(await halves(), 'centred.jpg', 'image/jpeg', { alt: 'Two halves' })
    expect(Math.abs(await blueness(centred.sizes!.square!.filename!))).toBeLessThan(20)

    const right = await upload(await halves(), 'right.jpg', 'image/jpeg', { alt: 'Two halves', focalX: 95, focalY: 50 })
    expect(right).toMatchObject({ focalX: 95, focalY: 50 })
    // The square is exactly the right half; wider crops cannot avoid some red but lean blue.
    expect(await blueness(right.sizes!.square!.filename!)).toBeGreaterThan(200)
    for (const size of ['thumbnail', 'fourThree'] as const)
      expect(await blueness(right.sizes![size]!.filename!), size).toBeGreaterThan(80)

    const moved = await payload.update({ collection: 'photos', id: right.id, data: { focalX: 5 }, draft: true })
    expect(await blueness(moved.sizes!.square!.filename!)).toBeLessThan(-200)
    for (const size of ['thumbnail', 'fourThree'] as const)
      expect(await blueness(moved.sizes![size]!.filename!), size).toBeLessThan(-80)
    // The same files were replaced, not added beside.
    expect(moved.sizes!.square!.filename).toBe(right.sizes!.square!.filename)
    const meta = await sharp(path.join(mediaDir, moved.sizes!.square!.filename!)).metadata()
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 1200, 'webp'])
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a focal point outside the picture', async () => {
    await expect(upload(await halves(), 'off.jpg', 'image/jpeg', { alt: 'x', focalX: 140 })).rejects.toThrow(
      /focal|100/i,
    )
  })
})

describe('names, duplicates and deletion', () => {
  it('sanitises names, never overwrites, and flags the same bytes uploaded twice', async () => {
    const bytes = await taggedJpeg(900, 600)
    const a = await upload(bytes, '../../etc/pass\u0001wd.JPG')
    const b = await upload(bytes, '../../etc/pass\u0001wd.JPG')
    expect(a.filename).toMatch(/^passwd-[0-9a-f]{8}(-\d+)?\.jpg$/)
    expect(b.filename).not.toBe(a.filename)
    expect(b.duplicateOf && (typeof b.duplicateOf === 'object' ? b.duplicateOf.id : b.duplicateOf)).toBe(a.id)
    expect(a.duplicateOf ?? null).toBeNull()
  })

  it('deleting a photo removes exactly its own files', async () => {
    const keep = await upload(await taggedJpeg(800, 600), 'keep.jpg')
    const gone = await upload(await taggedJpeg(820, 600), 'gone.jpg')
    const goneFiles = [gone.filename, ...Object.values(gone.sizes ?? {}).map((s) => s?.filename)].filter(
      Boolean,
    ) as string[]
    const before = files()
    await payload.delete({ collection: 'photos', id: gone.id })
    expect(files()).toEqual(before.filter((f) => !goneFiles.includes(f)))
    expect(files()).toContain(keep.filename)
  })
})

describe('review rules for photos', () => {
  it('a photo without alt text cannot be submitted (nor approved): the uploader hears it first', async () => {
    const { transition } = await import('@/server/workflow/transition')
    const desk = await makeUser(payload, ['photo_desk'], 'desk-a')
    const desk2 = await makeUser(payload, ['photo_desk'], 'desk-b')
    const photo = await payload.create({
      collection: 'photos',
      user: desk,
      overrideAccess: false,
      data: { alt: '' },
      file: { data: await taggedJpeg(640, 480), name: 'noalt.jpg', mimetype: 'image/jpeg', size: 0 },
    })
    const error = await refusal(() =>
      transition(payload, { collection: 'photos', id: photo.id, action: 'submit', user: desk }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/alt text/)
    await updateAs(desk, 'photos', photo.id, { alt: 'A test card' }, { draft: true })
    expect((await transition(payload, { collection: 'photos', id: photo.id, action: 'submit', user: desk })).to).toBe(
      'in_review',
    )
    expect((await transition(payload, { collection: 'photos', id: photo.id, action: 'approve', user: desk2 })).to).toBe(
      'approved',
    )
  })
})

/** A PNG header that claims a huge image, with a tiny (invalid) pixel stream: safe to build, must fail fast. */
function bombPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
