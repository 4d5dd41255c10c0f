/**
 * What a file really is, from its first bytes — never from its name or the client's MIME type.
 */
export type FileKind =
  'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' | 'gif' | 'heic' | 'svg' | 'html' | 'xml' | 'pdf' | 'unknown'

export const ACCEPTED_IMAGES: Partial<Record<FileKind, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  tiff: 'image/tiff',
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length < 4) return 'unknown'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff'
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif'
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf'
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const size = Math.min(bytes.length, ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0 || 32)
    const brands = [ascii(bytes, 8, 12)]
    for (let i = 16; i + 4 <= size; i += 4) brands.push(ascii(bytes, i, i + 4))
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif'
    if (brands.some((b) => ['heic', 'heix', 'mif1', 'msf1'].includes(b))) return 'heic'
    return 'unknown'
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'svg'
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    head.startsWith('<head') ||
    head.startsWith('<body') ||
    head.startsWith('<script')
  )
    return 'html'
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'xml'
  return 'unknown'
}

const KIND_NAMES: Record<FileKind, string> = {
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  tiff: 'a TIFF image',
  gif: 'a GIF image',
  heic: 'a HEIC image',
  svg: 'an SVG drawing (it can carry scripts)',
  html: 'an HTML document',
  xml: 'an XML document',
  pdf: 'a PDF document',
  unknown: 'not a recognisable image',
}

export function describeKind(kind: FileKind): string {
  return KIND_NAMES[kind]
}
