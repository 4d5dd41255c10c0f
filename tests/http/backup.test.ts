import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import type { Manifest } from '../../src/server/backup'
import { ADMIN, adminToken, jpeg, post, staff, uploadPhoto } from './client'
import { type OwnServer, ownServer, SECRET } from './ownServer'

/** npm run backup while the newsroom writes, npm run restore into new folders, npm start on what was restored. */
const root = path.resolve(__dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-backup-'))
let restoredServer: OwnServer | undefined
afterAll(() => {
  restoredServer?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

function run(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: root,
      env: { ...process.env, PAYLOAD_SECRET: SECRET, LOG_LEVEL: 'warn', ...env },
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('close', (code) => resolve({ code: code ?? 1, out }))
  })
}

describe('backup and restore', () => {
  it('a backup taken under write load restores whole: counts and media checksums match, and the server runs on it', async () => {
    const admin = await adminToken()
    const desk = await staff('photo_desk')
    const stored: string[] = []
    for (let i = 0; i < 3; i++) {
      const bytes = await jpeg(640 + i, 480, '#' + ['a33', '3a3', '33a'][i])
      const photo = await uploadPhoto(desk.token, bytes, `backup-${i}.jpg`, { alt: `Backup ${i}` })
      expect(photo.status).toBe(201)
      stored.push(
        photo.json.doc.filename,
        ...Object.values(photo.json.doc.sizes as Record<string, { filename: string | null }>).flatMap((s) =>
          s.filename ? [s.filename] : [],
        ),
      )
    }
    // Writes keep coming while the backup runs.
    let writing = true
    let written = 0
    const load = (async () => {
      while (writing) {
        const res = await post('/api/tags', admin, { name: `load ${Date.now()} ${written}` })
        if (res.status === 201) written++
      }
    })()
    const folder = path.join(work, 'snapshot')
    const made = await run('backup', [folder], {
      DATABASE_URI: `file:${inject('databaseFile')}`,
      MEDIA_DIR: inject('mediaDir'),
    })
    writing = false
    await load
    expect(made.code, made.out).toBe(0)
    expect(written).toBeGreaterThan(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.database.tables.tags).toBeGreaterThan(0)
    // Every original and rendition of the photos just uploaded is in the backup.
    expect(stored.length).toBeGreaterThanOrEqual(3 * 2)
    expect(manifest.media.map((m) => m.file)).toEqual(expect.arrayContaining(stored))
    expect(manifest.missingMedia).toEqual([])

    const target = {
      DATABASE_URI: `file:${path.join(work, 'restored', 'masthead.db')}`,
      MEDIA_DIR: path.join(work, 'restored', 'media'),
    }
    const restored = await run('restore', [folder], target)
    expect(restored.code, restored.out).toBe(0)
    expect(restored.out).toMatch(/row counts and checksums match/)
    // A second restore onto data is refused unless forced.
    const again = await run('restore', [folder], target)
    expect(again.code).toBe(1)
    expect(again.out).toMatch(/already holds data/)
    // A damaged backup is refused before anything is written.
    const damaged = path.join(work, 'damaged')
    fs.cpSync(folder, damaged, { recursive: true })
    fs.appendFileSync(path.join(damaged, 'media', manifest.media[0].file), 'x')
    const refused = await run('restore', [damaged, '--force'], target)
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/damaged.*does not match its checksum/)

    // The production server on the restored copy.
    restoredServer = await ownServer({
      databaseFile: path.join(work, 'restored', 'masthead.db'),
      mediaDir: target.MEDIA_DIR,
    })
    const base = restoredServer.base
    const token = (
      await (
        await fetch(`${base}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
        })
      ).json()
    ).token
    const tags = await (await fetch(`${base}/api/tags?limit=1`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(tags.totalDocs).toBe(manifest.database.tables.tags)
    for (const m of manifest.media.slice(0, 6)) {
      const file = await fetch(`${base}/api/photos/file/${encodeURIComponent(m.file)}`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(file.status, m.file).toBe(200)
      expect(
        createHash('sha256')
          .update(Buffer.from(await file.arrayBuffer()))
          .digest('hex'),
      ).toBe(m.sha256)
    }
  })
})
