import { describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS, precheckGraphqlDocument } from '../../src/domain/graphql/precheck'
import {
  checkId,
  checkListArgs,
  checkRestParams,
  checkSort,
  checkWhere,
  QUERY_LIMITS,
  type Schema,
} from '../../src/domain/queries/rules'
import { cleanText, lookAlikeProblem } from '../../src/domain/text'
import { clientAddress, Throttle } from '../../src/domain/auth/throttle'
import { stripJpeg } from '../../src/domain/photos/strip'
import { isSafeLinkTarget } from '../../src/domain/urls'

const schema: Schema = {
  idKind: 'number',
  collections: {
    articles: [
      { name: 'headline', kind: 'text' },
      { name: 'releasedAt', kind: 'date' },
      { name: 'section', kind: 'relationship', relationTo: 'sections' },
      { name: 'authors', kind: 'relationship', relationTo: 'users' },
      { name: 'body', kind: 'richText' },
      { name: 'workflowNote', kind: 'text', internal: true },
      { name: 'hero', kind: 'group', fields: [{ name: 'photo', kind: 'relationship', relationTo: 'photos' }] },
      { name: 'workflowSeq', kind: 'number', internal: true },
    ],
    users: [
      { name: 'name', kind: 'text' },
      { name: 'hash', kind: 'text' },
    ],
    sections: [{ name: 'slug', kind: 'text' }],
  },
}
const reader = { staff: false }
const staff = { staff: true }

describe('query rules: where and sort', () => {
  it('accepts what the public site and API clients legitimately ask', () => {
    expect(
      checkWhere(
        'articles',
        {
          and: [
            { headline: { like: 'flood' } },
            { releasedAt: { greater_than: '2026-01-01' } },
            { section: { equals: '3' } },
          ],
        },
        schema,
        reader,
      ),
    ).toBeNull()
    expect(checkWhere('articles', { 'hero.photo': { in: '1,2,3' } }, schema, reader)).toBeNull()
    expect(checkWhere('articles', { id: { not_in: '' } }, schema, reader)).toBeNull()
    expect(checkSort('articles', ['-releasedAt', 'id'], schema, reader)).toBeNull()
  })

  it('refuses secrets for everyone, through any relationship', () => {
    for (const caller of [reader, staff]) {
      expect(checkSort('articles', '-authors.hash', schema, caller)).toMatch(/cannot be queried/)
      expect(
        checkWhere('articles', { 'authors.sessions.createdAt': { greater_than: '2020-01-01' } }, schema, caller),
      ).toMatch(/cannot be queried/)
      expect(checkWhere('articles', { authors__salt: { exists: true } }, schema, caller)).toMatch(/cannot be queried/)
    }
  })

  it('readers cannot filter or sort on staff-only fields or through relationships', () => {
    expect(checkWhere('articles', { workflowNote: { like: 'legal' } }, schema, reader)).toMatch(/cannot be queried/)
    expect(checkSort('articles', 'workflowSeq', schema, reader)).toMatch(/cannot be queried/)
    expect(checkSort('articles', 'authors.name', schema, reader)).toMatch(/by id instead/)
    expect(checkWhere('articles', { 'section.slug': { equals: 'world' } }, schema, reader)).toMatch(/by id instead/)
    expect(checkWhere('articles', { workflowNote: { like: 'legal' } }, schema, staff)).toBeNull()
    expect(checkSort('articles', 'authors.name', schema, staff)).toBeNull()
  })

  it('a value of the wrong kind is a message, not a database error', () => {
    expect(checkWhere('articles', { releasedAt: { greater_than: 'abc' } }, schema, staff)).toMatch(/must be a date/)
    expect(checkWhere('articles', { section: { equals: 'abc' } }, schema, staff)).toMatch(/must be an id/)
    expect(checkWhere('articles', { headline: { near: '1,1,1' } }, schema, staff)).toMatch(/map points/)
    expect(checkWhere('articles', { 'body.root.children.text': { like: 'x' } }, schema, staff)).toMatch(/rich text/)
    expect(checkWhere('articles', { headline: { equals: { $gt: '' } } }, schema, staff)).toMatch(/plain value/)
    expect(checkWhere('articles', { headline: { regex: '.*' } }, schema, staff)).toMatch(/not a query operator/)
    expect(checkWhere('articles', { nope: { equals: 1 } }, schema, staff)).toMatch(/unknown/)
    expect(checkWhere('articles', { headline: 'x' }, schema, staff)).toMatch(/must name an operator/)
    expect(checkWhere('articles', { releasedAt: { like: 'x' } }, schema, staff)).toMatch(/works on text/)
  })

  it('bounds the size and nesting of a where', () => {
    let deep: Record<string, unknown> = { headline: { equals: 'x' } }
    for (let i = 0; i < QUERY_LIMITS.maxNesting + 2; i++) deep = { and: [deep] }
    expect(checkWhere('articles', deep, schema, staff)).toMatch(/nest/)
    const wide = { or: Array.from({ length: QUERY_LIMITS.maxConditions + 1 }, () => ({ headline: { equals: 'x' } })) }
    expect(checkWhere('articles', wide, schema, staff)).toMatch(/at most/)
    expect(checkWhere('articles', { id: { in: Array.from({ length: 101 }, (_, i) => i + 1) } }, schema, staff)).toMatch(
      /at most 100/,
    )
  })

  it('ids are checked for the database in use', () => {
    expect(checkId('12', 'number')).toBeNull()
    expect(checkId('abc', 'number')).toMatch(/not a valid id/)
    expect(checkId('0', 'number')).toMatch(/not a valid id/)
    expect(checkId('65a1f0c2e4b0a1b2c3d4e5f6', 'objectId')).toBeNull()
    expect(checkId('12', 'objectId')).toMatch(/hexadecimal/)
  })
})

