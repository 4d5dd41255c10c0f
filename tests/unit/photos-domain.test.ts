import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { photoMetadata } from '@/domain/photos/metadata'
import { sniffFileKind } from '@/domain/photos/sniff'
import { jpegOrientation, stripJpeg, stripPng } from '@/domain/photos/strip'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('sniffFileKind', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0], 'jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    [[0x49, 0x49, 0x2a, 0x00, 8, 0], 'tiff'],
    [[0x4d, 0x4d, 0x00, 0x2a, 0, 8], 'tiff'],
  ])('%j is %s', (sig, kind) => {
    expect(sniffFileKind(new Uint8Array(sig))).toBe(kind)
  })
  it.each([
    ['RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'webp'],
    ['\u0000\u0000\u0000\u001cftypavif\u0000\u0000\u0000\u0000avifmif1', 'avif'],
    ['\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic', 'heic'],
    ['GIF89a', 'gif'],
    ['%PDF-1.7', 'pdf'],
    ['\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"/>', 'svg'],
    ['<?xml version="1.0"?><svg/>', 'svg'],
    ['<!DOCTYPE html><p>', 'html'],
    ['<?xml version="1.0"?><rss/>', 'xml'],
    ['just text', 'unknown'],
    ['ab', 'unknown'],
  ])('%j is %s', (text, kind) => {
    expect(sniffFileKind(bytes(text))).toBe(kind)
  })
})

describe('lossless metadata stripping', () => {
  it('drops EXIF and XMP from a JPEG, keeps the pixels, and reads orientation', async () => {
    const tagged = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .withExif({ IFD0: { Artist: 'Secret Photographer' } })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>',
      )
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    expect(jpegOrientation(tagged)).toBe(6)
    const stripped = Buffer.from(stripJpeg(tagged)!)
    expect(stripped.includes(Buffer.from('Secret Photographer'))).toBe(false)
    expect(stripped.includes(Buffer.from('adobe:ns:meta'))).toBe(false)
    expect(jpegOrientation(stripped)).toBe(1)
    const [a, b] = await Promise.all([sharp(tagged).raw().toBuffer(), sharp(stripped).raw().toBuffer()])
    expect(b.equals(a)).toBe(true)
  })

  it('drops text chunks from a PNG and refuses a broken one', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#0f0' } })
      .png()
      .withMetadata()
      .toBuffer()
    const withText = Buffer.concat([png.subarray(0, 33), textChunk('Comment', 'GPS 22.28N'), png.subarray(33)])
    const stripped = Buffer.from(stripPng(withText)!)
    expect(stripped.includes(Buffer.from('GPS 22.28N'))).toBe(false)
    expect((await sharp(stripped).metadata()).width).toBe(8)
    expect(stripPng(withText.subarray(0, 40))).toBeNull()
  })
})

describe('photoMetadata', () => {
  it('prefers XMP, falls back to IPTC, then EXIF', () => {
    expect(
      photoMetadata({
        xmp: { description: { lang: 'x-default', value: 'XMP caption' }, creator: ['Jane Smith'] },
        iptc: { Caption: 'IIM caption', Byline: 'Other', Credit: 'IIM credit', Keywords: ['a', 'b'] },
        ifd0: { Artist: 'EXIF artist', Copyright: 'EXIF ©', DateTimeOriginal: '2024:04:14 12:48:00' },
      }),
    ).toEqual({
      headline: null,
      caption: 'XMP caption',
      creator: 'Jane Smith',
      credit: 'IIM credit',
      copyright: 'EXIF ©',
      dateTaken: new Date('2024-04-14T12:48:00').toISOString(),
      source: null,
      keywords: ['a', 'b'],
      hasGps: false,
    })
  })
})

function textChunk(key: string, value: string): Buffer {
  const data = Buffer.from(`${key}\u0000${value}`, 'latin1')
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  // A wrong CRC is fine here: the stripper never reads it, and the chunk is dropped.
  return Buffer.concat([len, Buffer.from('tEXt'), data, Buffer.alloc(4)])
}

describe('repairMojibake', () => {
  it('re-reads UTF-8 that was decoded as Latin-1, and leaves real Latin-1 and other text alone', async () => {
    const { repairMojibake } = await import('@/domain/photos/metadata')
    expect(repairMojibake('Â© Xinhua')).toBe('© Xinhua')
    expect(repairMojibake('Ã\u00a9cole')).toBe('école')
    expect(repairMojibake('école')).toBe('école')
    expect(repairMojibake('新华社')).toBe('新华社')
    expect(repairMojibake('Ã')).toBe('Ã')
  })
})
