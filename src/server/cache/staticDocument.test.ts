import { describe, expect, it } from 'vitest'

import { withoutClientRuntime } from './staticDocument'

/** The shape of a page as Next 16 renders it (chunks, preloads, the inlined RSC payload, Turbopack's bootstrap). */
const page = (main: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/m.js" as="script"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<title>Story · Times</title>',
    '<link rel="alternate" type="application/rss+xml" href="/feed.xml"/>',
    '<link rel="preload" as="image" href="/media/hero.webp"/></head><body>',
    main,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cscript\\u003e"])</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</SCRIPT >',
    '</body></html>',
  ].join('')

describe('readers’ pages without the client runtime', () => {
  it('removes every script and script preload, and keeps styles, feeds, image preloads, JSON-LD and content', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c b"}</script>'
    const { html, stripped } = withoutClientRuntime(page(`<main><h1>A &lt;script&gt; story</h1>${jsonLd}</main>`))
    expect(stripped).toBe(true)
    expect(html.match(/<script\b[^>]*>/gi)).toEqual(['<script type="application/ld+json">'])
    expect(html).not.toMatch(/as="script"|__next_f|TURBOPACK|_next\/static\/chunks\/[^"]+\.js/)
    for (const kept of [
      'rel="stylesheet" href="/_next/static/chunks/site.css"',
      'type="application/rss+xml"',
      'rel="preload" as="image"',
      '<h1>A &lt;script&gt; story</h1>',
      jsonLd,
      '</body></html>',
    ])
      expect(html).toContain(kept)
  })

  it('keeps a page whose streamed boundary a script still has to fill in', () => {
    for (const pending of ['<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->', '<template id="B:1">']) {
      const original = page(
        `<main>${pending}</main><div hidden id="S:0"><p>Late</p></div><script>$RC("B:0","S:0")</script>`,
      )
      expect(withoutClientRuntime(original)).toEqual({ html: original, stripped: false })
    }
  })

  it('leaves a completed boundary alone', () => {
    const { html, stripped } = withoutClientRuntime(page('<main><!--$--><p>Done</p><!--/$--></main>'))
    expect(stripped).toBe(true)
    expect(html).toContain('<!--$--><p>Done</p><!--/$-->')
  })
})