describe('query rules: list bounds', () => {
  it('readers get a 400 past the limit; staff are served a full page at most', () => {
    expect(checkListArgs({ limit: 1_000_000 }, reader)).toEqual({ refusal: expect.stringMatching(/1 to 100/) })
    expect(checkListArgs({ limit: 0 }, reader)).toEqual({ refusal: expect.any(String) })
    expect(checkListArgs({ limit: 0 }, staff)).toEqual({ limit: 100, depth: undefined })
    expect(checkListArgs({ limit: 5000 }, staff)).toEqual({ limit: 100, depth: undefined })
    expect(checkListArgs({ limit: 20, depth: 10 }, reader)).toEqual({ limit: 20, depth: QUERY_LIMITS.maxDepth })
    expect(checkListArgs({ pagination: false }, reader)).toEqual({ refusal: expect.stringMatching(/paginated/) })
    expect(checkListArgs({ pagination: false }, staff)).toEqual({ limit: 100, depth: undefined })
    expect(checkListArgs({ page: 0 }, reader)).toEqual({ refusal: expect.any(String) })
    expect(checkListArgs({ limit: 'abc' }, staff)).toEqual({ refusal: expect.any(String) })
  })

  it('refuses query strings Payload would fail to parse', () => {
    const p = (q: string) => checkRestParams(new URLSearchParams(q))
    expect(p('where=abc')).toMatch(/not valid JSON/)
    expect(p('data={')).toMatch(/not valid JSON/)
    expect(p('where=3')).toMatch(/JSON object/)
    expect(p('limit=1e9')).toMatch(/whole number/)
    expect(p('limit=5&limit=6')).toMatch(/single/)
    expect(p('depth[a]=1')).toMatch(/single value/)
    expect(p('where[headline][equals]=x&limit=10&page=2&depth=1')).toBeNull()
  })
})

