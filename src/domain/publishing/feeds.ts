import { Feed } from 'feed'

import { xmlSafe } from './xml'

export type FeedEntry = {
  title: string
  url: string
  summary?: string | null
  published: string
  updated: string
  authors: string[]
  section?: string | null
  imageUrl?: string | null
}

export type FeedChannel = { title: string; description?: string; siteUrl: string; selfPath: string; language: string; copyright: string }

/** RSS 2.0 and Atom for one channel (the site, or a section). Text is made XML-safe before the library escapes it. */
export function buildFeeds(channel: FeedChannel, entries: FeedEntry[]): { rss: string; atom: string } {
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), '1970-01-01T00:00:00.000Z')
  const feed = new Feed({
    title: xmlSafe(channel.title),
    description: channel.description ? xmlSafe(channel.description) : undefined,
    id: `${channel.siteUrl}${channel.selfPath}`,
    link: channel.siteUrl,
    language: channel.language,
    updated: new Date(updated),
    copyright: xmlSafe(channel.copyright),
    generator: 'Masthead',
    feedLinks: { rss: `${channel.siteUrl}${channel.selfPath}`, atom: `${channel.siteUrl}${channel.selfPath.replace(/feed\.xml$/, 'atom.xml')}` },
  })
  for (const e of entries) {
    feed.addItem({
      title: xmlSafe(e.title),
      id: e.url,
      link: e.url,
      description: e.summary ? xmlSafe(e.summary) : undefined,
      date: new Date(e.updated),
      published: new Date(e.published),
      author: e.authors.map((name) => ({ name: xmlSafe(name) })),
      category: e.section ? [{ name: xmlSafe(e.section) }] : undefined,
      image: e.imageUrl ?? undefined,
    })
  }
  return { rss: feed.rss2(), atom: feed.atom1() }
}
