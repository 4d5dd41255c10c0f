/**
 * IPTC ninjs 2.0 (News in JSON) for published articles, and back. Pure: plain data in, plain data out.
 * https://www.iptc.org/std/ninjs/ — 2.0 uses arrays with named entries (headlines, bodies, renditions,
 * associations) instead of 1.x's keyed objects.
 */
import { type BodyElement } from '../richtext/body'
import { htmlToBody } from '../richtext/html'

export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '2.0',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json',
}

export type NinjsRendition = {
  name: string
  href: string
  contenttype?: string
  /** ninjs 1.x and several agencies write `mimetype`. */
  mimetype?: string
  width?: number
  height?: number
}
type Text = { role?: string; contenttype?: string; value: string }
type Concept = { name: string; rel?: string; uri?: string; literal?: string }

export type NinjsItem = {
  uri: string
  type?: 'text' | 'picture' | 'graphic' | 'composite' | 'audio' | 'video' | 'event' | 'planning'
  representationtype?: 'full' | 'partial'
  version?: string
  firstcreated?: string
  versioncreated?: string
  contentcreated?: string
  pubstatus?: 'usable' | 'withheld' | 'canceled'
  language?: string
  headlines?: Text[]
  descriptions?: Text[]
  bodies?: (Text & { charcount?: number; wordcount?: number })[]
  by?: string
  subjects?: Concept[]
  renditions?: NinjsRendition[]
  associations?: (Partial<NinjsItem> & { name: string })[]
  copyrightnotice?: string
  usageterms?: string
  altids?: { role: string; value: string }[]
  standard?: typeof NINJS_STANDARD
}

export type NinjsArticle = {
  uri: string
  version: string
  language: string
  firstPublishedAt: string
  updatedAt: string
  releasedAt?: string | null
  headline: string
  displayHeadline?: string | null
  deck?: string | null
  byline?: string | null
  bodyHtml: string
  bodyText: string
  section?: { name: string; uri: string } | null
  tags: { name: string; uri: string }[]
  photos: {
    name: string
    uri: string
    alt: string
    caption?: string | null
    credit?: string | null
    copyright?: string | null
    renditions: NinjsRendition[]
  }[]
  related: { name: string; uri?: string | null; title: string; summary?: string | null; tags: string[] }[]
  /** The story's other published editions (its translation group), each at its public address. */
  translations?: { language: string; uri: string; headline: string }[]
  slug: string
}

/** Associations naming another edition of the story: `translation-zh`, `translation-en`. */
const TRANSLATION = /^translation-/

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

export function articleToNinjs(a: NinjsArticle): NinjsItem {
  const item: NinjsItem = {
    uri: a.uri,
    type: 'text',
    representationtype: 'full',
    version: a.version,
    firstcreated: a.firstPublishedAt,
    versioncreated: a.updatedAt,
    ...(a.releasedAt ? { contentcreated: a.releasedAt } : {}),
    pubstatus: 'usable',
    language: a.language,
    headlines: [
      { role: 'main', contenttype: 'text/plain', value: a.headline },
      ...(a.displayHeadline && a.displayHeadline !== a.headline
        ? [{ role: 'display', contenttype: 'text/plain', value: a.displayHeadline }]
        : []),
    ],
    ...(a.deck ? { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: a.deck }] } : {}),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        value: a.bodyHtml,
        charcount: a.bodyText.length,
        wordcount: words(a.bodyText),
      },
    ],
    ...(a.byline ? { by: a.byline } : {}),
    subjects: [
      ...(a.section ? [{ name: a.section.name, rel: 'section', uri: a.section.uri }] : []),
      ...a.tags.map((t) => ({ name: t.name, rel: 'tag', uri: t.uri })),
    ],
    associations: [
      ...a.photos.map((p) => ({
        name: p.name,
        uri: p.uri,
        type: 'picture' as const,
        headlines: [{ role: 'alt', contenttype: 'text/plain', value: p.alt }],
        ...(p.caption ? { descriptions: [{ role: 'caption', contenttype: 'text/plain', value: p.caption }] } : {}),
        ...(p.credit ? { by: p.credit } : {}),
        ...(p.copyright ? { copyrightnotice: p.copyright } : {}),
        renditions: p.renditions,
      })),
      ...a.related.map((r) => ({
        name: r.name,
        ...(r.uri ? { uri: r.uri } : {}),
        type: 'text' as const,
        representationtype: 'partial' as const,
        headlines: [{ role: 'main', contenttype: 'text/plain', value: r.title }],
        ...(r.summary ? { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: r.summary }] } : {}),
        ...(r.tags.length ? { subjects: r.tags.map((name) => ({ name, rel: 'tag' })) } : {}),
      })),
      ...(a.translations ?? []).map((t) => ({
        name: `translation-${t.language}`,
        uri: t.uri,
        type: 'text' as const,
        representationtype: 'partial' as const,
        language: t.language,
        headlines: [{ role: 'main', contenttype: 'text/plain', value: t.headline }],
      })),
    ],
    altids: [{ role: 'slug', value: a.slug }],
    standard: NINJS_STANDARD,
  }
  return item
}

