/**
 * Seeded generator of malformed requests (REST queries, GraphQL documents, bodies) for the fuzz test, and for
 * exploring other seeds by hand (FUZZ_SEED=<n> npm run test:http -- tests/security/fuzz.test.ts).
 */
import { WHERE_OPERATORS } from '../../src/domain/queries/rules'
import { seededRandom } from '../random'

export type FuzzRequest = {
  method: string
  path: string
  body?: string
  headers: Record<string, string>
  asStaff: boolean
}

const COLLECTIONS = [
  'articles',
  'photos',
  'captions',
  'related-links',
  'sections',
  'tags',
  'users',
  'workflow-events',
  'editorial-comments',
  'payload-jobs',
  'nope',
]
const PATHS = [
  'headline',
  'releasedAt',
  'section',
  'section.name',
  'authors',
  'authors.hash',
  'authors.name',
  'body',
  'body.root',
  'hero',
  'hero.photo',
  'hero.photo.sizes.card.url',
  'tags.slug',
  'workflowState',
  'workflowNote',
  'slug',
  'previousSlugs',
  'id',
  '_status',
  'createdAt',
  'corrections.at',
  'corrections',
  'focalX',
  'photo',
  'email',
  'roles',
  'sessions',
  'version.headline',
  'parent',
  'a.b.c.d',
  '',
  '__proto__',
  'constructor',
  'headline__x',
  '$where',
]
// Every operator Payload knows, and some it does not (Mongo's, logical ones in the wrong place).
const OPERATORS = [...WHERE_OPERATORS, 'regex', '$gt', 'or', 'and']
const VALUES = [
  '',
  'abc',
  '1',
  '-1',
  '0',
  '1.5',
  '1e309',
  'NaN',
  'true',
  'null',
  '2026-13-45',
  '2026-11-29',
  '1,2,3',
  '1,,x',
  '%00',
  '\u0000',
  '\u202E',
  "'; DROP TABLE articles;--",
  '{"$gt":""}',
  '[]',
  'x'.repeat(3000),
  '😀',
  '北京',
  '65a1f0c2e4b0a1b2c3d4e5f6',
  '1,1,1',
  '0,0,100000',
]
const PARAMS = [
  'limit',
  'page',
  'depth',
  'sort',
  'draft',
  'pagination',
  'select[headline]',
  'populate[sections][name]',
  'joins[x]',
  'locale',
  'trash',
  'where',
  'data',
  'autosave',
  'fallback-locale',
]

function restRequest(r: () => number): { method: string; path: string; body?: string; contentType?: string } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const collection = pick(COLLECTIONS)
  const segments = [`/api/${collection}`]
  const roll = r()
  if (roll < 0.3) segments.push(`/${encodeURIComponent(pick(VALUES))}`)
  else if (roll < 0.4)
    segments.push(pick(['/versions', '/count', '/workflow', '/me', '/init', '/1/workflow', '/abc/ninjs', '/distinct']))
  const query: string[] = []
  const n = Math.floor(r() * 5)
  for (let i = 0; i < n; i++) {
    if (r() < 0.55) {
      const depth = Math.floor(r() * 3)
      const prefix = Array.from({ length: depth }, () => `[${pick(['and', 'or'])}][${Math.floor(r() * 3)}]`).join('')
      query.push(
        `where${prefix}[${encodeURIComponent(pick(PATHS))}][${pick(OPERATORS)}]${r() < 0.2 ? '[0]' : ''}=${encodeURIComponent(pick(VALUES))}`,
      )
    } else {
      query.push(`${pick(PARAMS)}=${encodeURIComponent(r() < 0.3 ? pick(PATHS) : pick(VALUES))}`)
    }
  }
  const method = pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE'])
  const body =
    method === 'POST' || method === 'PATCH'
      ? pick([
          JSON.stringify({ [pick(PATHS) || 'x']: pick(VALUES) }),
          '{',
          'null',
          '[]',
          JSON.stringify({ headline: pick(VALUES), body: pick(VALUES), section: pick(VALUES) }),
          '',
        ])
      : undefined
  return {
    method,
    path: segments.join('') + (query.length ? `?${query.join('&')}` : ''),
    body,
    contentType: pick([
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]),
  }
}

function graphqlDocument(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const fields = [
    'Articles',
    'Article',
    'Photos',
    'Captions',
    'Users',
    'Tags',
    'Sections',
    'versionsArticles',
    'meUser',
    '__schema',
    '__typename',
  ]
  const args = () =>
    r() < 0.6
      ? `(${pick(['limit', 'page', 'id', 'where', 'sort', 'draft'])}: ${pick(['5', '-1', '100000', '"abc"', 'true', '{ headline: { like: "x" } }', '{ workflowNote: { equals: "x" } }', '{ releasedAt: { greater_than: "abc" } }', 'null', '"authors.hash"'])})`
      : ''
  const selection = (depth: number): string =>
    depth > 0 && r() < 0.7
      ? `{ ${Array.from({ length: 1 + Math.floor(r() * 3) }, () => `${pick(['docs', 'totalDocs', 'headline', 'id', 'section', 'authors', 'hero', 'photo', 'workflowNote', '...F', '... on Article'])} ${selection(depth - 1)}`).join(' ')} }`
      : ''
  const body = `{ ${pick(fields)}${args()} ${selection(1 + Math.floor(r() * 6))} }`
  const fragment =
    r() < 0.4
      ? ` fragment F on ${pick(['Article', 'Query', 'Nope'])} { ${pick(['id', '...F', '...G', 'headline'])} }`
      : ''
  const garbage = r() < 0.15 ? pick(['{', '}', '...', '$x', '"', '#', '@skip']) : ''
  return body + fragment + garbage
}

/** The `count` requests of one seed, in order. */
export function fuzzRequests(seed: number, count: number): FuzzRequest[] {
  const r = seededRandom(seed)
  const out: FuzzRequest[] = []
  for (let i = 0; i < count; i++) {
    const asStaff = r() < 0.3
    const headers: Record<string, string> = {}
    if (r() < 0.3) {
      headers['Content-Type'] = 'application/json'
      out.push({
        method: 'POST',
        path: '/api/graphql',
        body: JSON.stringify({ query: graphqlDocument(r), variables: r() < 0.2 ? { n: 'x' } : undefined }),
        headers,
        asStaff,
      })
    } else {
      const req = restRequest(r)
      if (req.body !== undefined) headers['Content-Type'] = req.contentType!
      out.push({ method: req.method, path: req.path, body: req.body, headers, asStaff })
    }
  }
  return out
}
