import type { Metadata } from 'next'
import type React from 'react'

import { getSite, sections } from '@/server/queries'

import { feedLinks } from './feedLinks'
import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return { title: { default: site.name, template: `%s · ${site.name}` }, alternates: { types: feedLinks(site.name) } }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [site, allSections] = await Promise.all([getSite(), sections()])
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
          {allSections.length > 0 && (
            <nav className="sections-nav" aria-label="Sections">
              <ul>
                {allSections.map((s) => (
                  <li key={s.id}>
                    <a href={`/section/${s.slug}`}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
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
