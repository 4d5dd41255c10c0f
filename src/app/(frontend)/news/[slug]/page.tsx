import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleView } from '@/components/ArticleView'
import type { Photo } from '@/payload-types'
import { articleBySlug, currentSlugFor, getSite } from '@/server/queries'

import { feedLinks } from '../../feedLinks'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, page] = await Promise.all([getSite(), articleBySlug(decodeURIComponent((await params).slug))])
  if (!page) return {}
  const { article } = page
  const base = site.baseUrl
  const url = `${base}/news/${article.slug}`
  const hero = typeof article.hero?.photo === 'object' ? (article.hero.photo as Photo | null) : null
  const social = hero?.sizes?.socialJpeg?.url ?? hero?.sizes?.social?.url
  const image = social ? (/^https?:/.test(social) ? social : `${base}${social}`) : undefined
  return {
    title: article.headline,
    description: article.deck ?? undefined,
    alternates: {
      canonical: url,
      types: feedLinks(site.name, page.section, { 'application/json': `${url}.ninjs.json` }),
    },
    openGraph: {
      type: 'article',
      url,
      siteName: site.name,
      title: article.displayHeadline || article.headline,
      description: article.deck ?? undefined,
      locale: site.language,
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

export default async function ArticleRoute({ params }: Props) {
  const slug = decodeURIComponent((await params).slug)
  const [site, page] = await Promise.all([getSite(), articleBySlug(slug)])
  if (!page) {
    const current = await currentSlugFor(slug)
    if (current) permanentRedirect(`/news/${encodeURIComponent(current)}`)
    notFound()
  }
  return <ArticleView page={page} site={site} />
}
