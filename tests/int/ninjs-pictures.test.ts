import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalToBody, type LexicalDocument } from '@/domain/richtext/body'
import { findDefaultCaption } from '@/server/photos/defaultCaption'
import { importNinjsItem, type NinjsImportReport } from '@/server/import/ninjs'
import { isPublicAddress } from '@/server/import/fetchPicture'

import { payload, withPayload } from './helpers'

/**
 * ninjs items in the shapes of IPTC's published 2.x examples (a picture, a picture with renditions and no headline,
 * a composite with pictures and a graphic, a text item placing figures), written by us, their renditions served by a
 * local HTTP server. Every picture goes through the upload gate.
 */
const jpeg = (width: number, height: number, background = '#357') =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer()

let server: http.Server
let base = ''
const hits = new Map<string, number>()
const files = new Map<string, { type: string; body: Buffer }>()
const itemDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ninjs-item-'))
const allowHosts = ['127.0.0.1']

withPayload()
beforeAll(async () => {
  files.set('/pic/quay-big.jpg', { type: 'image/jpeg', body: await jpeg(1600, 1000) })
  files.set('/pic/quay-small.jpg', { type: 'image/jpeg', body: await jpeg(320, 200) })
  files.set('/pic/captain.jpg', { type: 'image/jpeg', body: await jpeg(600, 900, '#a52') })
  files.set('/graphic/chart.png', {
    type: 'image/png',
    body: await sharp({ create: { width: 800, height: 500, channels: 3, background: '#eee' } })
      .png()
      .toBuffer(),
  })
  files.set('/pic/not-a-picture.jpg', {
    type: 'image/jpeg',
    body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  })
  server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    hits.set(url, (hits.get(url) ?? 0) + 1)
    if (url === '/moved') {
      res.writeHead(302, { location: '/pic/captain.jpg' }).end()
      return
    }
    const file = files.get(url)
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length }).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fs.writeFileSync(path.join(itemDir, 'beside.jpg'), await jpeg(500, 400, '#262'))
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(itemDir, { recursive: true, force: true })
})

const pictureItem = (over: Record<string, unknown> = {}) => ({
  uri: `http://ninjs.example.com/newsitems/${Date.now()}-${Math.random()}`,
  type: 'picture',
  version: '1',
  versioncreated: '2024-04-14T04:48:00Z',
  headlines: [{ value: 'Fishing boats at the quay' }],
  descriptions: [
    {
      role: 'text',
      contenttype: 'text/plain',
      value: 'Fishing boats shelter at the quay ahead of the typhoon, April 14, 2024. The harbour closed at noon.',
    },
  ],
  by: 'Li Na/Xinhua',
  copyrightnotice: 'Copyright 2024 Xinhua News Agency - all rights reserved.',
  usageterms: 'Editorial use only. No archiving.',
  renditions: [
    { name: 'small', href: `${base}/pic/quay-small.jpg`, mimetype: 'image/jpg', width: 320, height: 200 },
    { name: 'main', href: `${base}/pic/quay-big.jpg`, mimetype: 'image/jpg', width: 1600, height: 1000 },
  ],
  ...over,
})

const ok = (report: NinjsImportReport) => {
  if (!report.ok) throw new Error(report.error)
  return report
}
const photo = (id: number | string) => payload.findByID({ collection: 'photos', id, draft: true, depth: 0 })

