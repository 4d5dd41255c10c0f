import type { ParsedArticle } from '../src/domain/import/scrapedArticle'

/** What the parser found, as one line a reader takes in at a glance (and a failing test prints whole). */
export const countLine = (
  c: Pick<ParsedArticle['counts'], 'headings' | 'quotes' | 'bullets' | 'photoSlots' | 'captions' | 'relatedLinks'>,
) =>
  `${c.headings} headings, ${c.quotes} quotes, ${c.bullets} bullets, ${c.photoSlots} photo slots, ${c.captions} captions, ${c.relatedLinks} related links`