/** A picture or graphic as ninjs describes it: an item of its own, or an association of a text or composite. */
export type NinjsPicture = {
  name: string
  uri: string
  version: string | null
  alt: string
  caption: string | null
  credit: string | null
  copyright: string | null
  usageTerms: string | null
  /** The rendition to fetch (the largest usable one), or null when the item names none. */
  rendition: { href: string; contenttype: string | null; width: number | null; height: number | null } | null
}

export type ArticleDraftFromNinjs = {
  uri: string
  version: string | null
  headline: string
  displayHeadline: string | null
  deck: string | null
  byline: string | null
  releasedAt: string | null
  language: string | null
  section: string | null
  tags: string[]
  body: (BodyElement | { kind: 'figure'; figure: { src: string; alt: string; caption: string } })[]
  /** Pictures and graphics, in the item's order. */
  photos: NinjsPicture[]
  /**
   * The name of the lead picture: one named as such ("hero", "mainpic", …), else the first picture of an item whose
   * body places none (a composite's usual shape); null when the body places them all.
   */
  lead: string | null
  related: { title: string; uri: string | null; summary: string | null; tags: string[] }[]
  /** Other editions of the story the sender names, by language and uri. */
  translations: { language: string; uri: string }[]
}

export class NinjsError extends Error {
  override name = 'NinjsError'
}

const textOf = (list: Text[] | undefined, role: string) => list?.find((t) => t.role === role)?.value ?? null
/** The first text of a list in any of the roles, in order of preference; else the first with no role. */
const firstOf = (list: Text[] | undefined, roles: string[]) =>
  roles.map((r) => textOf(list, r)).find((v) => v) ?? list?.find((t) => !t.role)?.value ?? list?.[0]?.value ?? null

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i
const plainOf = (text: Text) =>
  HTML_TYPES.test(text.contenttype ?? '')
    ? text.value
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : text.value.trim()

/** What kind of Masthead item a ninjs item becomes, or why it cannot. */
export function ninjsKind(item: NinjsItem): 'article' | 'photo' {
  const type = item.type ?? 'text'
  if (type === 'text' || type === 'composite') return 'article'
  if (type === 'picture' || type === 'graphic') return 'photo'
  throw new NinjsError(
    `A ninjs "${String(type).slice(0, 40)}" item cannot be imported: Masthead takes text, composite, picture and graphic items.`,
  )
}