describe('ninjs picture items', () => {
  it('become a photo through the upload gate: the largest rendition, caption, credit and rights', async () => {
    const item = pictureItem()
    const report = ok(await importNinjsItem(payload, item, { source: 'picture.json', allowHosts }))
    expect(report).toMatchObject({ kind: 'photo', outcome: 'created', headline: 'Fishing boats at the quay' })
    if (report.kind !== 'photo') throw new Error('not a photo')
    const stored = await photo(report.photoId!)
    expect(stored).toMatchObject({
      width: 1600,
      height: 1000,
      alt: 'Fishing boats at the quay',
      credit: 'Li Na/Xinhua',
      photographer: 'Li Na',
      agency: 'Xinhua',
      copyright: 'Copyright 2024 Xinhua News Agency - all rights reserved.',
      usageTerms: 'Editorial use only. No archiving.',
      needsImage: false,
      importVersion: '1',
    })
    expect(stored.sizes?.card?.width).toBeGreaterThan(0)
    expect((await findDefaultCaption(payload, stored.id))?.text).toBe(item.descriptions[0].value)
    expect(hits.get('/pic/quay-small.jpg') ?? 0).toBe(0)

    // The same version again: nothing fetched, nothing changed. A new version: fetched and updated.
    const fetched = hits.get('/pic/quay-big.jpg')
    expect(await importNinjsItem(payload, item, { source: 'again.json', allowHosts })).toMatchObject({
      outcome: 'unchanged',
      photoId: stored.id,
    })
    expect(hits.get('/pic/quay-big.jpg')).toBe(fetched)
    const next = { ...item, version: '2', renditions: [{ ...item.renditions[0], href: `${base}/moved` }] }
    expect(await importNinjsItem(payload, next, { source: 'v2.json', allowHosts })).toMatchObject({
      outcome: 'updated',
      photoId: stored.id,
    })
    expect(await photo(stored.id)).toMatchObject({ importVersion: '2', width: 600, height: 900 })
  })

  it('a picture with renditions and no headline takes its alt text from the description', async () => {
    const item = pictureItem({ headlines: undefined })
    const report = ok(await importNinjsItem(payload, item, { source: 'renditions.json', allowHosts }))
    if (report.kind !== 'photo') throw new Error('not a photo')
    expect((await photo(report.photoId!)).alt).toBe(
      'Fishing boats shelter at the quay ahead of the typhoon, April 14, 2024.',
    )
  })

  it('reads a rendition beside the item, never outside its folder', async () => {
    const beside = pictureItem({ renditions: [{ name: 'main', href: 'beside.jpg', mimetype: 'image/jpeg' }] })
    const report = ok(await importNinjsItem(payload, beside, { source: 'b.json', baseDir: itemDir }))
    if (report.kind !== 'photo') throw new Error('not a photo')
    expect(await photo(report.photoId!)).toMatchObject({ width: 500, height: 400 })
    for (const href of ['../beside.jpg', 'file:///etc/passwd', '/etc/passwd'])
      expect(
        await importNinjsItem(payload, pictureItem({ renditions: [{ name: 'm', href, mimetype: 'image/jpeg' }] }), {
          source: 'x.json',
          baseDir: itemDir,
        }),
        href,
      ).toMatchObject({ ok: false, error: /outside the item's folder|No file/ })
  })

  it('refuses private and local addresses unless allowed by name, and what the upload gate refuses', async () => {
    const before = await payload.count({ collection: 'photos' })
    for (const href of [
      `${base}/pic/quay-big.jpg`,
      'http://169.254.169.254/latest/meta-data/iam.jpg',
      'http://[::1]/x.jpg',
      'http://0.0.0.0/x.jpg',
      'http://user:pw@example.com/x.jpg',
      'gopher://example.com/x.jpg',
    ])
      expect(
        await importNinjsItem(payload, pictureItem({ renditions: [{ name: 'm', href, mimetype: 'image/jpeg' }] }), {
          source: 'ssrf.json',
          allowHosts: [],
        }),
        href,
      ).toMatchObject({ ok: false, error: /private or local|user name|http or https/ })
    expect(
      await importNinjsItem(
        payload,
        pictureItem({ renditions: [{ name: 'm', href: `${base}/pic/not-a-picture.jpg`, mimetype: 'image/jpeg' }] }),
        { source: 'svg.json', allowHosts },
      ),
    ).toMatchObject({ ok: false, error: /upload gate refused it: .*SVG|upload gate refused it/ })
    expect(await payload.count({ collection: 'photos' })).toEqual(before)
    for (const address of ['10.1.2.3', '192.168.0.1', '127.0.0.1', '::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1'])
      expect(isPublicAddress(address), address).toBe(false)
    expect(isPublicAddress('93.184.216.34')).toBe(true)
  })
})

describe('ninjs composite and text items with pictures', () => {
  it('a composite becomes a story with its pictures and graphic placed and captioned as associated', async () => {
    const item = {
      uri: 'http://ninjs.example.com/newsitems/20240414cplx1',
      type: 'composite',
      version: '3',
      language: 'en',
      by: 'Wen Writer',
      headlines: [{ value: 'Typhoon closes the harbour' }],
      bodies: [
        { role: 'text', contenttype: 'text/plain', value: 'The harbour closed at noon.\n\nBoats returned early.' },
        {
          role: 'text',
          contenttype: 'application/xhtml+xml',
          value: '<p>The harbour closed at noon.</p> <p>Boats returned early.</p>',
        },
      ],
      associations: [
        {
          name: 'portrait',
          type: 'picture',
          uri: 'http://ninjs.example.com/newsitems/captain',
          headlines: [{ value: 'The harbour master' }],
          descriptions: [{ value: 'The harbour master at the quay, April 14, 2024.' }],
          by: 'Photo by Zhang Wei',
          renditions: [
            { name: 'main', href: `${base}/pic/captain.jpg`, mimetype: 'image/jpg', width: 600, height: 900 },
          ],
        },
        {
          name: 'mainpic',
          type: 'picture',
          uri: 'http://ninjs.example.com/newsitems/quay',
          headlines: [{ value: 'Boats at the quay' }],
          descriptions: [{ role: 'text', contenttype: 'text/plain', value: 'Boats at the quay.' }],
          by: 'Li Na/Xinhua',
          renditions: [
            { name: 'main', href: `${base}/pic/quay-big.jpg`, mimetype: 'image/jpg', width: 1600, height: 1000 },
          ],
        },
        {
          name: 'chart',
          type: 'graphic',
          uri: 'http://ninjs.example.com/newsitems/chart',
          headlines: [{ value: 'Rainfall by hour' }],
          descriptions: [{ value: 'Rainfall by hour, in millimetres.' }],
          renditions: [{ name: 'png', href: `${base}/graphic/chart.png`, contenttype: 'image/png' }],
        },
        {
          name: 'gone',
          type: 'picture',
          uri: 'http://ninjs.example.com/newsitems/gone',
          headlines: [{ value: 'Missing at the sender' }],
          renditions: [{ name: 'main', href: `${base}/pic/nowhere.jpg`, mimetype: 'image/jpeg' }],
        },
      ],
    }
    const report = ok(await importNinjsItem(payload, item, { source: 'composite.json', allowHosts }))
    if (report.kind !== 'article') throw new Error('not an article')
    expect(report).toMatchObject({ outcome: 'created', photos: 4 })
    expect(report.warnings).toEqual([expect.stringMatching(/"gone" saved without its image: .*answered 404/)])
    const story = await payload.findByID({ collection: 'articles', id: report.articleId!, draft: true, depth: 0 })
    const hero = await photo(story.hero!.photo as number)
    expect(hero).toMatchObject({ alt: 'Boats at the quay', width: 1600 })
    const body = lexicalToBody(story.body as LexicalDocument)
    expect(body.slice(0, 2)).toEqual([
      { kind: 'paragraph', text: 'The harbour closed at noon.' },
      { kind: 'paragraph', text: 'Boats returned early.' },
    ])
    const placed = await Promise.all(
      body.filter((el) => el.kind === 'photo').map((el) => photo((el as { photo: number }).photo)),
    )
    expect(placed.map((p) => [p.alt, p.needsImage, p.width])).toEqual([
      ['The harbour master', false, 600],
      ['Rainfall by hour', false, 800],
      ['Missing at the sender', true, null],
    ])
    expect((await findDefaultCaption(payload, placed[1].id))?.text).toBe('Rainfall by hour, in millimetres.')
    expect(placed[0]).toMatchObject({ photographer: 'Zhang Wei' })

    // The same delivery again updates the same story and leaves its unchanged pictures alone.
    const fetched = hits.get('/pic/captain.jpg')
    const again = ok(await importNinjsItem(payload, item, { source: 'composite.json', allowHosts }))
    expect(again).toMatchObject({ outcome: 'updated', articleId: report.articleId })
    expect(hits.get('/pic/captain.jpg')).toBe(fetched)
  })

  it('a text item’s HTML figures take its pictures in order', async () => {
    const report = ok(
      await importNinjsItem(
        payload,
        {
          uri: 'urn:text-with-figures',
          type: 'text',
          headlines: [{ role: 'main', value: 'Two figures' }],
          bodies: [
            {
              role: 'main',
              contenttype: 'text/html',
              value:
                '<p>One.</p><figure><img src="a.jpg" alt=""></figure><p>Two.</p><figure><img src="b.jpg" alt=""></figure>',
            },
          ],
          associations: [
            {
              name: 'photo-1',
              type: 'picture',
              headlines: [{ role: 'alt', value: 'First' }],
              renditions: [{ name: 'o', href: `${base}/pic/captain.jpg`, contenttype: 'image/jpeg' }],
            },
            {
              name: 'photo-2',
              type: 'picture',
              headlines: [{ role: 'alt', value: 'Second' }],
              renditions: [{ name: 'o', href: `${base}/graphic/chart.png`, contenttype: 'image/png' }],
            },
          ],
        },
        { source: 'figures.json', allowHosts },
      ),
    )
    if (report.kind !== 'article') throw new Error('not an article')
    const story = await payload.findByID({ collection: 'articles', id: report.articleId!, draft: true, depth: 0 })
    expect(story.hero?.photo ?? null).toBeNull()
    const kinds = lexicalToBody(story.body as LexicalDocument).map((el) => el.kind)
    expect(kinds).toEqual(['paragraph', 'photo', 'paragraph', 'photo'])
  })
})
