import { Feed } from 'feed'

import { escapeHtml } from '../richtext/html'
import { escapeXml, xmlSafe } from './xml'

export type FeedEntry = {
  title: string
  url: string
  summary?: string | null
  published: string
  updated: string
  authors: string[]
  section?: string | null
  /** Enclosed in RSS with its byte length and type (readers use them to decide whether to fetch it). */
  image?: { url: string; bytes: number | null; type: string | null } | null
}

export type FeedChannel = {
  title: string
  description?: string
  siteUrl: string
  selfPath: string
  language: string
  copyright: string
}

/**
 * Plain text for a feed element that readers render as HTML (RSS title and description in CDATA, Atom
 * `type="html"`): escaped, so a headline containing `</script><script>` is shown as those characters.
 */
const asHtmlText = (text: string) => escapeHtml(xmlSafe(text))

/** One channel (the site, or a section) as RSS 2.0 or Atom. Item titles and summaries are escaped as HTML. */
export function buildFeed(format: 'rss' | 'atom', channel: FeedChannel, entries: FeedEntry[]): string {
  const described = { ...channel, description: channel.description?.trim() || `Latest stories from ${channel.title}` }
  // The library writes an Atom category's label attribute unescaped (RSS escapes its text): each format gets its own.
  return format === 'rss'
    ? withCreators(feedOf(described, entries, xmlSafe, 'rss').rss2(), entries, channel.language)
    : feedOf(described, entries, escapeXml, 'atom').atom1()
}

/**
 * RSS 2.0's `<author>` holds one email address; a newsroom's bylines are names, so each item names them in one
 * `<dc:creator>` (feed readers show the first and drop the rest), as the byline reads: "A, B and C".
 */
function withCreators(rss: string, entries: FeedEntry[], language: string): string {
  const list = new Intl.ListFormat(language, { type: 'conjunction' })
  let i = 0
  const items = rss.replace(/(\s*)<\/item>/g, (end, indent: string) => {
    const names = entries[i++]?.authors ?? []
    return names.length ? `${indent}    <dc:creator>${escapeXml(xmlSafe(list.format(names)))}</dc:creator>${end}` : end
  })
  return items.includes('xmlns:dc=')
    ? items
    : items.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')
}

function feedOf(
  channel: FeedChannel,
  entries: FeedEntry[],
  categoryText: (s: string) => string,
  format: 'rss' | 'atom',
): Feed {
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
    // Atom needs an author for every entry; a story with no byline is the publication's.
    author: { name: xmlSafe(channel.title), link: channel.siteUrl },
    feedLinks: {
      rss: `${channel.siteUrl}${channel.selfPath}`,
      atom: `${channel.siteUrl}${channel.selfPath.replace(/feed\.xml$/, 'atom.xml')}`,
    },
  })
  for (const e of entries) {
    feed.addItem({
      title: asHtmlText(e.title),
      id: e.url,
      link: e.url,
      description: e.summary ? asHtmlText(e.summary) : undefined,
      date: new Date(e.updated),
      published: new Date(e.published),
      // RSS names them in dc:creator (withCreators); Atom's author elements take names.
      author: format === 'atom' ? e.authors.map((name) => ({ name: xmlSafe(name) })) : undefined,
      category: e.section ? [{ name: categoryText(e.section) }] : undefined,
      image: e.image
        ? { url: e.image.url, length: e.image.bytes ?? 0, ...(e.image.type ? { type: e.image.type } : {}) }
        : undefined,
    })
  }
  return feed
}
