import type { Metadata } from 'next'
import type React from 'react'

import { getSite } from '@/server/queries'

import { editionNamed } from '../../(frontend)/ListingPage'
import { SiteChrome } from '../../(frontend)/SiteChrome'
import '../../(frontend)/site.css'

type Props = { params: Promise<{ edition: string }> }

/** The pages of an edition in another language than the publication's own: /zh, /zh/news/<slug>, /zh/feed.xml. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, edition] = await Promise.all([getSite(), editionNamed((await params).edition)])
  if (!edition) return {}
  const title = `${site.name} · ${edition.name}`
  return {
    title: { default: title, template: `%s · ${title}` },
    alternates: { types: { 'application/rss+xml': [{ url: `/${edition.code.toLowerCase()}/feed.xml`, title }] } },
  }
}

export default async function EditionLayout({ children, params }: Props & { children: React.ReactNode }) {
  // An unknown segment is the site's own language here; its page answers 404.
  const edition = await editionNamed((await params).edition)
  return <SiteChrome language={edition?.code}>{children}</SiteChrome>
}