describe('GraphQL precheck', () => {
  it('lets ordinary queries through', () => {
    expect(precheckGraphqlDocument('query { Articles(limit: 10) { docs { headline section { name } } } }')).toBeNull()
    expect(
      precheckGraphqlDocument('fragment F on Article { headline } query { Articles { docs { ...F } } }'),
    ).toBeNull()
  })

  it('refuses cycles, bombs, depth, aliases and garbage with a message', () => {
    expect(precheckGraphqlDocument('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toMatch(
      /cycle/,
    )
    expect(precheckGraphqlDocument('fragment A on Query { ...A } query { ...A }')).toMatch(/cycle/)
    const bomb = [
      'query { ...F0 }',
      ...Array.from(
        { length: 20 },
        (_, i) => `fragment F${i} on Query { a: __typename ...F${i + 1} b: __typename ...F${i + 1} }`,
      ),
      'fragment F20 on Query { __typename }',
    ].join('\n')
    expect(precheckGraphqlDocument(bomb)).toMatch(/more than \d+ fields/)
    const deep =
      'query { ' + 'a { '.repeat(GRAPHQL_LIMITS.maxDepth + 1) + 'b' + ' }'.repeat(GRAPHQL_LIMITS.maxDepth + 1) + ' }'
    expect(precheckGraphqlDocument(deep)).toMatch(/levels deep/)
    const aliases =
      'query { ' + Array.from({ length: 13 }, (_, i) => `a${i}: Articles(limit: 100) { totalDocs }`).join(' ') + ' }'
    expect(precheckGraphqlDocument(aliases)).toMatch(/top-level fields/)
    expect(precheckGraphqlDocument('query { ' + 'a '.repeat(5000) + '}')).toMatch(/too long/)
    expect(precheckGraphqlDocument('query {')).toMatch(/cannot be parsed/)
    expect(precheckGraphqlDocument('query { ...Missing }')).toMatch(/not defined/)
  })
})

describe('text hygiene', () => {
  it('removes bidi overrides, NULs and invisible characters; composes accents', () => {
    expect(cleanText('Flood \u202Eecnarf\u202C update', { multiline: false })).toBe('Flood ecnarf update')
    expect(cleanText('Head\u0000line', { multiline: false })).toBe('Headline')
    expect(cleanText('zero\u200Bwidth\uFEFF', { multiline: false })).toBe('zerowidth')
    expect(cleanText('Cafe\u0301', { multiline: false })).toBe('Café')
    expect(cleanText('one\r\ntwo', { multiline: false })).toBe('one two')
    expect(cleanText('one\r\ntwo', { multiline: true })).toBe('one\ntwo')
    // Joiners that scripts and emoji need are kept.
    expect(cleanText('می\u200Cخواهم 👩\u200D💻', { multiline: false })).toBe('می\u200Cخواهم 👩\u200D💻')
  })

  it('refuses slugs that could pass for another address', () => {
    expect(lookAlikeProblem('publicоk-headline')).toMatch(/Latin and Cyrillic/)
    expect(lookAlikeProblem('рор-news')).toMatch(/pass for Latin/)
    expect(lookAlikeProblem('νοτ-real')).toMatch(/pass for Latin/)
    expect(lookAlikeProblem('путин-meets-biden')).toBeNull()
    expect(lookAlikeProblem('新闻-iphone发布')).toBeNull()
    expect(lookAlikeProblem('москва')).toBeNull()
  })
})

describe('sign-in throttle', () => {
  const options = { freeAttempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000, maxClients: 3 }

  it('free attempts, then doubling waits up to the cap; success forgives', () => {
    const t = new Throttle(options)
    const now = 1_000_000
    for (let i = 0; i < 3; i++) expect(t.attempt(['a'], now).allowed).toBe(true)
    // The third attempt set the first wait.
    expect(t.attempt(['a'], now)).toEqual({ allowed: false, retryAfterMs: 1000 })
    expect(t.attempt(['a'], now + 1000).allowed).toBe(true)
    expect(t.attempt(['a'], now + 1000)).toEqual({ allowed: false, retryAfterMs: 2000 })
    let at = now + 3000
    for (let i = 0; i < 6; i++) {
      const verdict = t.attempt(['a'], at)
      expect(verdict.allowed).toBe(true)
      const wait = t.attempt(['a'], at)
      expect(wait.allowed).toBe(false)
      if (!wait.allowed) {
        expect(wait.retryAfterMs).toBeLessThanOrEqual(8000)
        at += wait.retryAfterMs
      }
    }
    t.succeeded(['a'])
    expect(t.attempt(['a'], at).allowed).toBe(true)
  })

  it('one client’s guesses do not slow another; memory is bounded', () => {
    const t = new Throttle(options)
    for (let i = 0; i < 10; i++) t.attempt(['attacker'], 0)
    expect(t.attempt(['victim'], 0).allowed).toBe(true)
    for (const k of ['b', 'c', 'd', 'e']) t.attempt([k], 0)
    // 'attacker' was the oldest entry and has been forgotten to make room.
    expect(t.attempt(['attacker'], 0).allowed).toBe(true)
  })

  it('the client behind trusted proxies is read from the right of X-Forwarded-For', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', [])).toBe('203.0.113.9')
    expect(clientAddress('127.0.0.1', '1.2.3.4', ['127.0.0.1'])).toBe('1.2.3.4')
    expect(clientAddress('127.0.0.1', 'spoofed, 1.2.3.4', ['127.0.0.1'])).toBe('1.2.3.4')
    expect(clientAddress('::ffff:127.0.0.1', '9.9.9.9, 10.1.1.1', ['127.0.0.1', '10.1.1.1'])).toBe('9.9.9.9')
    expect(clientAddress('127.0.0.1', undefined, ['127.0.0.1'])).toBe('127.0.0.1')
  })
})

describe('links and JPEG ends', () => {
  it('only web, mail and relative links are safe, however a scheme is disguised', () => {
    for (const ok of [
      'https://a.example/x',
      'http://a',
      'mailto:desk@a.example',
      '/news/x',
      '#top',
      '?q=1',
      'page.html',
    ])
      expect(isSafeLinkTarget(ok), ok).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'java\tscript:x',
      '\u0000javascript:x',
      ' data:text/html,x',
      'vbscript:x',
      '//evil.example',
      'file:///etc/passwd',
      'tel:1',
      '',
    ]) {
      expect(isSafeLinkTarget(bad), JSON.stringify(bad)).toBe(false)
    }
  })

  it('stripJpeg keeps the picture and drops what follows its end marker', async () => {
    const sharp = (await import('sharp')).default
    for (const progressive of [false, true]) {
      const clean = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#468' } })
        .jpeg({ progressive })
        .toBuffer()
      const stripped = stripJpeg(Buffer.concat([clean, Buffer.from('<html><script>alert(1)</script>')]))
      expect(stripped, String(progressive)).not.toBeNull()
      expect(
        Buffer.from(stripped!).equals(stripJpeg(clean) as Buffer) ||
          Buffer.from(stripped!).equals(Buffer.from(stripJpeg(clean)!)),
      ).toBe(true)
      expect([...stripped!.subarray(-2)]).toEqual([0xff, 0xd9])
      expect(Buffer.from(stripped!).includes(Buffer.from('<script'))).toBe(false)
    }
  })
})
