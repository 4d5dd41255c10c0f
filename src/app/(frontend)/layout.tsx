import type { Metadata } from 'next'
import type React from 'react'

import { getSite } from '@/server/queries'

import { feedLinks } from './feedLinks'
import { SiteChrome } from './SiteChrome'
import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return { title: { default: site.name, template: `%s · ${site.name}` }, alternates: { types: feedLinks(site.name) } }
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}
