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

export type NinjsRendition = { name: string; href: string; contenttype: string; width?: number; height?: number }
type Text = { role?: string; contenttype?: string; value: string }
type Concept = { name: string; rel?: string; uri?: string; literal?: string }

export type NinjsItem = {
  uri: string
  type?: 'text' | 'picture'
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

export type ArticleDraftFromNinjs = {
  uri: string
  headline: string
  displayHeadline: string | null
  deck: string | null
  byline: string | null
  releasedAt: string | null
  language: string | null
  section: string | null
  tags: string[]
  body: (BodyElement | { kind: 'figure'; figure: { src: string; alt: string; caption: string } })[]
  photos: { name: string; uri: string; alt: string; caption: string | null; credit: string | null }[]
  related: { title: string; uri: string | null; summary: string | null; tags: string[] }[]
  /** Other editions of the story the sender names, by language and uri. */
  translations: { language: string; uri: string }[]
}

export class NinjsError extends Error {
  override name = 'NinjsError'
}

const textOf = (list: Text[] | undefined, role: string) => list?.find((t) => t.role === role)?.value ?? null

/** A ninjs text item → what a draft article needs. Figures in the HTML body are matched to picture associations. */
export function ninjsToArticle(input: unknown): ArticleDraftFromNinjs {
  if (!input || typeof input !== 'object') throw new NinjsError('A ninjs item must be a JSON object.')
  const item = input as NinjsItem
  if (typeof item.uri !== 'string' || !item.uri) throw new NinjsError('A ninjs item needs a "uri".')
  if (item.type && item.type !== 'text')
    throw new NinjsError(`Only text items can become articles (this one is "${item.type}").`)
  const headline = textOf(item.headlines, 'main') ?? item.headlines?.[0]?.value
  if (!headline) throw new NinjsError('The ninjs item has no headline.')
  const html = item.bodies?.find((b) => (b.contenttype ?? 'text/html') === 'text/html')?.value ?? ''
  const associations = item.associations ?? []
  return {
    uri: item.uri,
    headline,
    displayHeadline: textOf(item.headlines, 'display'),
    deck: textOf(item.descriptions, 'summary'),
    byline: item.by ?? null,
    releasedAt: item.contentcreated ?? null,
    language: item.language ?? null,
    section: item.subjects?.find((s) => s.rel === 'section')?.name ?? null,
    tags: (item.subjects ?? []).filter((s) => s.rel === 'tag').map((s) => s.name),
    body: htmlToBody(html).elements,
    photos: associations
      .filter((a) => a.type === 'picture')
      .map((a) => ({
        name: a.name,
        uri: a.uri ?? a.name,
        alt: textOf(a.headlines, 'alt') ?? '',
        caption: textOf(a.descriptions, 'caption'),
        credit: a.by ?? null,
      })),
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
