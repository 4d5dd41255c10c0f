import { beforeAll, describe, expect, it } from 'vitest'

import fs from 'node:fs'
import path from 'node:path'

import { bodyToLexical, lexicalToBody } from '@/domain/richtext/body'
import type { User } from '@/payload-types'
import { reviewQueues } from '@/domain/desk/home'
import { loadQueues } from '@/server/desk/queues'
import { importScrapedArticle } from '@/server/import/scraped'
import { searchArticles } from '@/server/queries/search'
import { importNinjsItem } from '@/server/import/ninjs'
import { ninjsForArticle } from '@/server/ninjs'
import { articleById } from '@/server/queries/articlePage'
import { readSite } from '@/server/queries/site'

import { ninjsValidator } from '../ninjs-schema'
import { groupMembers, translateArticle, translationStatus } from '@/server/translations'

import { act, asReader, createAs, makeStaff, makeUser, payload, refusal, withPayload } from './helpers'

const validate = ninjsValidator()
let writer: User, editor: User, editor2: User, desk: User, admin: User

withPayload()
beforeAll(async () => {
  ;({ admin, writer, editor, editor2, desk } = await makeStaff())
})

/** A live English story with a captioned hero photo and an inline photo whose caption is typed in the story. */
async function liveSource(headline: string) {
  const photo = await createAs(desk, 'photos', { alt: `${headline} photo`, defaultCaption: 'Boats at the quay.' })
  await act('photos', photo.id, 'submit', desk)
  await act('photos', photo.id, 'approve', await makeUser(payload, ['photo_desk'], 'desk-approver'))
  const source = await createAs(writer, 'articles', {
    headline,
    deck: 'The harbour closes.',
    hero: { photo: photo.id },
    body: bodyToLexical([
      { kind: 'heading', level: 2, text: 'What happened' },
      { kind: 'paragraph', text: 'The storm came in overnight.' },
      { kind: 'photo', photo: photo.id, captionText: 'The quay at dawn.' },
    ]) as never,
  })
  await act('articles', source.id, 'publish_now', admin, { note: 'setup' })
  return { source, photo }
}

const translate = (id: number, language: unknown, user: User | null = writer) =>
  translateArticle(payload, { id, language, user })

