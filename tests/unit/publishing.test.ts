import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { buildFeed, type FeedChannel, type FeedEntry } from '@/domain/publishing/feeds'
import { bylineKind, newsArticleJsonLd, scriptSafeJson } from '@/domain/publishing/jsonld'
import { newsSitemap, robotsTxt, sitemapIndex, urlSet } from '@/domain/publishing/sitemaps'
import { escapeXml, xmlSafe } from '@/domain/publishing/xml'

import { atomProblems, newsArticleProblems, rssProblems } from '../feedRules'

/** Both formats of one channel, as the site serves them at /feed.xml and /atom.xml. */
const buildFeeds = (channel: FeedChannel, entries: FeedEntry[]) => ({
  rss: buildFeed('rss', channel, entries),
  atom: buildFeed('atom', channel, entries),
})

const nasty = 'Prices & “wages” <rise> in 北京\u0000\u0007 — a\u000Bb'
const wellFormed = (xml: string) => expect(XMLValidator.validate(xml)).toBe(true)

/** An English channel the feed tests share. */
const timesChannel = {
  title: 'The Times',
  siteUrl: 'https://n.example',
  selfPath: '/feed.xml',
  language: 'en',
  copyright: '© The Times',
}

describe('XML text', () => {
  it('drops characters XML 1.0 cannot carry and escapes the rest', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\u000Bf\uD800g😀')).toBe('abc\td\nefg😀')
    expect(escapeXml(nasty)).toBe('Prices &amp; “wages” &lt;rise&gt; in 北京 — ab')
  })
})

describe('feeds', () => {
  const entries = [
    {
      title: nasty,
      url: 'https://n.example/news/a?x=1&y=2',
      summary: 'Deck </description> & more',
      published: '2024-06-09T02:00:00.000Z',
      updated: '2024-06-09T03:00:00.000Z',
      authors: ['李明', 'The editorial department'],
      section: 'Economy & Money',
    },
  ]
  const channel = {
    title: 'The Times & Co',
    siteUrl: 'https://n.example',
    selfPath: '/feed.xml',
    language: 'zh-CN',
    copyright: '© The Times',
  }

  it('RSS 2.0 and Atom are well-formed with Chinese, &, < and control characters in headlines', () => {
    const { rss, atom } = buildFeeds(channel, entries)
    wellFormed(rss)
    wellFormed(atom)
    const parsed = new XMLParser().parse(rss)
    // Feed readers render item titles as HTML: the text arrives escaped, and reads as typed once decoded.
    expect(parsed.rss.channel.item.title).toBe('Prices &amp; “wages” &lt;rise&gt; in 北京 — ab')
    expect(parsed.rss.channel.item.link).toBe('https://n.example/news/a?x=1&y=2')
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  })

  it('RSS names the byline in one dc:creator (its <author> is for one email address) and describes the channel', () => {
    const { rss, atom } = buildFeeds(channel, [
      ...entries,
      { ...entries[0], url: 'https://n.example/news/b', authors: ['Ann'] },
    ])
    wellFormed(rss)
    const parsed = new XMLParser().parse(rss)
    expect(parsed.rss.channel.item.map((i: Record<string, unknown>) => i['dc:creator'])).toEqual([
      '李明和The editorial department',
      'Ann',
    ])
    const english = new XMLParser().parse(
      buildFeeds({ ...channel, language: 'en' }, [{ ...entries[0], authors: ['Ann', 'Bo', 'Cy'] }]).rss,
    )
    expect(english.rss.channel.item['dc:creator']).toBe('Ann, Bo, and Cy')
    expect(rss).not.toContain('<author>')
    expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
    expect(parsed.rss.channel.description).toBe('Latest stories from The Times & Co')
    expect(atom).toContain('<name>李明</name>') // Atom's author takes a name
  })

  it('encloses the lead picture with its real byte length and type', () => {
    const image = { url: 'https://n.example/media/a-feature.webp', bytes: 51234, type: 'image/webp' }
    const { rss } = buildFeeds(channel, [{ ...entries[0], image }])
    const enclosure = new XMLParser({ ignoreAttributes: false }).parse(rss).rss.channel.item.enclosure
    expect(enclosure).toMatchObject({ '@_url': image.url, '@_length': '51234', '@_type': 'image/webp' })
  })
})

