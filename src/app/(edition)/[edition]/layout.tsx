import type React from 'react'

import { getSite, readerQueries, sections } from '@/server/queries'
import { editionNamed } from '@/site/routes'
import { SiteChrome } from '@/site/SiteChrome'

type Props = { params: Promise<{ edition: string }> }

/** The pages of an edition in another language than the publication's own: /zh, /zh/news/<slug>, /zh/feed.xml. */
export default async function EditionLayout({ children, params }: Props & { children: React.ReactNode }) {
  // An unknown segment is the site's own language here; its page answers 404.
  const [site, sectionList, edition] = await Promise.all([
    getSite(),
    sections(),
    editionNamed(readerQueries, (await params).edition),
  ])
  return (
    <SiteChrome site={site} sections={sectionList} language={edition?.code}>
      {children}
    </SiteChrome>
  )
}
