import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, http, jpeg, staff, uploadPhoto } from '../http/client'
import { message } from './helpers'
import { noisePicture } from '../pictures'

/** Classes 6, 10 and 11: every stored file belongs to one photo, expensive pictures are refused, no side doors. */
let desk: Awaited<ReturnType<typeof staff>>
beforeAll(async () => {
  desk = await staff('photo_desk')
})

const upload = (bytes: Buffer, name: string, extra: Record<string, unknown> = { alt: 'x' }) =>
  uploadPhoto(desk.token, bytes, name, extra)
const fileOf = async (filename: string) => {
  const res = await fetch(`${baseUrl()}/api/photos/file/${encodeURIComponent(filename)}`, {
    headers: { Authorization: `JWT ${desk.token}` },
  })
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) }
}

describe('a stored file belongs to exactly one photo', () => {
  it('an upload named like another photo’s rendition cannot overwrite that photo, and deleting it leaves the other whole', async () => {
    const stem = `zz${Date.now()}`
    // Each named like one of the second photo's renditions, in that rendition's own format.
    for (const [size, format] of [
      ['1200x630', 'jpeg'],
      ['320x213', 'webp'],
      ['1600x900', 'avif'],
    ] as const) {
      const bytes = await sharp({ create: { width: 1300, height: 700, channels: 3, background: '#a00' } })
        .toFormat(format)
        .toBuffer()
      const first = await upload(bytes, `${stem}-${size}.${format === 'jpeg' ? 'jpg' : format}`)
      expect(first.status, first.text).toBe(201)
      const before = await fileOf(first.json.doc.filename)
      const second = await upload(await jpeg(1300, 700, '#0a0'), `${stem}.jpg`)
      expect(second.status).toBe(201)
      const names = [
        second.json.doc.filename,
        ...Object.values(second.json.doc.sizes as Record<string, { filename: string | null }>).map((s) => s.filename),
      ]
      expect(names).not.toContain(first.json.doc.filename)
      expect((await fileOf(first.json.doc.filename)).bytes.equals(before.bytes)).toBe(true)
      expect((await http(`/api/photos/${second.json.doc.id}`, { method: 'DELETE', token: desk.token })).status).toBe(
        200,
      )
      expect((await fileOf(first.json.doc.filename)).status).toBe(200)
      expect((await http(`/api/photos/${first.json.doc.id}`, { method: 'DELETE', token: desk.token })).status).toBe(200)
    }
  })

  it('names with control characters or device names → 400; other odd names are made safe', async () => {
    const bytes = await jpeg(300, 200)
    for (const name of ['a\u0000b.jpg', 'tab\there.jpg', 'CON.jpg', 'aux.png', 'lpt1.jpg', 'Nul.jpeg']) {
      const res = await upload(bytes, name)
      expect(res.status, name).toBe(400)
      expect(message(res.json), name).toMatch(/control characters|reserved device name|multipart body cannot be read/)
    }
    for (const name of ['../../etc/passwd.jpg', '.jpg', '—.jpg', 'a'.repeat(300) + '.jpg']) {
      const res = await upload(bytes, name)
      expect(res.status, name).toBe(201)
      expect(res.json.doc.filename).toMatch(/^[\p{L}\p{N}._-]+-[0-9a-f]{8}(-\d+)?\.jpg$/u)
    }
  })
})

describe('no upload goes around the gate', () => {
  it('upload from a URL is refused with a message (JSON and multipart, absolute and relative)', async () => {
    const bodies = [
      { url: 'http://127.0.0.1:9/x.jpg', filename: 'x.jpg', alt: 'x' },
      { url: '/api/photos/file/whatever.jpg', filename: 'whatever.jpg', alt: 'x' },
      { url: 'file:///etc/passwd', filename: 'passwd.jpg', alt: 'x' },
    ]
    for (const body of bodies) {
      const res = await http('/api/photos?draft=true', { method: 'POST', token: desk.token, body })
      expect(res.status, body.url).toBe(400)
      expect(message(res.json)).toMatch(/Upload from a URL is turned off/)
      const form = new FormData()
      form.append('_payload', JSON.stringify(body))
      const multipart = await http('/api/photos?draft=true', { method: 'POST', token: desk.token, form })
      expect(multipart.status, body.url).toBe(400)
    }
  })
})

describe('expensive or disguised pictures are refused', () => {
  it('animated and multi-page pictures → 415 before any frame is resized', async () => {
    const frame = (c: string) =>
      sharp({ create: { width: 200, height: 200, channels: 3, background: c } })
        .png()
        .toBuffer()
    const frames = await Promise.all(['#f00', '#0f0', '#00f', '#ff0'].map(frame))
    const animatedWebp = await sharp(frames, { join: { animated: true } })
      .webp()
      .toBuffer()
    const multiPageTiff = await sharp(frames, { join: { animated: true } })
      .tiff()
      .toBuffer()
    for (const [name, bytes] of [
      ['anim.webp', animatedWebp],
      ['pages.tif', multiPageTiff],
    ] as const) {
      const meta = await sharp(bytes).metadata()
      expect(meta.pages, name).toBeGreaterThan(1)
      const res = await upload(bytes, name)
      expect(res.status, name).toBe(415)
      expect(message(res.json)).toMatch(/single still image/)
    }
  })

  it('bytes after a JPEG’s end (a page, a script) are not stored', async () => {
    const image = await jpeg(320, 240)
    const progressive = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#963' } })
      .jpeg({ progressive: true })
      .toBuffer()
    for (const [i, clean] of [image, progressive].entries()) {
      const res = await upload(
        Buffer.concat([clean, Buffer.from('<html><script>alert(1)</script></html>')]),
        `tail${i}.jpg`,
      )
      expect(res.status, res.text).toBe(201)
      const stored = await fileOf(res.json.doc.filename)
      expect(stored.bytes.includes(Buffer.from('<script'))).toBe(false)
      expect([...stored.bytes.subarray(-2)]).toEqual([0xff, 0xd9])
    }
  })

  it('more uploads at once than the server processes: the excess gets 503 with Retry-After, the rest succeed', async () => {
    const big = await noisePicture(4000, 3000).jpeg({ quality: 90 }).toBuffer()
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const form = new FormData()
        form.append('file', new File([new Uint8Array(big)], `burst${i}.jpg`))
        form.append('_payload', JSON.stringify({ alt: 'x' }))
        return fetch(`${baseUrl()}/api/photos?draft=true`, {
          method: 'POST',
          headers: { Authorization: `JWT ${desk.token}` },
          body: form,
        }).then(async (r) => ({ status: r.status, retry: r.headers.get('retry-after'), text: await r.text() }))
      }),
    )
    const statuses = replies.map((r) => r.status)
    expect(statuses.filter((s) => s === 503).length, statuses.join()).toBeGreaterThan(0)
    expect(
      statuses.every((s) => s === 201 || s === 503),
      statuses.join(),
    ).toBe(true)
    for (const r of replies.filter((r) => r.status === 503)) {
      expect(r.retry).toBe('5')
      expect(message(JSON.parse(r.text))).toMatch(/try again/)
    }
    // Once the burst is processed, uploads are taken again.
    expect((await upload(await jpeg(200, 100), 'after.jpg')).status).toBe(201)
  })
})