describe('feeds carry no live markup', () => {
  const channel = timesChannel
  const entries = [
    {
      title: 'x',
      url: 'https://n.example/news/a',
      published: '2024-06-09T02:00:00.000Z',
      updated: '2024-06-09T03:00:00.000Z',
      authors: ['Ann'],
    },
  ]
  it('a headline or deck with a script is escaped in RSS and Atom (title, description, summary)', () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    const { rss, atom } = buildFeeds({ ...channel, title: `Site ${evil}` }, [
      { ...entries[0], title: `Head ${evil}`, summary: `Deck ${evil}`, section: 'A & <B>' },
    ])
    wellFormed(rss)
    wellFormed(atom)
    for (const xml of [rss, atom]) {
      const unwrapped = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      expect(unwrapped).not.toMatch(/<script|<img/i)
    }
    expect(atom).toContain('<category label="A &amp; &lt;B&gt;"/>')
  })
})

describe('sitemaps', () => {
  it('index, url sets and robots.txt', () => {
    wellFormed(
      sitemapIndex([{ loc: 'https://n.example/sitemaps/articles-1.xml', lastmod: '2024-06-09T03:00:00.000Z' }]),
    )
    const set = urlSet([{ loc: 'https://n.example/news/北京-a&b' }])
    wellFormed(set)
    expect(set).toContain('<loc>https://n.example/news/北京-a&amp;b</loc>')
    expect(robotsTxt('https://n.example')).toContain('Sitemap: https://n.example/sitemap.xml')
  })

  it('the news sitemap keeps only the last 48 hours, at most 1,000, with publication, date and title', () => {
    const now = new Date('2024-06-10T00:00:00Z')
    const entries = [
      ...Array.from({ length: 1200 }, (_, i) => ({
        loc: `https://n.example/news/${i}`,
        title: `Story ${i}`,
        published: new Date(now.getTime() - (i + 1) * 60_000).toISOString(),
      })),
      { loc: 'https://n.example/news/old', title: 'Old', published: '2024-06-01T00:00:00Z' },
      { loc: 'https://n.example/news/x', title: nasty, published: new Date(now.getTime() - 1000).toISOString() },
    ]
    const xml = newsSitemap(entries, { name: 'The Times & Co', language: 'zh-CN' }, now)
    wellFormed(xml)
    const urls = new XMLParser().parse(xml).urlset.url
    expect(urls).toHaveLength(1000)
    expect(xml).not.toContain('/news/old')
    expect(urls[0]['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'The Times & Co', 'news:language': 'zh' },
      'news:title': 'Prices & “wages” <rise> in 北京 — ab',
    })
  })
})

describe('JSON-LD', () => {
  it('describes the article and cannot break out of its script element', () => {
    const ld = newsArticleJsonLd({
      url: 'https://n.example/news/a',
      headline: 'Headline </script><script>alert(1)</script>',
      images: ['https://n.example/16x9.webp', 'https://n.example/4x3.webp', 'https://n.example/1x1.webp'],
      datePublished: '2024-04-14T12:48:00+08:00',
      dateModified: '2024-04-14T13:00:00+08:00',
      authors: [
        { name: 'Li Ming', kind: 'Person' },
        {
          name: 'The editorial department of Qiushi magazine',
          kind: bylineKind('The editorial department of Qiushi magazine'),
        },
      ],
      publisher: { name: 'The Times', url: 'https://n.example' },
      language: 'en',
    })
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      image: ['https://n.example/16x9.webp', 'https://n.example/4x3.webp', 'https://n.example/1x1.webp'],
    })
    expect((ld.author as { '@type': string }[]).map((a) => a['@type'])).toEqual(['Person', 'Organization'])
    const text = scriptSafeJson(ld)
    expect(text).not.toMatch(/<\/script/i)
    expect(JSON.parse(text)).toEqual(ld)
  })
})

