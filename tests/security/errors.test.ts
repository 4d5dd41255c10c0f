import { describe, expect, it } from 'vitest'

import { adminToken, baseUrl, graphql, http, post, staff } from '../http/client'
import { expectAlive, message, rawRequest } from './helpers'

/** Class 9: every malformed query, id or document is the caller's mistake: a 4xx that says what is wrong. */
describe('malformed input answers 4xx with a message, never 500', () => {
  it('malformed addresses on every kind of public route', async () => {
    // Broken escapes (a cut-off UTF-8 sequence, a non-hex digit, a lone %) and ids no database could hold.
    const brokenEscapes = ['/%E0%A4%A', '/news/%E0%A4%A', '/zh/news/%ZZ', '/section/%ZZ', '/tag/%']
    const impossibleIds = ['/author/%25', '/author/1e99', '/author/abc', '/news/100%25']
    for (const path of [...brokenEscapes, ...impossibleIds]) {
      const res = await http(path)
      expect([400, 404], `${path} → ${res.status}`).toContain(res.status)
      expect(res.text, path).not.toMatch(/URIError|stack|at .*\.js/)
    }
    expect((await http('/news/%E0%A4%A')).text).toContain('malformed percent-escape')
  })

  it('malformed REST queries, for readers and staff', async () => {
    const editor = await staff('editor')
    const queries = [
      '/api/articles?where[headline][near]=1,1,1',
      '/api/articles?where[releasedAt][greater_than]=abc',
      '/api/articles?where[releasedAt][less_than]=',
      '/api/articles?where[section][equals]=abc',
      '/api/articles?where[section][in]=1,abc',
      '/api/articles?where[body.root.children.text][like]=x',
      '/api/articles?where[hero.photo.sizes][equals]=1',
      '/api/articles?where[headline][regex]=.*',
      '/api/articles?where[headline][equals][$ne]=1',
      '/api/articles?where[id][equals]=1%20OR%201=1',
      '/api/articles?where=notjson',
      '/api/articles?where={"headline":',
      '/api/articles?data=%7B',
      '/api/articles?sort=body',
      '/api/articles?sort=nope',
      '/api/articles?limit=1e3',
      '/api/articles?depth=abc',
      '/api/photos?where[focalX][greater_than]=north',
      '/api/tags?where[createdAt][equals]=yesterday',
      '/api/articles/abc',
      '/api/articles/1.5',
      '/api/articles/-1',
      '/api/articles/0x10',
      '/api/captions/%00',
      '/api/articles/abc/workflow',
    ]
    for (const path of queries) {
      for (const token of [undefined, editor.token]) {
        const res = await http(path, { token })
        expect(res.status, `${path} ${token ? 'staff' : 'reader'}: ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(
          400,
        )
        expect(res.status, path).toBeLessThan(500)
        if (res.status !== 404) expect(message(res.json), path).not.toBe('')
      }
    }
    // Methods nobody serves: 405 with Allow, on the API and the site alike.
    for (const method of ['TRACE', 'PROPFIND', 'MKCOL']) {
      for (const path of ['/api/articles', '/api/graphql', '/', '/news/x']) {
        const res = await rawRequest(`${method} ${path} HTTP/1.1\nHost: x\nConnection: close`)
        expect(res.status, `${method} ${path}`).toBe(405)
        expect(res.text).toMatch(/^Allow: GET/im)
      }
    }
    // Reader addresses are only read: other methods are refused (Next rendered the page for them, past the page
    // cache, a full render per request) and OPTIONS says what is allowed (Next answered an empty 400).
    for (const path of ['/', '/news/x', '/feed.xml', '/search?q=a', '/section/x', '/sitemap.xml', '/zh/news/x']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const res = await rawRequest(
          `${method} ${path} HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 2\nConnection: close`,
          Buffer.from('{}'),
        )
        expect(res.status, `${method} ${path}`).toBe(405)
        expect(res.text, `${method} ${path}`).toMatch(/^Allow: GET, HEAD, OPTIONS/im)
        expect(res.text, `${method} ${path}`).toContain('only read')
      }
      const options = await rawRequest(`OPTIONS ${path} HTTP/1.1\nHost: x\nConnection: close`)
      expect(options.status, `OPTIONS ${path}`).toBe(204)
      expect(options.text).toMatch(/^Allow: GET, HEAD, OPTIONS/im)
    }
    // The API and the admin still take writes (a login is a POST).
    const login = await http('/api/users/login', { method: 'POST', body: { email: 'nobody@x.test', password: 'x' } })
    expect(login.status).toBe(401)
    const wrongId = await http('/api/articles/abc', { method: 'PATCH', token: editor.token, body: { headline: 'x' } })
    expect(wrongId.status).toBe(400)
    expect((await http('/api/articles/abc', { method: 'DELETE', token: editor.token })).status).toBe(400)
    await expectAlive()
  })

  it('every REST route of every collection and global, applicable or not, answers 4xx with a message, never 5xx', async () => {
    const [editor, admin] = [await staff('editor'), await adminToken()]
    const access = (await http('/api/access', { token: admin })).json
    // Payload adds collections and globals of its own (locks, preferences, key-value store, jobs, migrations): the
    // routes it gives them are swept too, with ours, whatever access lists.
    const collections = [
      ...new Set([
        ...Object.keys(access.collections),
        'payload-locked-documents',
        'payload-preferences',
        'payload-kv',
        'payload-jobs',
        'payload-migrations',
      ]),
    ]
    const globals = [...new Set([...Object.keys(access.globals), 'payload-jobs-stats'])]
    // No id that exists, so that nothing is changed: the point is which routes fail, not what they do.
    const documentRoutes = [
      '/999999999',
      '/me',
      '/count',
      '/unlock',
      '/versions',
      '/versions/999999999',
      '/versions/abc',
    ]
    const addresses = [
      ...collections.flatMap((c) => documentRoutes.map((r) => `/api/${c}${r}`)),
      ...collections.map((c) => `/api/${c}/999999999/workflow`),
      ...globals.flatMap((g) =>
        ['', '/versions', '/versions/999999999', '/versions/abc'].map((r) => `/api/globals/${g}${r}`),
      ),
    ]
    const failures: string[] = []
    for (const address of addresses)
      for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])
        for (const [who, token] of [
          ['reader', undefined],
          ['editor', editor.token],
          ['admin', admin],
        ] as const) {
          // A global is written by POST to its address: with an empty document that would change nothing, but an
          // admin's would still be a write; readers and editors are refused it.
          if (
            who === 'admin' &&
            method !== 'GET' &&
            address.startsWith('/api/globals/') &&
            !address.includes('/versions')
          )
            continue
          const res = await http(address, { method, token, body: method === 'GET' ? undefined : {} })
          const said = message(res.json) || String((res.json as { message?: string } | null)?.message ?? '')
          if (res.status >= 500 || (res.status >= 400 && !said))
            failures.push(`${method} ${address} as ${who} → ${res.status} ${res.text.slice(0, 120)}`)
        }
    expect(failures).toEqual([])
    // What used to fail, said plainly.
    const restore = await http('/api/sections/versions/1', { method: 'POST', body: {} })
    expect(restore.status).toBe(404)
    expect(message(restore.json)).toContain('keeps no revisions')
    expect((await http('/api/payload-migrations')).status).toBe(404)
    const lock = await http('/api/payload-locked-documents/me', { token: editor.token })
    expect(lock.status).toBe(400)
    expect(message(lock.json)).toContain('not a valid id')
    const verify = await http('/api/users/verify/abc', { method: 'POST', body: {} })
    expect(verify.status).toBe(404)
    expect(message(verify.json)).toContain('not verified by email')
    // Payload's Open Graph picture route answered an empty reply (no status at all).
    expect((await http('/api/og?title=x')).status).toBe(404)
    const graphqlGet = await http('/api/graphql?query={__typename}')
    expect(graphqlGet.status).toBe(405)
    expect(graphqlGet.headers.get('allow')).toBe('POST, OPTIONS')
    expect(message(graphqlGet.json)).toContain('POSTed')
    await expectAlive()
  })

  it("Payload's Access query answers readers and staff, never 'Cannot return null' (a 500)", async () => {
    const document = `{ Access {
      canAccessAdmin
      articles { read { permission } update { permission } fields { headline { read { permission } } } }
      site { read { permission } update { permission } }
    } }`
    const editor = await staff('editor')
    for (const [who, token] of [
      ['reader', undefined],
      ['editor', editor.token],
    ] as const) {
      const res = await graphql(document, {}, token)
      expect(res.status, `${who}: ${res.text.slice(0, 300)}`).toBe(200)
      expect(res.json.errors, who).toBeUndefined()
      const access = res.json.data.Access
      expect(access.canAccessAdmin, who).toBe(who === 'editor')
      expect(access.articles.read.permission, who).toBe(true)
      expect(access.articles.fields.headline.read.permission, who).toBe(true)
      expect(access.articles.update?.permission ?? false, who).toBe(who === 'editor')
    }
  })

  it('malformed GraphQL documents', async () => {
    const documents = [
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'fragment A on Query { ...A } { ...A }',
      'query {',
      '{ Article(id: "abc") { headline } }',
      '{ Articles(where: { releasedAt: { greater_than: "abc" } }) { totalDocs } }',
      '{ Articles(where: { section: { equals: "abc" } }) { totalDocs } }',
      '{ Articles(sort: "authors.hash") { totalDocs } }',
      '{ Articles(limit: -5) { totalDocs } }',
      '{ ' + 'Articles { docs { '.repeat(9) + 'id' + ' } }'.repeat(9) + ' }',
    ]
    for (const document of documents) {
      const res = await graphql(document)
      expect(res.status, document).toBeLessThan(500)
      const errors = res.json?.errors ?? []
      expect(errors.length, document).toBeGreaterThan(0)
      for (const e of errors) expect(e.extensions?.statusCode ?? 400, `${document}: ${e.message}`).toBeLessThan(500)
    }
    // A malformed time reaches the one workflow door from GraphQL too: a 400, as over REST.
    const editor = await staff('editor')
    const draft = await post('/api/articles?draft=true', editor.token, { headline: `Bad times ${Date.now()}` })
    for (const [at, until] of [
      ['2030-01-01T00:00:00Z', 'garbage'],
      ['soon', null],
      ['2030-13-45T99:00:00Z', null],
    ]) {
      const res = await graphql(
        `
          mutation ($id: String!, $at: String, $until: String) {
            workflowTransition(collection: "articles", id: $id, action: "schedule", at: $at, until: $until) {
              from
            }
          }
        `,
        { id: String(draft.json.doc.id), at, until },
        editor.token,
      )
      expect(res.status).toBeLessThan(500)
      expect(res.json.errors?.[0]?.extensions?.statusCode, `${at} ${until}: ${res.text}`).toBe(400)
    }
    for (const body of [
      '{"query": 5}',
      'not json',
      '[]',
      'null',
      '{"query":"{ __typename }","variables":"x"}',
      '{"query":"{ __typename }","operationName":5}',
    ]) {
      const res = await fetch(`${baseUrl()}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      })
      expect(res.status, body).toBeLessThan(500)
      expect(res.status, body).toBeGreaterThanOrEqual(400)
    }
    await expectAlive()
  })
})
