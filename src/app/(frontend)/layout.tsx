import type { Metadata } from 'next'
import type React from 'react'

import { getSite } from '@/server/queries'

import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return { title: { default: site.name, template: `%s · ${site.name}` } }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const site = await getSite()
  return (
    <html lang={site.language}>
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="masthead">
          <a href="/" className="masthead__name">
            {site.name}
          </a>
          <nav className="masthead__nav" aria-label="Site">
            <a href="/search">Search</a>
            <a href="/feed.xml">RSS</a>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>© {site.name}. Published with Masthead.</p>
        </footer>
      </body>
    </html>
  )
}
