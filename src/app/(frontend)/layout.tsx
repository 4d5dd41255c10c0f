import type React from 'react'

import { getSite, sections } from '@/server/queries'
import { SiteChrome } from '@/site/SiteChrome'

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [site, sectionList] = await Promise.all([getSite(), sections()])
  return (
    <SiteChrome site={site} sections={sectionList}>
      {children}
    </SiteChrome>
  )
}
