import type { Metadata } from 'next'

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>

/**
 * Feed autodiscovery: every page names the site's RSS and Atom feeds, a section page its own feed as well. A page
 * that sets `alternates` replaces the layout's, so those pages pass their extras through here.
 */
export function feedLinks(
  siteName: string,
  section?: { name: string; slug?: string | null } | null,
  extra: AlternateTypes = {},
): AlternateTypes {
  const rss = [{ url: '/feed.xml', title: siteName }]
  if (section?.slug) rss.push({ url: `/section/${section.slug}/feed.xml`, title: `${siteName} · ${section.name}` })
  return { 'application/rss+xml': rss, 'application/atom+xml': [{ url: '/atom.xml', title: siteName }], ...extra }
}
