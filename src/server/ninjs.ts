import { type NinjsArticle, type NinjsItem, type NinjsRendition, articleToNinjs } from '../domain/publishing/ninjs'
import { lexicalToBody, type LexicalDocument, plainText } from '../domain/richtext/body'
import { bodyToHtml } from '../domain/richtext/html'
import { bylineNames } from '../domain/publishing/byline'
import { articlePath, storyLanguage } from '../domain/editions'
import type { Caption, Photo, Tag } from '../payload-types'
import type { Payload } from 'payload'

import type { ArticlePage } from './queries/articlePage'
import { publishedEditions } from './queries/editions'
import type { SiteSettings } from './queries/site'

const SIZES = ['thumbnail', 'card', 'feature', 'hero', 'social'] as const

/** A published article, read through the public query door, as ninjs 2.0. */
export async function ninjsForArticle(payload: Payload, page: ArticlePage, site: SiteSettings): Promise<NinjsItem> {
  const base = site.baseUrl
  const absolute = (url: string) => (/^https?:\/\//.test(url) ? url : `${base}${url.startsWith('/') ? '' : '/'}${url}`)
  const { article, authors, section, tags, captionFor, relatedLinks } = page
  const body = lexicalToBody(article.body as LexicalDocument)

  const photos: NinjsArticle['photos'] = []
  const photosById = new Map<string, Photo>()
  const hero = typeof article.hero?.photo === 'object' ? article.hero.photo : null
  for (const node of (article.body as LexicalDocument | null)?.root.children ?? []) {
    const photo = (node as { fields?: { photo?: unknown } }).fields?.photo
    if (photo && typeof photo === 'object') photosById.set(String((photo as Photo).id), photo as Photo)
  }
  const renditionsOf = (p: Photo): NinjsRendition[] => [
    ...(p.url
      ? [
          {
            name: 'original',
            href: absolute(p.url),
            contenttype: p.mimeType ?? 'image/jpeg',
            width: p.width ?? undefined,
            height: p.height ?? undefined,
          },
        ]
      : []),
    ...SIZES.flatMap((name) => {
      const s = p.sizes?.[name]
      return s?.url
        ? [
            {
              name,
              href: absolute(s.url),
              contenttype: s.mimeType ?? 'image/webp',
              width: s.width ?? undefined,
              height: s.height ?? undefined,
            },
          ]
        : []
    }),
  ]
  const addPhoto = (name: string, p: Photo, perUse?: number | Caption | null, text?: string | null) => {
    const caption = captionFor(p.id, perUse, text)
    photos.push({
      name,
      uri: `${base}/api/photos/${p.id}`,
      alt: p.alt ?? '',
      caption: caption?.text ?? null,
      credit: caption?.credit ?? p.credit ?? null,
      copyright: p.copyright ?? null,
      renditions: renditionsOf(p),
    })
  }
  if (hero?.url) addPhoto('hero', hero, article.hero?.caption as Caption | null, article.hero?.captionText)
  let n = 0
  const bodyHtml = bodyToHtml(body, (photoId, captionId, captionText) => {
    const p = photosById.get(String(photoId))
    if (!p?.url) return null
    addPhoto(`photo-${++n}`, p, captionId as number | null, captionText)
    const c = captionFor(p.id, captionId as number | null, captionText)
    const feature = p.sizes?.feature
    return {
      src: absolute(feature?.url ?? p.url),
      width: feature?.width ?? p.width,
      height: feature?.height ?? p.height,
      alt: p.alt ?? '',
      caption: c?.text ?? null,
      credit: c?.credit ?? p.credit ?? null,
    }
  })

  const language = storyLanguage(article, site.language)
  const editions = (await publishedEditions(payload, [article.id], site.language)).get(String(article.id)) ?? []
  const others = editions.filter((e) => String(e.id) !== String(article.id))

  return articleToNinjs({
    uri: `${base}${articlePath(article.slug ?? String(article.id), language, site.language)}`,
    slug: article.slug ?? String(article.id),
    version: String((article as { workflowSeq?: number | null }).workflowSeq ?? 1),
    language,
    translations: others.map((e) => ({
      language: e.language,
      uri: `${base}${e.path}`,
      headline: e.headline,
    })),
    firstPublishedAt: article.firstPublishedAt ?? article.createdAt,
    updatedAt: article.updatedAt,
    releasedAt: article.releasedAt,
    headline: article.headline,
    displayHeadline: article.displayHeadline,
    deck: article.deck,
    byline: bylineNames(authors, article.bylineText).join(', ') || null,
    bodyHtml,
    bodyText: plainText(article.body as LexicalDocument),
    section: section ? { name: section.name, uri: `${base}/section/${section.slug}` } : null,
    tags: tags.map((t) => ({ name: t.name, uri: `${base}/tag/${t.slug}` })),
    photos,
    related: relatedLinks.map((l, i) => ({
      name: `related-${i + 1}`,
      uri: l.url || (typeof l.article === 'object' && l.article ? `${base}/news/${l.article.slug}` : null),
      title: l.title,
      summary: l.summary,
      tags: (l.tags ?? []).filter((t): t is Tag => typeof t === 'object').map((t) => t.name),
    })),
  })
}
