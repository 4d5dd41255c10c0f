import { createHash, randomBytes } from 'node:crypto'
import exifr from 'exifr'
import sharp from 'sharp'

import { EXIFR_OPTIONS, photoMetadata, type PhotoMetadata, segmentsFromExifr } from '../../domain/photos/metadata'
import { ACCEPTED_IMAGES, describeKind, type FileKind, sniffFileKind } from '../../domain/photos/sniff'
import { jpegOrientation, stripJpeg, stripPng } from '../../domain/photos/strip'
import { refusal } from '../errors'

export type UploadLimits = { maxBytes: number; maxPixels: number }
export type CleanedUpload = {
  data: Buffer
  mimetype: string
  extension: string
  width: number
  height: number
  metadata: PhotoMetadata
  contentHash: string
}

const EXTENSIONS: Partial<Record<FileKind, string>> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  tiff: 'tif',
}
const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`

/**
 * Every uploaded picture passes here before Payload stores anything: the type is decided by content, size and
 * pixel count are capped (the pixel count read from the header, before any decoding), the image must decode,
 * and what is stored is upright and carries no metadata — GPS included — while the metadata is read for the desk.
 */
export async function inspectAndClean(data: Buffer, limits: UploadLimits): Promise<CleanedUpload> {
  if (!data.length) throw refusal('invalid_request', 'The file is empty (0 bytes).')
  if (data.length > limits.maxBytes)
    throw refusal('too_large', `The file is ${mb(data.length)}; the limit is ${mb(limits.maxBytes)}.`)
  const kind = sniffFileKind(data)
  const mimetype = ACCEPTED_IMAGES[kind]
  if (!mimetype)
    throw refusal(
      'unsupported_media',
      `This file is ${describeKind(kind)}. Upload a JPEG, PNG, WebP, AVIF or TIFF picture.`,
    )

  const header = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => null)
  if (!header?.width || !header.height)
    throw refusal('invalid_request', 'The picture cannot be read: the file is truncated or corrupt.')
  // Every frame or page would be decoded and resized: an 80-frame WebP of 28 KB costs seconds and a gigabyte.
  if ((header.pages ?? 1) > 1) {
    throw refusal(
      'unsupported_media',
      `This picture has ${header.pages} ${kind === 'tiff' ? 'pages' : 'frames'}; upload a single still image (export one frame or page).`,
    )
  }
  const pixels = header.width * header.height
  if (pixels > limits.maxPixels) {
    throw refusal(
      'too_large',
      `The picture is ${header.width}×${header.height} (${Math.round(pixels / 1e6)} megapixels); the limit is ${Math.round(limits.maxPixels / 1e6)} megapixels.`,
    )
  }

  const raw = await exifr.parse(data, EXIFR_OPTIONS as unknown as Parameters<typeof exifr.parse>[1]).catch(() => null)
  const segments = segmentsFromExifr(raw)

  // A full decode proves the file is whole (truncated files fail here), with the pixel cap enforced by sharp too.
  const decoder = () => sharp(data, { limitInputPixels: limits.maxPixels, failOn: 'truncated' })
  const upright = kind !== 'jpeg' || jpegOrientation(data) === 1
  let cleaned: Uint8Array | null = null
  try {
    // Decoding to a thumbnail still reads every byte of the image data (so truncation is caught) but lets JPEG
    // decode at 1/8 scale: a fraction of the cost of a full decode.
    await decoder().resize(256, 256, { fit: 'inside' }).raw().toBuffer()
    if (upright && kind === 'jpeg') cleaned = stripJpeg(data)
    if (kind === 'png') cleaned = stripPng(data)
    if (!cleaned) {
      const pipeline = decoder().rotate().keepIccProfile()
      cleaned =
        kind === 'png'
          ? await pipeline.png().toBuffer()
          : kind === 'webp'
            ? await pipeline.webp({ quality: 90 }).toBuffer()
            : kind === 'avif'
              ? await pipeline.avif({ quality: 70 }).toBuffer()
              : kind === 'tiff'
                ? await pipeline.tiff().toBuffer()
                : await pipeline.jpeg({ quality: 92, mozjpeg: true }).toBuffer()
    }
  } catch {
    throw refusal('invalid_request', 'The picture cannot be decoded: the file is truncated or corrupt.')
  }
  const rotated = !upright && jpegOrientation(data) >= 5
  return {
    data: Buffer.from(cleaned),
    mimetype,
    extension: EXTENSIONS[kind]!,
    width: rotated ? header.height : header.width,
    height: rotated ? header.width : header.height,
    metadata: photoMetadata(segments),
    contentHash: createHash('sha256').update(data).digest('hex'),
  }
}

/** Device names Windows reserves: a file called so cannot be copied to or restored on such a system. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

/** Why a client's file name is refused, or null. Names are for people; control characters in one are an attack. */
export function filenameProblem(name: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(name))
    return 'The file name contains control characters; rename the file and upload it again.'
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '').trim()
  if (RESERVED_NAMES.test(base))
    return `"${base}" is a reserved device name on Windows; rename the file and upload it again.`
  return null
}

/**
 * A stored name owned by this upload alone: readable stem, a random tag, the extension of what the file really is.
 * The tag is hexadecimal, so no original can take the name of another's rendition (`<stem>-<W>x<H>`), and no
 * rendition the name of an original.
 */
export function safeFilename(name: string, extension: string, tag = randomBytes(4).toString('hex')): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return `${base || 'photo'}-${tag}.${extension}`
}