const IMAGE_TYPE = /^image\/(jpe?g|pjpeg|png|webp|gif|tiff|avif|heic|heif)$/i
const IMAGE_FILE = /\.(jpe?g|png|webp|gif|tiff?|avif|heic|heif)(\?|#|$)/i

/**
 * The rendition worth fetching: the largest (by pixels) whose type, or failing a type its file name, says it is an
 * image. Renditions without sizes come after those with sizes (a sender that sizes its renditions sizes the big one).
 */
export function bestRendition(renditions: NinjsRendition[] | undefined): NinjsPicture['rendition'] {
  const usable = (renditions ?? []).filter((r) => {
    if (typeof r?.href !== 'string' || !r.href) return false
    const type = r.contenttype ?? r.mimetype
    return type ? IMAGE_TYPE.test(type) : IMAGE_FILE.test(r.href)
  })
  const pixels = (r: NinjsRendition) => (Number(r.width) || 0) * (Number(r.height) || 0)
  const best = usable.sort((a, b) => pixels(b) - pixels(a))[0]
  if (!best) return null
  return {
    href: best.href,
    contenttype: best.contenttype ?? best.mimetype ?? null,
    width: Number(best.width) || null,
    height: Number(best.height) || null,
  }
}

const sentence = (text: string) => (/^(.{20,}?[.!?。！？])(\s|$)/u.exec(text)?.[1] ?? text).slice(0, 300)

/** A picture or graphic item (or association) → the photo it becomes: alt, caption, credit and rights, rendition. */
export function ninjsToPicture(item: Partial<NinjsItem> & { name?: string }, fallbackName = 'picture'): NinjsPicture {
  const captionText =
    (item.descriptions ?? []).find((d) => ['caption', 'text', 'summary', undefined].includes(d.role)) ??
    item.descriptions?.[0]
  const caption = captionText ? plainOf(captionText) || null : null
  const headline = firstOf(item.headlines, ['alt', 'main'])
  const name = item.name ?? fallbackName
  return {
    name,
    uri: item.uri ?? name,
    version: item.version ?? item.versioncreated ?? null,
    alt: (headline ?? (caption ? sentence(caption) : null) ?? name).slice(0, 300),
    caption,
    credit: item.by?.trim() || null,
    copyright: item.copyrightnotice?.trim() || null,
    usageTerms: item.usageterms?.trim() || null,
    rendition: bestRendition(item.renditions),
  }
}

const LEAD_NAMES = ['hero', 'mainpic', 'main', 'featureimage', 'featuremedia']
const isPicture = (a: { type?: string }) => a.type === 'picture' || a.type === 'graphic'

/**
 * A ninjs text or composite item → what a draft article needs. Figures in the HTML body are matched to the picture
 * associations in order; a plain-text body becomes paragraphs.
 */
export function ninjsToArticle(input: unknown): ArticleDraftFromNinjs {
  if (!input || typeof input !== 'object') throw new NinjsError('A ninjs item must be a JSON object.')
  const item = input as NinjsItem
  if (typeof item.uri !== 'string' || !item.uri) throw new NinjsError('A ninjs item needs a "uri".')
  if (ninjsKind(item) !== 'article')
    throw new NinjsError(`A ninjs "${item.type}" item becomes a photo, not an article.`)
  const headline = firstOf(item.headlines, ['main'])
  if (!headline) throw new NinjsError('The ninjs item has no headline.')
  const bodies = item.bodies ?? []
  const html = bodies.find((b) => HTML_TYPES.test(b.contenttype ?? 'text/html'))?.value
  const plain = bodies.find((b) => /^text\/plain$/i.test(b.contenttype ?? ''))?.value ?? ''
  const body = html
    ? htmlToBody(html).elements
    : plain
        .split(/\n\s*\n|\r\n\s*\r\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .map((text) => ({ kind: 'paragraph' as const, text }))
  const associations = (item.associations ?? []).filter((a) => a && typeof a === 'object')
  const photos = associations.filter(isPicture).map((a) => ninjsToPicture(a))
  const named = photos.find((p) => LEAD_NAMES.includes(p.name.toLowerCase()))
  const placesFigures = body.some((el) => el.kind === 'figure')
  return {
    uri: item.uri,
    version: item.version ?? item.versioncreated ?? null,
    headline,
    displayHeadline: textOf(item.headlines, 'display'),
    deck: textOf(item.descriptions, 'summary'),
    byline: item.by ?? null,
    releasedAt: item.contentcreated ?? item.firstcreated ?? null,
    language: item.language ?? null,
    section: item.subjects?.find((s) => s.rel === 'section')?.name ?? null,
    tags: (item.subjects ?? []).filter((s) => s.rel === 'tag').map((s) => s.name),
    body,
    photos,
    lead: named?.name ?? (placesFigures ? null : (photos[0]?.name ?? null)),
    related: associations
      .filter((a) => a.type === 'text' && !TRANSLATION.test(a.name))
      .map((a) => ({
        title: textOf(a.headlines, 'main') ?? a.name,
        uri: a.uri ?? null,
        summary: textOf(a.descriptions, 'summary'),
        tags: (a.subjects ?? []).map((s) => s.name),
      })),
    translations: associations
      .filter((a) => TRANSLATION.test(a.name) && typeof a.uri === 'string' && a.uri)
      .map((a) => ({ language: a.language ?? a.name.replace(TRANSLATION, ''), uri: a.uri! })),
  }
}
