import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ftsMatch,
  indexTerms,
  mongoTextSearch,
  parseSearchQuery,
  searchFilters,
  searchRow,
  snippet,
} from '@/domain/publishing/search'

describe('index terms', () => {
  it('stems English, drops accents and possessives, and lower-cases', () => {
    expect(indexTerms('Typhoons hit Hong Kong’s CAFÉS')).toEqual(['typhoon', 'hit', 'hong', 'kong', 'cafe'])
    expect(indexTerms('researchers researching research')).toEqual(['research', 'research', 'research'])
  })
  it('cuts Chinese runs into overlapping two-character terms, keeps a lone character, splits mixed words', () => {
    expect(indexTerms('香港防波堤')).toEqual(['香港', '港防', '防波', '波堤'])
    expect(indexTerms('年')).toEqual(['年'])
    expect(indexTerms('2024年4月')).toEqual(['2024', '年', '4', '月'])
    expect(indexTerms('COVID-19 疫情')).toEqual(['covid', '19', '疫情'])
  })
})

describe('reader queries', () => {
  it('makes each unquoted word a group and each quoted part a phrase, in any quote style', () => {
    expect(parseSearchQuery('harbour "sea wall" “storm surge” 「防波堤」').groups).toEqual([
      ['sea', 'wall'],
      ['storm', 'surg'],
      ['防波', '波堤'],
      ['harbour'],
    ])
  })
  it('drops common words unless they are all there is, and repeats once', () => {
    expect(parseSearchQuery('the storm and the storms').groups).toEqual([['storm']])
    expect(parseSearchQuery('the').groups).toEqual([['the']])
    expect(parseSearchQuery('"the who"').groups).toEqual([['the', 'who']])
  })
  it('keeps a query to eight groups and ignores what has no letters or digits', () => {
    expect(parseSearchQuery('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10').groups).toHaveLength(8)
    expect(parseSearchQuery(' "" ** -- () ').groups).toEqual([])
  })
  it('writes every group as a quoted phrase for both engines', () => {
    const query = parseSearchQuery('typhoon "sea wall" 防波堤')
    expect(ftsMatch(query)).toBe('"sea wall" AND "typhoon" AND "防波 波堤"')
    expect(mongoTextSearch(query)).toBe('"sea wall" "typhoon" "防波 波堤"')
  })
})

/** Runs the match expressions against a real FTS5 table, as the SQLite index does. */
describe('hostile queries against FTS5', () => {
  const db = createClient({ url: ':memory:' })
  beforeAll(async () => {
    await db.execute(
      "CREATE VIRTUAL TABLE s USING fts5(headline, deck, body, plain UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
    )
    await db.execute({
      sql: 'INSERT INTO s (rowid, headline, deck, body, plain) VALUES (1, ?, ?, ?, ?)',
      args: [
        searchRow({ id: 1, headline: 'Typhoon closes the harbour' }).headline,
        searchRow({ id: 1, deck: 'NEAR the sea wall, OR not' }).deck,
        searchRow({ id: 1, searchText: '台风关闭香港防波堤 column:headline' }).body,
        '',
      ],
    })
  })
  afterAll(() => db.close())

  const find = async (q: string) => {
    const query = parseSearchQuery(q)
    if (!query.groups.length) return []
    return (await db.execute({ sql: 'SELECT rowid FROM s WHERE s MATCH ? ORDER BY rank', args: [ftsMatch(query)] }))
      .rows
  }

  it('finds by stem, phrase and Chinese pair; a phrase out of order does not match', async () => {
    expect(await find('typhoons harbours')).toHaveLength(1)
    expect(await find('"sea wall"')).toHaveLength(1)
    expect(await find('"wall sea"')).toHaveLength(0)
    expect(await find('防波堤')).toHaveLength(1)
    expect(await find('香港')).toHaveLength(1)
    expect(await find('港台')).toHaveLength(0)
  })

  it('treats FTS5 syntax in a query as words: NEAR, OR, NOT, column filters, stars, carets, brackets', async () => {
    expect(await find('NEAR OR')).toHaveLength(1)
    expect(await find('headline:typhoon')).toHaveLength(0)
    expect(await find('column:headline')).toHaveLength(1)
    for (const q of ['"unclosed', 'a AND', '(x', 'NOT', '^typhoon*', '{deck}: wall', '" OR "" AND', '-typhoon +sea'])
      await expect(find(q)).resolves.toBeInstanceOf(Array)
  })

  it('1,000 random queries of any characters: FTS5 never rejects the expression', async () => {
    const alphabet = ' "\'()*^:+-{}[]ANDORNOTNEARtyphoon台风防波堤“”「」\\\u0000\u200b\ud83d\ude00éÉ,.;'
    let seed = 20261130
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    let matched = 0
    for (let i = 0; i < 1000; i++) {
      const q = Array.from({ length: 1 + Math.floor(random() * 24) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length)),
      ).join('')
      matched += (await find(q)).length
    }
    // Some of them contain "typhoon" or Chinese pairs of the row: the expressions are live, not all empty.
    expect(matched).toBeGreaterThan(0)
  })
})

describe('snippets', () => {
  it('marks the matching words around the first match, by stem and by Chinese pair', () => {
    const text = `${'Earlier lines of the story. '.repeat(10)}The typhoons struck 香港防波堤 at dawn.`
    const parts = snippet(text, parseSearchQuery('typhoon 防波堤'), 80)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['typhoons', '防波堤'])
    expect(parts[0].text).toBe('… ')
    const shown = parts.map((p) => p.text).join('')
    expect(shown.length).toBeLessThanOrEqual(80 + 4)
    expect(shown).toMatch(/^… \w/)
  })
  it('shows the start of the text when nothing matches, and nothing for no text', () => {
    expect(snippet('Quiet day.', parseSearchQuery('storm'))).toEqual([{ text: 'Quiet day.', hit: false }])
    expect(snippet('', parseSearchQuery('storm'))).toEqual([])
  })
})

describe('search filters', () => {
  const sections = [{ id: 7, slug: 'science' }]
  it('reads a section and an inclusive range of days in the publication’s zone', () => {
    expect(
      searchFilters({ section: 'science', from: '2024-04-14', to: '2024-04-14' }, sections, 'Asia/Shanghai'),
    ).toEqual({
      filters: { section: '7', from: '2024-04-13T16:00:00.000Z', to: '2024-04-14T16:00:00.000Z' },
      problems: [],
    })
  })
  it('names what it cannot understand and leaves it out', () => {
    const { filters, problems } = searchFilters(
      { section: 'sport', from: '2024-02-30', to: 'yesterday' },
      sections,
      'Asia/Shanghai',
    )
    expect(filters).toEqual({ section: null, from: null, to: null })
    expect(problems).toEqual([
      'There is no section “sport”.',
      'From must be a date written YYYY-MM-DD.',
      'To must be a date written YYYY-MM-DD.',
    ])
    expect(searchFilters({ from: '2024-05-01', to: '2024-04-01' }, sections, 'UTC')).toEqual({
      filters: { section: null, from: null, to: null },
      problems: ['The range ends before it starts.'],
    })
  })
})