describe('feeds and article markup meet their specifications', () => {
  const channel = timesChannel
  const entry = {
    title: 'Harbour reopens',
    url: 'https://n.example/news/harbour',
    summary: 'After two years.',
    published: '2024-06-09T02:00:00.000Z',
    updated: '2024-06-09T03:00:00.000Z',
    authors: ['Ann Lee', 'Bo Chen'],
    section: 'City',
    image: { url: 'https://n.example/media/h.webp', bytes: 4096, type: 'image/webp' },
  }
  const article = {
    url: 'https://n.example/news/harbour',
    headline: 'Harbour reopens',
    images: ['https://n.example/media/h.webp'],
    datePublished: '2024-06-09T10:00:00+08:00',
    dateModified: '2024-06-09T11:00:00+08:00',
    authors: [{ name: 'Ann Lee', kind: 'Person' as const }],
    publisher: { name: 'The Times', url: 'https://n.example' },
    language: 'en',
  }

  it('our RSS, Atom and NewsArticle pass, with authors, without, and with no image', () => {
    for (const entries of [[entry], [{ ...entry, authors: [], image: null }], []]) {
      const { rss, atom } = buildFeeds(channel, entries)
      expect(rssProblems(rss)).toEqual([])
      expect(atomProblems(atom)).toEqual([])
    }
    expect(newsArticleProblems(newsArticleJsonLd(article))).toEqual([])
    expect(newsArticleProblems(newsArticleJsonLd({ ...article, images: [], headline: 'x'.repeat(300) }))).toEqual([])
  })

  it('the rules catch what the specifications forbid', () => {
    const { rss, atom } = buildFeeds(channel, [entry])
    const broken = (xml: string, from: string | RegExp, to: string) => {
      const changed = xml.replace(from, to)
      expect(changed, String(from)).not.toBe(xml)
      return changed
    }
    const rssCases: [string | RegExp, string, RegExp][] = [
      [/<dc:creator>[^<]*<\/dc:creator>/, '<dc:creator>A</dc:creator><dc:creator>B</dc:creator>', /dc:creator/],
      [/length="4096"/, 'length="0"', /enclosure length/],
      [/<pubDate>[^<]*<\/pubDate>/, '', /pubDate/],
      [/<description>Latest[^<]*<\/description>/, '<description></description>', /description/],
      [/<guid[^>]*>[^<]*<\/guid>/, '<guid>harbour</guid>', /guid/],
      ['</item>', '<author>Ann Lee</author></item>', /email/],
      ['<rss version="2.0"', '<rss version="0.91"', /version/],
      ['</channel>', '<item></channel>', /well-formed/],
    ]
    for (const [from, to, problem] of rssCases) expect(rssProblems(broken(rss, from, to)).join('\n')).toMatch(problem)
    const atomCases: [string | RegExp, string, RegExp][] = [
      [/<updated>[^<]*<\/updated>/, '<updated>yesterday</updated>', /RFC 3339/],
      [/<link rel="self"[^>]*\/>/, '', /self/],
      [/(<entry>\s*)<title[^>]*>[\s\S]*?<\/title>/, '$1', /entry 1: needs <title>/],
      [/(<entry>[\s\S]*?)<id>[^<]*<\/id>/, '$1', /needs <id>/],
    ]
    for (const [from, to, problem] of atomCases)
      expect(atomProblems(broken(atom, from, to)).join('\n')).toMatch(problem)
    const ld = newsArticleJsonLd(article)
    const ldCases: [Record<string, unknown>, RegExp][] = [
      [{ headline: 'x'.repeat(111) }, /110/],
      [{ datePublished: '2024-06-09 10:00' }, /datePublished/],
      [{ dateModified: '2024-06-08T10:00:00+08:00' }, /before/],
      [{ image: ['/media/h.webp'] }, /absolute/],
      [{ author: [{ '@type': 'Person', name: 'By Ann Lee' }] }, /By/],
      [{ author: [{ '@type': 'Thing', name: 'Ann' }] }, /Person/],
      [{ publisher: { name: 'The Times' } }, /publisher/],
      [{ '@type': 'Article' }, /NewsArticle/],
    ]
    for (const [change, problem] of ldCases)
      expect(newsArticleProblems({ ...ld, ...change }).join('\n'), JSON.stringify(change)).toMatch(problem)
  })
})
