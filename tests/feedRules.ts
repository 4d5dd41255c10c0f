import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * The rules feeds and article markup are checked against, written from the specifications: RSS 2.0 (RSS Advisory
 * Board), Atom (RFC 4287, dates RFC 3339) and schema.org NewsArticle as Google's article guidelines use it. Each
 * function returns the problems found, so a test can show all of them; an empty list is a valid document.
 */

const ABSOLUTE_URL = /^https?:\/\/[^\s/]+\/?\S*$/
// RFC 822 (with the four-digit years RSS 2.0 recommends): "Sun, 09 Jun 2024 02:00:00 GMT".
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4}|[A-Z]{3})$/
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/i

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (name) => ['item', 'entry', 'link', 'enclosure', 'dc:creator', 'author', 'guid', 'channel'].includes(name),
})

type Node = Record<string, unknown>
const text = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? String((value as Node)['#text'] ?? '') : ''
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[]

/** The document's root element when the XML is well-formed and the root is the one expected. */
function rootOf(xml: string, name: string): { root: Node | null; problems: string[] } {
  const valid = XMLValidator.validate(xml)
  if (valid !== true)
    return { root: null, problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`] }
  const root = (parser.parse(xml) as Node)[name] as Node | undefined
  return root ? { root, problems: [] } : { root: null, problems: [`the root element is not <${name}>`] }
}

export function rssProblems(xml: string): string[] {
  const { root: rss, problems } = rootOf(xml, 'rss')
  if (!rss) return problems
  if (rss['@version'] !== '2.0') problems.push('<rss> must say version="2.0"')
  const channels = list(rss.channel)
  if (channels.length !== 1) return [...problems, `an RSS document has one <channel>, found ${channels.length}`]
  const channel = channels[0]
  for (const name of ['title', 'link', 'description'])
    if (!text(list(channel[name])[0]).trim()) problems.push(`the channel needs a non-empty <${name}>`)
  if (channel.link !== undefined && !ABSOLUTE_URL.test(text(list(channel.link)[0])))
    problems.push('channel <link> is not an absolute URL')
  for (const name of ['pubDate', 'lastBuildDate'])
    if (channel[name] !== undefined && !RFC_822.test(text(channel[name])))
      problems.push(`channel <${name}> is not an RFC 822 date`)
  const usesDc = JSON.stringify(channel).includes('"dc:')
  if (usesDc && rss['@xmlns:dc'] !== 'http://purl.org/dc/elements/1.1/')
    problems.push('dc: elements without the Dublin Core namespace')
  list(channel.item).forEach((item, i) => {
    const at = `item ${i + 1}`
    if (!text(item.title).trim() && !text(item.description).trim())
      problems.push(`${at}: needs a title or a description`)
    for (const link of list(item.link))
      if (!ABSOLUTE_URL.test(text(link))) problems.push(`${at}: <link> is not an absolute URL`)
    const guids = list(item.guid)
    if (guids.length !== 1) problems.push(`${at}: needs one <guid>, found ${guids.length}`)
    for (const guid of guids) {
      const permalink = typeof guid === 'object' ? (guid as Node)['@isPermaLink'] : undefined
      if (permalink !== undefined && permalink !== 'true' && permalink !== 'false')
        problems.push(`${at}: isPermaLink must be true or false`)
      if (permalink !== 'false' && !ABSOLUTE_URL.test(text(guid)))
        problems.push(`${at}: a permalink <guid> must be a URL`)
    }
    if (item.pubDate === undefined || !RFC_822.test(text(item.pubDate)))
      problems.push(`${at}: <pubDate> missing or not RFC 822`)
    for (const author of list(item.author))
      if (!/^\S+@\S+\.\S+( \(.+\))?$/.test(text(author)))
        problems.push(`${at}: <author> must be an email address, got "${text(author)}"`)
    const creators = list(item['dc:creator'])
    if (creators.length > 1) problems.push(`${at}: ${creators.length} <dc:creator> elements (one per item)`)
    for (const creator of creators) if (!text(creator).trim()) problems.push(`${at}: empty <dc:creator>`)
    const enclosures = list(item.enclosure)
    if (enclosures.length > 1) problems.push(`${at}: more than one <enclosure>`)
    for (const e of enclosures) {
      if (!ABSOLUTE_URL.test(String(e['@url'] ?? ''))) problems.push(`${at}: enclosure url is not an absolute URL`)
      if (!/^[1-9]\d*$/.test(String(e['@length'] ?? '')))
        problems.push(`${at}: enclosure length must be its size in bytes, got "${String(e['@length'])}"`)
      if (!MIME.test(String(e['@type'] ?? ''))) problems.push(`${at}: enclosure type is not a MIME type`)
    }
  })
  return problems
}

export function atomProblems(xml: string): string[] {
  const { root: feed, problems } = rootOf(xml, 'feed')
  if (!feed) return problems
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('<feed> is not in the Atom namespace')
  const required = (node: Node, at: string) => {
    for (const name of ['id', 'title', 'updated']) if (!text(node[name]).trim()) problems.push(`${at}: needs <${name}>`)
    if (node.updated !== undefined && !RFC_3339.test(text(node.updated)))
      problems.push(`${at}: <updated> is not an RFC 3339 date`)
    if (node.published !== undefined && !RFC_3339.test(text(node.published)))
      problems.push(`${at}: <published> is not an RFC 3339 date`)
    for (const link of list(node.link))
      if (!ABSOLUTE_URL.test(String(link['@href'] ?? ''))) problems.push(`${at}: a <link> href is not an absolute URL`)
  }
  required(feed, 'feed')
  if (!list(feed.link).some((l) => l['@rel'] === 'self')) problems.push('feed: needs <link rel="self">')
  const feedHasAuthor = list(feed.author).some((a) => text(a.name).trim())
  list(feed.entry).forEach((entry, i) => {
    const at = `entry ${i + 1}`
    required(entry, at)
    const authors = list(entry.author)
    if (!feedHasAuthor && !authors.length) problems.push(`${at}: needs an <author> (the feed has none)`)
    for (const a of authors) if (!text(a.name).trim()) problems.push(`${at}: <author> needs a <name>`)
    if (!entry.content && !list(entry.link).some((l) => (l['@rel'] ?? 'alternate') === 'alternate'))
      problems.push(`${at}: without <content> it needs <link rel="alternate">`)
  })
  return problems
}

/** schema.org NewsArticle with what Google's article guidelines ask for. */
export function newsArticleProblems(data: unknown): string[] {
  const problems: string[] = []
  const ld = (data ?? {}) as Node
  if (ld['@context'] !== 'https://schema.org' && ld['@context'] !== 'http://schema.org')
    problems.push('@context is not schema.org')
  if (ld['@type'] !== 'NewsArticle') problems.push('@type is not NewsArticle')
  const headline = typeof ld.headline === 'string' ? ld.headline : ''
  if (!headline.trim()) problems.push('headline is missing')
  if (headline.length > 110) problems.push(`headline is ${headline.length} characters (at most 110)`)
  for (const name of ['datePublished', 'dateModified']) {
    const value = ld[name]
    if (typeof value !== 'string' || !RFC_3339.test(value))
      problems.push(`${name} is not an ISO 8601 date with a time zone`)
  }
  if (
    typeof ld.datePublished === 'string' &&
    typeof ld.dateModified === 'string' &&
    Date.parse(ld.dateModified) < Date.parse(ld.datePublished)
  )
    problems.push('dateModified is before datePublished')
  if (ld.image !== undefined) {
    const images = Array.isArray(ld.image) ? ld.image : [ld.image]
    if (!images.length || images.some((u) => typeof u !== 'string' || !ABSOLUTE_URL.test(u)))
      problems.push('image must list absolute URLs')
  }
  const authors = Array.isArray(ld.author) ? (ld.author as Node[]) : ld.author ? [ld.author as Node] : []
  for (const a of authors) {
    if (a['@type'] !== 'Person' && a['@type'] !== 'Organization')
      problems.push('an author is neither a Person nor an Organization')
    const name = typeof a.name === 'string' ? a.name : ''
    if (!name.trim()) problems.push('an author has no name')
    if (/^by\s/i.test(name)) problems.push(`author name "${name}" carries "By" (only the name belongs there)`)
  }
  const publisher = ld.publisher as Node | undefined
  if (!publisher || publisher['@type'] !== 'Organization' || typeof publisher.name !== 'string' || !publisher.name)
    problems.push('publisher must be an Organization with a name')
  const url = (ld.mainEntityOfPage as Node | undefined)?.['@id'] ?? ld.url
  if (typeof url !== 'string' || !ABSOLUTE_URL.test(url))
    problems.push('the page URL (mainEntityOfPage) is not absolute')
  return problems
}
