import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleView } from '@/components/ArticleView'
import { articlePath, editionPrefix, hreflangAlternates, storyLanguage } from '@/domain/editions'
import type { Photo } from '@/payload-types'
import { articleBySlug, currentSlugFor, getSite, publishedEditions } from '@/server/queries'

import { feedLinks } from './feedLinks'

/** A story's page, asked for at the plain path (`edition` null) or under an edition's prefix. */
export async function articleMetadata(slug: string): Promise<Metadata> {
  const [site, page] = await Promise.all([getSite(), articleBySlug(slug)])
  if (!page) return {}
  const { article } = page
  const base = site.baseUrl
  const language = storyLanguage(article, site.language)
  const url = `${base}${articlePath(article.slug ?? slug, language, site.language)}`
  const editions = (await publishedEditions([article.id])).get(String(article.id)) ?? []
  const hero = typeof article.hero?.photo === 'object' ? (article.hero.photo as Photo | null) : null
  const social = hero?.sizes?.socialJpeg?.url ?? hero?.sizes?.social?.url
  const image = social ? (/^https?:/.test(social) ? social : `${base}${social}`) : undefined
  return {
    title: article.headline,
    description: article.deck ?? undefined,
    alternates: {
      canonical: url,
      languages: hreflangAlternates(
        editions.map((e) => ({ ...e, url: `${base}${e.path}` })),
        site.language,
      ),
      types: feedLinks(site.name, page.section, { 'application/json': `${url}.ninjs.json` }),
    },
    openGraph: {
      type: 'article',
      url,
      siteName: site.name,
      title: article.displayHeadline || article.headline,
      description: article.deck ?? undefined,
      locale: language,
      publishedTime: article.releasedAt ?? article.firstPublishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      section: page.section?.name,
      images: image ? [{ url: image, width: 1200, height: 630, alt: hero?.alt ?? '' }] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: article.headline,
      description: article.deck ?? undefined,
      images: image ? [image] : undefined,
    },
  }
}

/**
 * The story, at its edition's address only: asked for under another edition's (or the plain) path, it answers with
 * a permanent redirect to its own; an old slug redirects to the current one.
 */
export async function ArticlePageAt({ slug, edition }: { slug: string; edition: string | null }) {
  const [site, page] = await Promise.all([getSite(), articleBySlug(slug)])
  const prefix = edition ? `/${edition}` : ''
  if (!page) {
    const current = await currentSlugFor(slug)
    if (current) permanentRedirect(`${prefix}/news/${encodeURIComponent(current)}`)
    notFound()
  }
  const language = storyLanguage(page.article, site.language)
  if (editionPrefix(language, site.language) !== prefix)
    permanentRedirect(articlePath(page.article.slug ?? slug, language, site.language))
  return <ArticleView page={page} site={site} />
}
