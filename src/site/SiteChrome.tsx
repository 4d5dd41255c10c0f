import type React from 'react'

import { editionPrefix } from '@/domain/editions'
import type { SectionLink, SiteSettings } from '@/server/queries'

import { stylesheetHref } from './stylesheet'

/**
 * The document around every reader's page: masthead, section navigation, footer. One per edition: the default
 * language's at the plain paths, another language's under its prefix, with `<html lang>` set to it.
 */
export function SiteChrome({
  site,
  sections,
  language,
  children,
}: {
  site: SiteSettings
  sections: SectionLink[]
  language?: string
  children: React.ReactNode
}) {
  const lang = language ?? site.language
  const prefix = editionPrefix(lang, site.language)
  const isDefault = prefix === ''
  return (
    <html lang={lang}>
      <head>
        <link rel="stylesheet" href={stylesheetHref()} />
      </head>
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="masthead">
          <a href={prefix || '/'} className="masthead__name">
            {site.name}
          </a>
          {isDefault && sections.length > 0 && (
            <nav className="sections-nav" aria-label="Sections">
              <ul>
                {sections.map((s) => (
                  <li key={s.id}>
                    <a href={`/section/${s.slug}`}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <nav className="masthead__nav" aria-label="Site">
            <a href="/search">Search</a>
            <a href={`${prefix}/feed.xml`}>RSS</a>
            {(site.editions ?? [])
              .filter((e) => e.code !== lang)
              .map((e) => (
                <a key={e.code} href={editionPrefix(e.code, site.language) || '/'} lang={e.code} hrefLang={e.code}>
                  {e.name}
                </a>
              ))}
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
