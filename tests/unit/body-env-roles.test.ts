import { describe, expect, it } from 'vitest'

import { hasRole, isStaff, rolesOf } from '@/domain/roles'
import { bodyToLexical, lexicalToBody, plainText, type BodyElement } from '@/domain/richtext/body'
import { EnvError, readEnv } from '@/server/env'

describe('article body ⇄ Lexical', () => {
  const body: BodyElement[] = [
    { kind: 'paragraph', text: 'Intro & <b>not bold</b>' },
    { kind: 'heading', level: 2, text: 'A heading' },
    { kind: 'quote', text: '“A pull quote.”' },
    { kind: 'list', ordered: false, items: ['one', 'two'] },
    { kind: 'list', ordered: true, items: ['first'] },
    { kind: 'photo', photo: 7, caption: 3 },
  ]

  it('round-trips every element kind', () => {
    expect(lexicalToBody(bodyToLexical(body))).toEqual(body)
  })

  it('reduces populated relations to ids when reading back', () => {
    const doc = bodyToLexical([{ kind: 'photo', photo: 7 }])
    const fields = (doc.root.children![0] as unknown as { fields: Record<string, unknown> }).fields
    fields.photo = { id: 7, alt: 'x' }
    expect(lexicalToBody(doc)).toEqual([{ kind: 'photo', photo: 7, caption: null }])
  })

  it('extracts reader-visible text', () => {
    expect(plainText(bodyToLexical(body))).toBe('Intro & <b>not bold</b>\nA heading\n“A pull quote.”\none\ntwo\nfirst')
  })
})

describe('roles', () => {
  it('admins hold every role; unknown roles are ignored', () => {
    expect(hasRole({ id: 1, roles: ['admin'] }, 'photo_desk')).toBe(true)
    expect(hasRole({ id: 1, roles: ['writer'] }, 'editor')).toBe(false)
    expect(rolesOf({ id: 1, roles: ['writer', 'superuser'] })).toEqual(['writer'])
    expect(isStaff(null)).toBe(false)
    expect(isStaff({ id: 1, roles: [] })).toBe(false)
  })
})

describe('environment', () => {
  const secret = 'x'.repeat(32)

  it('defaults to an embedded SQLite file', () => {
    const env = readEnv({ PAYLOAD_SECRET: secret })
    expect(env.database).toEqual({ kind: 'sqlite', url: 'file:./data/masthead.db' })
    expect(env.isProduction).toBe(false)
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(
      readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: 'mongodb://db:27017/masthead?replicaSet=rs0' }).database.kind,
    ).toBe('mongodb')
    expect(
      readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: 'mongodb+srv://u:p@cluster.example.net/x' }).database.kind,
    ).toBe('mongodb')
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: './data/other.db' }).database).toEqual({
      kind: 'sqlite',
      url: 'file:./data/other.db',
    })
  })

  it('refuses to start production without a secret, saying what to do', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(EnvError)
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/In production set it/)
    expect(() => readEnv({ NODE_ENV: 'development', PAYLOAD_SECRET: 'short' })).toThrow(/npm run setup/)
  })

  it('reports invalid values by name', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: secret, SERVER_URL: 'not a url' })).toThrow(/SERVER_URL/)
    // The production server's own settings too: a page cache of "abc" MB would have been unbounded.
    expect(() => readEnv({ PAYLOAD_SECRET: secret, PAGE_CACHE_MB: 'abc' })).toThrow(/PAGE_CACHE_MB/)
    expect(() => readEnv({ PAYLOAD_SECRET: secret, PORT: '70000' })).toThrow(/PORT/)
    expect(() => readEnv({ PAYLOAD_SECRET: secret, REQUEST_MAX_BYTES: '-1' })).toThrow(/REQUEST_MAX_BYTES/)
    expect(readEnv({ PAYLOAD_SECRET: secret, TRUSTED_PROXIES: '10.0.0.1, 10.0.0.2' }).requests.trustedProxies).toEqual([
      '10.0.0.1',
      '10.0.0.2',
    ])
  })
})
