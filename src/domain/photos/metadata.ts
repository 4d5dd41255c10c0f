/**
 * Embedded photo metadata (as read by exifr, one object per segment) → the photo desk's fields.
 * XMP is preferred, IPTC IIM is the fallback, EXIF the last resort; nothing is invented.
 */
export type Segments = {
  xmp?: Record<string, unknown>
  iptc?: Record<string, unknown>
  ifd0?: Record<string, unknown>
  exif?: Record<string, unknown>
  gps?: Record<string, unknown>
}

export type PhotoMetadata = {
  headline: string | null
  caption: string | null
  creator: string | null
  credit: string | null
  copyright: string | null
  dateTaken: string | null
  source: string | null
  keywords: string[]
  hasGps: boolean
}

/**
 * IPTC IIM text is often UTF-8 that a reader decoded as Latin-1 ("Â©" for "©", "Ã©" for "é"). Where the
 * text is exactly such a misreading, decode it again; anything else is left alone.
 */
export function repairMojibake(s: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return s
  }
}

/** exifr gives XMP language alternatives as { lang, value } or arrays; IIM repeats as arrays. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ') || null
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>
    return text(v.value ?? v['x-default'] ?? Object.values(v)[0])
  }
  const s = repairMojibake(
    String(value)
      .replace(/\u0000/g, '')
      .trim(),
  )
  return s || null
}

function list(value: unknown): string[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(list)
  return String(text(value) ?? '')
    .split(/[;,]\s*/)
    .map((s) => s.trim())
    .filter(Boolean)
}

function date(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  const s = text(value)
  if (!s) return null
  // EXIF writes "2024:04:14 12:48:00"; IIM "20240414".
  const normal = s.replace(/^(\d{4}):(\d{2}):(\d{2})/, '$1-$2-$3').replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3')
  const d = new Date(normal)
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}

const first = <T>(...values: (T | null | undefined)[]) =>
  values.find((v) => v !== null && v !== undefined && v !== '') ?? null

export function photoMetadata(s: Segments): PhotoMetadata {
  const x = s.xmp ?? {}
  const i = s.iptc ?? {}
  const e = { ...(s.ifd0 ?? {}), ...(s.exif ?? {}) }
  const keywords = list(x.subject)
  return {
    headline: first(text(x.Headline), text(x.title), text(i.Headline), text(i.ObjectName)),
    caption: first(text(x.description), text(i.Caption), text(i['Caption/Abstract']), text(e.ImageDescription)),
    creator: first(text(x.creator), text(i.Byline), text(i['By-line']), text(e.Artist)),
    credit: first(text(x.Credit), text(i.Credit)),
    copyright: first(text(x.rights), text(i.CopyrightNotice), text(e.Copyright)),
    dateTaken: first(date(x.DateCreated), date(i.DateCreated), date(e.DateTimeOriginal), date(e.CreateDate)),
    source: first(text(x.Source), text(i.Source)),
    keywords: keywords.length ? keywords : list(i.Keywords),
    hasGps: Boolean(s.gps && Object.keys(s.gps).length) || 'GPSLatitude' in e,
  }
}

/** How exifr is asked to read a picture, on the server and in the browser alike (segments kept apart). */
export const EXIFR_OPTIONS = {
  xmp: true,
  iptc: true,
  ifd0: true,
  exif: true,
  gps: true,
  icc: false,
  mergeOutput: false,
  reviveValues: true,
} as const

/** Unmerged, exifr returns XMP by namespace (dc, photoshop, xmp, …) beside the iptc, ifd0, exif and gps blocks. */
export function segmentsFromExifr(
  raw: Record<string, Record<string, unknown> | undefined> | null | undefined,
): Segments {
  const { iptc, ifd0, exif, gps, ...xmpNamespaces } = raw ?? {}
  return { xmp: Object.assign({}, ...Object.values(xmpNamespaces)), iptc, ifd0, exif, gps }
}

/** The photo fields a picture's metadata fills when the desk left them empty (`defaultCaption` for a new photo). */
export function photoFieldsFromMetadata(m: PhotoMetadata): Record<string, string | string[] | null> {
  return {
    credit: m.credit ?? (m.creator && m.source ? `${m.creator}/${m.source}` : null),
    photographer: m.creator,
    agency: m.source,
    copyright: m.copyright,
    dateTaken: m.dateTaken,
    keywords: m.keywords.length ? m.keywords : null,
    defaultCaption: m.caption,
  }
}

/** A field the metadata may fill: nothing typed in it yet. */
export const isEmptyField = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)
