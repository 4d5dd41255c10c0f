/**
 * Lossless metadata removal for the two formats most uploads use: the pixels are copied byte for byte, only the
 * metadata containers go (EXIF with GPS, XMP, IPTC, comments). Colour profiles stay. Other formats, and JPEGs that
 * must be turned upright first, are re-encoded by the caller instead.
 */

// APP1 = EXIF/XMP, APP13 = Photoshop/IPTC, COM = comments; APP0 (JFIF), APP2 (ICC) and APP14 (Adobe) are kept.
const JPEG_DROP = new Set([0xe1, 0xed, 0xfe, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xef])

export function stripJpeg(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  const out: Uint8Array[] = [bytes.subarray(0, 2)]
  let i = 2
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null
    const marker = bytes[i + 1]
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    if (marker === 0xda) {
      // Start of scan: image data up to the end-of-image marker; whatever follows it (an appended page, a
      // script, a second file) is not part of the picture and is dropped.
      const end = endOfImage(bytes, i)
      if (end === null) return null
      out.push(bytes.subarray(i, end))
      return concat(out)
    }
    const length = (bytes[i + 2] << 8) | bytes[i + 3]
    if (length < 2 || i + 2 + length > bytes.length) return null
    if (!JPEG_DROP.has(marker)) out.push(bytes.subarray(i, i + 2 + length))
    i += 2 + length
  }
  return null
}

/**
 * Where a JPEG ends (just past its EOI marker), scanning from its first start-of-scan. Inside entropy-coded data a
 * 0xFF byte is followed by 0x00 (a stuffed byte) or a restart marker; progressive files put further marker
 * segments (tables, more scans) between scans, which are skipped by their length.
 */
function endOfImage(bytes: Uint8Array, from: number): number | null {
  let i = from
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i++
      continue
    }
    const marker = bytes[i + 1]
    if (marker === 0xd9) return i + 2
    if (marker === 0x00 || marker === 0xff || (marker >= 0xd0 && marker <= 0xd7)) {
      i += marker === 0xff ? 1 : 2
      continue
    }
    // A marker segment (SOS, DHT, DQT, DRI, …): skip its header by length, then carry on through its data.
    if (i + 3 >= bytes.length) return null
    i += 2 + ((bytes[i + 2] << 8) | bytes[i + 3])
  }
  return null
}

/** JPEG orientation from EXIF (1 = upright), read without a library; 1 when absent. */
export function jpegOrientation(bytes: Uint8Array): number {
  let i = 2
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]
    const length = (bytes[i + 2] << 8) | bytes[i + 3]
    if (marker === 0xda) break
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(i + 4, i + 8)) === 'Exif') {
      const tiff = i + 10
      const little = bytes[tiff] === 0x49
      const u16 = (p: number) => (little ? bytes[p] | (bytes[p + 1] << 8) : (bytes[p] << 8) | bytes[p + 1])
      const u32 = (p: number) =>
        little
          ? (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> 0
          : ((bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3]) >>> 0
      const ifd = tiff + u32(tiff + 4)
      const entries = u16(ifd)
      for (let e = 0; e < entries; e++) {
        const entry = ifd + 2 + e * 12
        if (entry + 12 > bytes.length) break
        if (u16(entry) === 0x0112) return u16(entry + 8) || 1
      }
      return 1
    }
    i += 2 + length
  }
  return 1
}

// Text and EXIF chunks can carry GPS, names and software; image and colour chunks stay.
const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'])

export function stripPng(bytes: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [bytes.subarray(0, 8)]
  let i = 8
  while (i + 12 <= bytes.length) {
    const length = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8))
    const end = i + 12 + length
    if (end > bytes.length) return null
    if (!PNG_DROP.has(type)) out.push(bytes.subarray(i, end))
    i = end
    if (type === 'IEND') return concat(out)
  }
  return null
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
