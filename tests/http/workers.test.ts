import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminOf, type OwnServer, ownServer, SECRET } from './ownServer'

/**
 * One web node that runs no jobs and two `npm run jobs:worker` processes on the same database: 200 scheduled
 * publications fall due at once, and each is run by exactly one worker (each run logs one line naming its job).
 */
const STORIES = 200
const root = path.resolve(__dirname, '../..')

describe('two job workers', () => {
  let web: OwnServer
  let admin: Awaited<ReturnType<typeof adminOf>>
  const workers: { child: ChildProcess; lines: string[] }[] = []

  beforeAll(async () => {
    web = await ownServer(null, { JOBS_AUTORUN: '0' })
    admin = await adminOf(web.base)
  }, 180_000)
  afterAll(() => {
    for (const { child } of workers) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
    web?.stop()
  })

  const startWorker = () => {
    const child = spawn('npm', ['run', '-s', 'jobs:worker'], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        DATABASE_URI: `file:${web.databaseFile}`,
        MEDIA_DIR: web.mediaDir,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: SECRET,
        LOG_LEVEL: 'info',
        SERVER_URL: web.base,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const worker = { child, lines: [] as string[] }
    let rest = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = rest + chunk.toString()
      const lines = text.split('\n')
      rest = lines.pop() ?? ''
      worker.lines.push(...lines)
    })
    child.stderr!.resume()
    workers.push(worker)
  }

  it(`${STORIES} publications due at once: each runs once, on one of the two workers`, async () => {
    // One person may schedule their own stories here (four eyes off), so the set-up is four calls a story.
    expect((await admin.call('/api/globals/site', { method: 'POST', body: { fourEyes: false } })).status).toBe(200)
    const at = new Date(Date.now() + 60_000)
    const ids: number[] = []
    const make = async (i: number) => {
      const doc = (await admin.call('/api/articles?draft=true', { method: 'POST', body: { headline: `Due ${i}` } }))
        .json.doc
      for (const body of [{ action: 'submit' }, { action: 'approve' }, { action: 'schedule', at: at.toISOString() }]) {
        const res = await admin.call(`/api/articles/${doc.id}/workflow`, { method: 'POST', body })
        if (res.status !== 200) throw new Error(`${body.action} → ${res.status} ${JSON.stringify(res.json)}`)
      }
      ids.push(doc.id)
    }
    for (let i = 0; i < STORIES; i += 4) await Promise.all([0, 1, 2, 3].map((k) => make(i + k)))
    expect(Date.now()).toBeLessThan(at.getTime())

    startWorker()
    startWorker()
    const published = async () =>
      (
        await admin.call(
          `/api/articles?limit=0&where[workflowState][equals]=published&where[headline][like]=${encodeURIComponent('Due ')}`,
        )
      ).json.totalDocs as number
    const deadline = at.getTime() + 150_000
    while ((await published()) < STORIES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000))
    expect(await published()).toBe(STORIES)
    // A moment for a second, duplicate run to show itself if a job had been taken twice.
    await new Promise((r) => setTimeout(r, 6000))

    const runs = workers.map(({ lines }) =>
      lines
        .filter((l) => l.includes('Scheduled workflow job ran'))
        .map((l) => JSON.parse(l) as { id: string; result: string }),
    )
    const byStory = new Map<string, number>()
    for (const run of runs.flat()) byStory.set(run.id, (byStory.get(run.id) ?? 0) + 1)
    expect([...byStory.values()].filter((n) => n !== 1)).toEqual([])
    expect([...byStory.keys()].sort()).toEqual(ids.map(String).sort())
    expect(runs.flat().every((r) => r.result === 'scheduled → published')).toBe(true)
    // Both workers took part.
    expect(runs.map((r) => r.length > 0)).toEqual([true, true])

    // The audit trail (a page holds at most 100 events).
    const publishes = new Map<string, number>()
    for (let page = 1; ; page++) {
      const events = await admin.call(
        `/api/workflow-events?limit=100&page=${page}&where[action][equals]=publish&depth=0`,
      )
      for (const e of events.json.docs as { itemId: string }[])
        publishes.set(e.itemId, (publishes.get(e.itemId) ?? 0) + 1)
      if (!events.json.hasNextPage) break
    }
    expect(ids.map((id) => publishes.get(String(id)))).toEqual(ids.map(() => 1))
  }, 420_000)
})