describe('translating a story', () => {
  it('makes a draft in the group with the source’s structure, its captions to translate, and the revision it came from', async () => {
    const { source, photo } = await liveSource('Harbour storm')
    const zh = await translate(source.id, 'zh')
    expect(zh).toMatchObject({
      language: 'zh',
      translationGroup: String(source.id),
      translatedFrom: String(source.id),
      headline: 'Harbour storm',
      slug: `${source.slug}-zh`,
      _status: 'draft',
      workflowState: 'draft',
    })
    const current = await payload.findByID({ collection: 'articles', id: source.id, draft: true })
    expect(zh.translatedFromRevision).toBe(current.updatedAt)
    // The hero printed the photo's default caption; the translation carries it as its own text, to translate.
    expect(zh.hero).toMatchObject({ photo: photo.id, captionText: 'Boats at the quay.' })
    expect(lexicalToBody(zh.body as never)).toEqual([
      { kind: 'heading', level: 2, text: 'What happened' },
      { kind: 'paragraph', text: 'The storm came in overnight.' },
      expect.objectContaining({ kind: 'photo', photo: photo.id, captionText: 'The quay at dawn.' }),
    ])
    // A draft: readers see neither it nor any change to the source.
    expect(await asReader(zh.id)).toBeNull()
    expect((await asReader(source.id))?.headline).toBe('Harbour storm')
    expect((await groupMembers(payload, String(source.id))).map((m) => m.id).sort()).toEqual([source.id, zh.id].sort())
  })

  it('refuses a language the group already has (409), an unknown one (400), and people who may not write (401/403)', async () => {
    const { source } = await liveSource('Ferry timetable')
    const zh = await translate(source.id, 'zh')
    for (const [id, language, user, status, code] of [
      [source.id, 'zh', writer, 409, 'conflict'],
      [zh.id, 'zh', editor, 409, 'conflict'], // from the translation: same group
      [source.id, 'en', writer, 409, 'conflict'], // the source's own language
      [zh.id, 'en', writer, 409, 'conflict'],
      [source.id, 'fr', writer, 400, 'invalid_request'],
      [source.id, { code: 'zh' }, writer, 400, 'invalid_request'],
      [source.id, undefined, writer, 400, 'invalid_request'],
      [source.id, 'zh', null, 401, 'login_required'],
      [source.id, 'zh', desk, 403, 'not_permitted'],
      [987654, 'zh', writer, 404, 'not_found'],
    ] as const) {
      const error = await refusal(() => translate(id, language, user as User | null))
      expect([error.status, error.data?.code], `${String(language)} by ${user?.roles ?? 'nobody'}`).toEqual([
        status,
        code,
      ])
    }
    expect((await groupMembers(payload, String(source.id))).length).toBe(2)
  })

  it('two translations into one language at the same moment make one edition', async () => {
    const { source } = await liveSource('Bridge reopens')
    const results = await Promise.allSettled([translate(source.id, 'zh'), translate(source.id, 'zh', editor)])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((await groupMembers(payload, String(source.id))).length).toBe(2)
  })

  it('each edition has its own review: publishing the translation leaves the source as it was, and back', async () => {
    const { source } = await liveSource('Lantern festival')
    const zh = await translate(source.id, 'zh')
    await payload.update({ collection: 'articles', id: zh.id, draft: true, data: { headline: '灯笼节' } })
    await act('articles', zh.id, 'submit', writer)
    await act('articles', zh.id, 'approve', editor)
    await act('articles', zh.id, 'publish', editor2)
    expect((await asReader(zh.id))?.headline).toBe('灯笼节')
    const sourceNow = await payload.findByID({ collection: 'articles', id: source.id, draft: true })
    expect([sourceNow.workflowState, sourceNow.headline, sourceNow.language]).toEqual([
      'published',
      'Lantern festival',
      'en',
    ])
    await act('articles', source.id, 'unpublish', editor, { note: 'Legal' })
    expect(await asReader(source.id)).toBeNull()
    expect((await asReader(zh.id))?.headline).toBe('灯笼节')
  })

  it('flags the translation when the source’s published text changes, with the change word by word', async () => {
    const { source } = await liveSource('Tide tables')
    const zh = await translate(source.id, 'zh')
    const status = () => translationStatus(payload, zh.id, editor)
    expect(await status()).toMatchObject({ source: { id: source.id, language: 'en' }, sourceChanged: false })
    // A draft revision of the source is not what readers have: no flag yet.
    const current = await payload.findByID({ collection: 'articles', id: source.id, draft: true })
    await payload.update({
      collection: 'articles',
      id: source.id,
      draft: true,
      user: writer,
      overrideAccess: false,
      data: { deck: 'The harbour closes until Monday.', baseVersion: current.updatedAt } as never,
    })
    expect((await status()).sourceChanged).toBe(false)
    await act('articles', source.id, 'submit', writer)
    await act('articles', source.id, 'approve', editor)
    await act('articles', source.id, 'publish', editor2)
    const changed = await status()
    expect(changed.sourceChanged).toBe(true)
    expect(changed.changes).toEqual([
      {
        path: 'deck',
        parts: [
          { text: 'The harbour closes ', change: 'same' },
          { text: 'until Monday', change: 'added' },
          { text: '.', change: 'same' },
        ],
      },
    ])
    // The review queue says so on the translation's row.
    await act('articles', zh.id, 'submit', writer)
    const queues = await loadQueues(payload, editor, reviewQueues(editor))
    const rows = queues.flatMap((q) => q.rows).filter((r) => r.collection === 'articles' && r.id === zh.id)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect([row.language, row.sourceChanged]).toEqual(['zh', true])
    // The source itself is not a translation; nobody but staff may ask.
    expect((await translationStatus(payload, source.id, editor)).source).toBeNull()
    expect((await refusal(() => translationStatus(payload, zh.id, null))).status).toBe(401)
  })

  it('imports a Chinese page as a zh story, linked to its source with --translation-of, found by a Chinese search', async () => {
    const read = (name: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/scraped', name), 'utf8')
    const en = await importScrapedArticle(payload, read('harbour-storm.txt'), { source: 'en.txt' })
    if (!en.ok) throw new Error(en.error)
    const options = { source: 'zh.txt', translationOf: en.articleId! }
    const zh = await importScrapedArticle(payload, read('harbour-storm-zh.txt'), options)
    if (!zh.ok) throw new Error(zh.error)
    expect([en.language, zh.language]).toEqual(['en', 'zh'])
    const story = await payload.findByID({ collection: 'articles', id: zh.articleId!, draft: true })
    expect(story).toMatchObject({
      language: 'zh',
      translationGroup: String(en.articleId),
      translatedFrom: String(en.articleId),
    })
    expect(zh.captions.map((c) => [c.photographer, c.agency])).toEqual([
      ['黄伟', '新华社'],
      ['陈静', '本报'],
    ])
    // Importing the same page again updates it; another Chinese page for the same source is refused.
    expect(await importScrapedArticle(payload, read('harbour-storm-zh.txt'), options)).toMatchObject({
      ok: true,
      outcome: 'updated',
    })
    const other = read('harbour-storm-zh.txt').replace('风暴致港口连续第二天关闭', '港口再次关闭')
    expect(await importScrapedArticle(payload, other, options)).toMatchObject({
      ok: false,
      error: /already has a "zh" edition/,
    })
    expect(
      await importScrapedArticle(payload, read('museum-opening.txt'), { source: 'm', translationOf: 424242 }),
    ).toMatchObject({
      ok: false,
      error: /No story with id 424242/,
    })

    const searchFor = (q: string) =>
      searchArticles(payload, q, { defaultLanguage: 'en' }).then((r) => r.docs.map((d) => d.path))
    expect(await searchFor('防波堤')).toEqual([])
    // Published by trusted server code (its imported pictures have no files to approve here).
    await payload.update({ collection: 'articles', id: zh.articleId!, data: { _status: 'published' } })
    expect(await searchFor('防波堤')).toEqual([`/zh/news/${encodeURIComponent(story.slug!)}`])
  })

  it('ninjs names each published edition and an import keeps the language and the link', async () => {
    const { source } = await liveSource('Night ferry')
    const zhDraft = await translate(source.id, 'zh')
    await payload.update({
      collection: 'articles',
      id: zhDraft.id,
      data: { headline: '夜班渡轮', _status: 'published' },
    })
    const site = await readSite(payload)
    const exportOf = async (id: number) => ninjsForArticle(payload, (await articleById(payload, id))!, site)
    const [en, zh] = [await exportOf(source.id), await exportOf(zhDraft.id)]
    expect([...validate(en), ...validate(zh)]).toEqual([])
    expect([en.language, zh.language]).toEqual(['en', 'zh'])
    expect(en.associations?.find((a) => a.name === 'translation-zh')).toMatchObject({
      uri: zh.uri,
      language: 'zh',
      headlines: [{ role: 'main', value: '夜班渡轮' }],
    })
    expect(zh.associations?.find((a) => a.name === 'translation-en')?.uri).toBe(en.uri)
    // Imported elsewhere (here: as new items), the Chinese edition first: the English one joins its group.
    const asNew = (item: typeof en) => ({ ...item, uri: `urn:elsewhere:${item.uri}` })
    const rename = (item: typeof en) => ({
      ...asNew(item),
      associations: item.associations?.map((a) =>
        a.name.startsWith('translation-') ? { ...a, uri: `urn:elsewhere:${a.uri}` } : a,
      ),
    })
    const importedZh = await importNinjsItem(payload, rename(zh), { source: 'zh.json' })
    const importedEn = await importNinjsItem(payload, rename(en), { source: 'en.json' })
    if (!importedZh.ok || !importedEn.ok || importedZh.kind !== 'article' || importedEn.kind !== 'article')
      throw new Error(JSON.stringify([importedZh, importedEn]))
    const stored = await payload.findByID({ collection: 'articles', id: importedEn.articleId!, draft: true })
    expect([stored.language, stored.translationGroup]).toEqual(['en', String(importedZh.articleId)])
    expect(importedEn.relatedLinks).toBe(0) // an edition is not a related link
  })

  it('a story’s language must be one of the site’s', async () => {
    const error = await refusal(() => createAs(writer, 'articles', { headline: 'Bonjour', language: 'fr' }))
    expect(error.status).toBe(400)
    expect(JSON.stringify((error as { data?: unknown }).data)).toMatch(/not one of this publication's languages/)
  })
})
