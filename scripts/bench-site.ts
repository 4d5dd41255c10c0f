/**
 * npm run bench:site — the public site on a production build (`npm start`: Next behind the page cache), with
 * autocannon or a plain HTTP client in this process and the server in its own. A benchmark, not a test: it
 * prints figures and asserts nothing. Needs `npm run build` first (it rebuilds twice to time the build).
 *
 *   BENCH_ARCHIVES  archive sizes, default "1000,20000": the first gets every measurement, the others the
 *                   section/search scaling one (they are grown by copying rows in SQLite, which is quick).
 *   BENCH_SECONDS   autocannon run length (default 8), BENCH_BUILD=0 skips the two timed builds,
 *   BENCH_KEEP_DIR=1 keeps the database and media for a closer look, BENCH_HOSTILE=1 measures only the
 *   hostile load (memory under the largest accepted requests), BENCH_READER=1 only what a reader's page costs
 *   (cache hit against a bare server, page weight, Lighthouse).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import {
  benchEnvironment,
  freePort,
  median,
  printTable,
  runBenchmark,
  startServer as startWith,
  stopServer,
} from './lib/bench'
import { archiveGrower } from './lib/archive'
import { lighthouseRun, pageWeight, startBareServer } from './lib/readerPages'

const ARCHIVES = (process.env.BENCH_ARCHIVES ?? '1000,20000').split(',').map(Number)
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const TIME_BUILDS = process.env.BENCH_BUILD !== '0'
/** BENCH_HOSTILE=1: only the hostile-load line (grows the archive, starts the server, measures memory). */
const HOSTILE_ONLY = process.env.BENCH_HOSTILE === '1'
const READER_ONLY = process.env.BENCH_READER === '1'
const CONNECTIONS = 50
/** Rounds of the cache-hit comparison (with three, the throughput ratio ranged 0.73–1.33× over four full runs). */
const ROUNDS = 5
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const { dir, dbFile, env } = benchEnvironment('site')
const startServer = (port: number, extra: Record<string, string> = {}) => startWith(root, { ...env, ...extra }, port)
/** Larger archives are copies of the seeded one (its stories and their search index rows). */
const grow = archiveGrower(dbFile, ARCHIVES[0])

const STAFF = { writer: 'writer@bench.test', editor: 'editor@bench.test', editor2: 'editor2@bench.test' }
const PASSWORD = 'bench-password-1'
const words = 'science research basic policy funding laboratory students innovation harbour museum market prices'.split(
  ' ',
)
const sentence = (i: number) =>
  Array.from({ length: 18 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ') + '.'

let fixtures: { section: number; photos: number[] } | null = null

/** Articles of realistic shape: ~2,600 words under 6 headings, a hero and 3 inline photos. */
async function seed(from: number, to: number) {
  const { bootPayload } = await import('./lib/boot')
  const { bodyToLexical } = await import('../src/domain/richtext/body')
  const payload = await bootPayload()
  if (!fixtures) {
    const section = await payload.create({ collection: 'sections', data: { name: 'Bench', slug: 'bench' } })
    for (const [role, email] of [
      ['writer', STAFF.writer],
      ['editor', STAFF.editor],
      ['editor', STAFF.editor2],
    ] as const) {
      await payload.create({
        collection: 'users',
        data: { email, password: PASSWORD, name: email.split('@')[0], roles: [role] },
      })
    }
    const photos: number[] = []
    for (let i = 0; i < 4; i++) {
      const jpeg = await sharp({
        create: { width: 2400, height: 1600, channels: 3, background: { r: 40 + i * 40, g: 90, b: 140 } },
      })
        .jpeg()
        .toBuffer()
      const photo = await payload.create({
        collection: 'photos',
        data: { alt: `Bench photo ${i}`, _status: 'published' } as never,
        file: { data: jpeg, name: `bench-${i}.jpg`, mimetype: 'image/jpeg', size: jpeg.length },
      })
      photos.push(photo.id)
      // A story's photos print an approved caption (publishing refuses one without).
      await payload.create({
        collection: 'captions',
        data: {
          photo: photo.id,
          text: `Bench picture ${i}: the harbour at dawn.`,
          creditLine: 'Photo by Bench reporter Li Na',
          _status: 'published',
        } as never,
      })
    }
    fixtures = { section: section.id, photos }
  }
  const { section, photos } = fixtures
  const t = performance.now()
  for (let i = from; i < to; i++) {
    const body = []
    for (let h = 0; h < 6; h++) {
      body.push({ kind: 'heading' as const, level: 2 as const, text: `Part ${h + 1} of story ${i}` })
      for (let p = 0; p < 6; p++)
        body.push({
          kind: 'paragraph' as const,
          text: Array.from({ length: 4 }, (_, s) => sentence(i + h + p + s)).join(' '),
        })
      if (h % 2 === 1) body.push({ kind: 'photo' as const, photo: photos[1 + ((h - 1) >> 1)] })
    }
    await payload.create({
      collection: 'articles',
      data: {
        headline: `Bench story ${i}: ${sentence(i).slice(0, 60)}`,
        deck: sentence(i + 1),
        section,
        hero: { photo: photos[0] },
        body: bodyToLexical(body) as never,
        releasedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        _status: 'published',
      },
    })
  }
  return performance.now() - t
}

/**
 * 20 anonymous clients at once, each sending the largest body the guard accepts (to GraphQL, asking for a full
 * page of articles) or asking REST for the largest page at the deepest population, for 10 rounds. Reports the
 * server's peak memory and whether it still answers; the target is a peak under 400 MB.
 */
async function hostileLoad(pid: number, port: number, base: string): Promise<string> {
  const before = rssMb(pid)
  const stop = sampleRss(pid)
  const padding = 'x'.repeat(2 * 1024 * 1024 - 200)
  const body = JSON.stringify({
    query: '{ Articles(limit: 100) { docs { headline deck searchText body } } }',
    variables: { padding },
  })
  const statuses = new Map<number, number>()
  const started = performance.now()
  for (let round = 0; round < 10; round++) {
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const res =
          i % 2
            ? await fetch(`${base}/api/articles?limit=100&depth=2&page=${1 + round}`)
            : await fetch(`${base}/api/graphql`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body,
              })
        await res.arrayBuffer()
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      }),
    )
  }
  const seconds = (performance.now() - started) / 1000
  const peak = stop()
  const alive = (await fetch(`http://127.0.0.1:${port}/api/health`)).ok
  const answers = [...statuses].map(([status, n]) => `${n}×${status}`).join(' ')
  return `peak RSS ${peak.toFixed(0)} MB (target < 400; ${before.toFixed(0)} MB before), ${answers} in ${seconds.toFixed(1)} s, alive after: ${alive ? 'yes' : 'NO'}`
}

/** The Node process `npm start` runs (the one whose memory counts), found among npm's descendants. */
function serverPid(npmPid: number): number {
  const children = (pid: number): number[] =>
    spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number)
  const queue = [npmPid]
  while (queue.length) {
    const pid = queue.shift()!
    const [program, ...args] = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
    if (path.basename(program) === 'node' && args.some((a) => a.endsWith('server/http/server.js'))) return pid
    queue.push(...children(pid))
  }
  throw new Error('the server process was not found')
}

type Cannon = { rps: number; p50: number; p99: number; max: number; errors: number }
const cannonArgs = (url: string, seconds = DURATION) => [
  '-c',
  String(CONNECTIONS),
  '-d',
  String(seconds),
  '--json',
  url,
]
const parseCannon = (stdout: string): Cannon => {
  const r = JSON.parse(stdout)
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.non2xx,
  }
}
/**
 * On a machine with few cores the load generator and the server fight over them, and the scheduler decides more
 * of the figure than the server does: for the cache-hit comparison each server under test gets core 0 and
 * autocannon core 1 (where `taskset` exists).
 */
const CAN_PIN = os.cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0
function pinToFirstCore(pid: number): () => void {
  if (!CAN_PIN) return () => {}
  spawnSync('taskset', ['-a', '-p', '-c', '0', String(pid)])
  return () => spawnSync('taskset', ['-a', '-p', '-c', `0-${os.cpus().length - 1}`, String(pid)])
}
const cannon = (url: string, { pinned = false } = {}) =>
  parseCannon(
    spawnSync(
      pinned && CAN_PIN ? 'taskset' : path.join(root, 'node_modules/.bin/autocannon'),
      pinned && CAN_PIN
        ? ['-c', '1', path.join(root, 'node_modules/.bin/autocannon'), ...cannonArgs(url)]
        : cannonArgs(url),
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    ).stdout,
  )
function cannonInBackground(url: string, seconds: number): Promise<Cannon> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/autocannon'), cannonArgs(url, seconds), {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.on('close', () => resolve(parseCannon(out)))
  })
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
function sampleRss(pid: number) {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200)
  return () => {
    clearInterval(timer)
    return Math.max(peak, rssMb(pid))
  }
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

/** Plain client: each URL once, `concurrency` at a time; latencies in ms. */
async function hitAll(urls: string[], concurrency: number) {
  const latencies: number[] = []
  let next = 0
  let failures = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const url = urls[next++]
        const t = performance.now()
        const res = await fetch(url)
        await res.arrayBuffer()
        if (res.status !== 200) failures += 1
        latencies.push(performance.now() - t)
      }
    }),
  )
  return {
    perSecond: urls.length / ((performance.now() - started) / 1000),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    failures,
  }
}

function timedBuild(): number {
  const t = performance.now()
  const run = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  if (run.status !== 0) throw new Error(`next build failed:\n${run.stdout}\n${run.stderr}`)
  const seconds = (performance.now() - t) / 1000
  // Leaves the build as `npm run build` makes it, for the servers started after.
  spawnSync(process.execPath, [path.join(root, 'scripts/after-next-build.mjs')], { cwd: root, stdio: 'ignore' })
  return seconds
}

async function slugsOf(base: string, n: number): Promise<string[]> {
  const slugs: string[] = []
  for (let page = 1; slugs.length < n; page++) {
    const res = await (
      await fetch(`${base}/api/articles?limit=100&page=${page}&depth=0&select[slug]=true&sort=-releasedAt`)
    ).json()
    if (!res.docs.length) break
    slugs.push(...res.docs.map((d: { slug: string }) => d.slug))
  }
  return slugs.slice(0, n)
}

async function login(base: string, email: string) {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return (await res.json()).token as string
}

/** Corrections to a live story while readers load the home page: publish → visible, and the readers' latency. */
async function publishUnderLoad(base: string, rounds: number) {
  const [writer, editor, editor2] = [
    await login(base, STAFF.writer),
    await login(base, STAFF.editor),
    await login(base, STAFF.editor2),
  ]
  const [slug] = await slugsOf(base, 1)
  const { docs } = await (await fetch(`${base}/api/articles?where[slug][equals]=${slug}&depth=0`)).json()
  const id = docs[0].id
  const call = async (pathname: string, token: string, method: string, body: unknown) => {
    const res = await fetch(`${base}${pathname}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${method} ${pathname} → ${res.status}: ${await res.text()}`)
  }
  for (const p of [`/news/${slug}`, '/', '/feed.xml']) await fetch(`${base}${p}`)
  const load = cannonInBackground(`${base}/`, (rounds + 1) * 3 + 4)
  await new Promise((r) => setTimeout(r, 2000))
  const visible: number[] = []
  // One correction first, not counted: the server was just restarted, and its first publication warms its code.
  for (let round = -1; round < rounds; round++) {
    const headline = `Corrected headline ${round} ${Date.now()}`
    // A live story's correction names the version it was based on (no lost work).
    const current = await (
      await fetch(`${base}/api/articles/${id}?draft=true&depth=0`, { headers: { Authorization: `JWT ${writer}` } })
    ).json()
    await call(`/api/articles/${id}?draft=true`, writer, 'PATCH', { headline, baseVersion: current.baseVersion })
    await call(`/api/articles/${id}/workflow`, writer, 'POST', { action: 'submit' })
    await call(`/api/articles/${id}/workflow`, editor2, 'POST', { action: 'approve' })
    await call(`/api/articles/${id}/workflow`, editor, 'POST', { action: 'publish' })
    const t = performance.now()
    await Promise.all(
      [`/news/${slug}`, '/', '/feed.xml'].map(async (p) => {
        for (;;) {
          if ((await (await fetch(`${base}${p}`)).text()).includes(headline)) return
          await new Promise((r) => setTimeout(r, 5))
        }
      }),
    )
    if (round >= 0) visible.push(performance.now() - t)
    await new Promise((r) => setTimeout(r, 1000))
  }
  return { visible, load: await load }
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('Run `npm run build` first.')
  const [archive, ...larger] = ARCHIVES
  const rows: [string, string][] = []
  const f0 = (n: number) => n.toFixed(0)

  let seedMs = await seed(0, 20)
  let builds: [number, number] | null = null
  if (TIME_BUILDS) builds = [timedBuild(), 0]
  seedMs += await seed(20, archive)
  if (builds) builds[1] = timedBuild()
  await (await (await import('./lib/boot')).bootPayload()).destroy()
  rows.push([
    'archive',
    `${archive} articles (~2,600 words, 6 headings, hero + 3 inline photos), seeded in ${f0(seedMs / 1000)} s`,
  ])

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  if (HOSTILE_ONLY) {
    for (const size of larger) await grow(size)
    const server = await startServer(port)
    try {
      rows.push([
        `hostile load, ${[archive, ...larger].at(-1)} articles`,
        await hostileLoad(serverPid(server.pid!), port, base),
      ])
      printTable('Site benchmark (hostile load only)', rows)
    } finally {
      await stopServer(server)
      fs.rmSync(dir, { recursive: true, force: true })
    }
    return
  }
  const slugs = await (async () => {
    const s = await startServer(port)
    const list = await slugsOf(base, archive)
    const html = await (await fetch(`${base}/news/${list[Math.floor(archive / 2)]}`)).text()
    // The ceiling: the same bytes as a static file, served by the same server (Next serves public/ files).
    fs.mkdirSync(path.join(root, 'public/__bench'), { recursive: true })
    fs.writeFileSync(path.join(root, 'public/__bench/article.html'), html)
    rows.push(['article page bytes', `${html.length}`])
    await stopServer(s)
    return list
  })()
  const createdPublic = fs.readdirSync(path.join(root, 'public')).length === 1
  let server = await startServer(port)
  try {
    const articleUrl = `${base}/news/${slugs[Math.floor(archive / 2)]}`
    const staticUrl = `${base}/__bench/article.html`
    await fetch(articleUrl)
    const barePort = await freePort()
    const bare = await startBareServer(articleUrl, barePort)
    const bareUrl = `http://127.0.0.1:${barePort}/`
    const stopRss = sampleRss(serverPid(server.pid!))
    const unpin = [pinToFirstCore(serverPid(server.pid!)), pinToFirstCore(bare.pid!)]
    const a: Cannon[] = []
    const b: Cannon[] = []
    const c: Cannon[] = []
    // The order turns each round: a run right after Next's static file would pay for the garbage that one left in
    // the same process, and always the same server would.
    const targets: [Cannon[], string][] = [
      [a, articleUrl],
      [b, bareUrl],
      [c, staticUrl],
    ]
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < targets.length; i++) {
        const [runs, url] = targets[(round + i) % targets.length]
        runs.push(cannon(url, { pinned: true }))
      }
    }
    for (const restore of unpin) restore()
    bare.kill()
    const rssLoad = stopRss()
    const line = (xs: Cannon[]) =>
      `${f0(median(xs.map((x) => x.rps)))} req/s   p50 ${median(xs.map((x) => x.p50))} ms, p99 ${median(xs.map((x) => x.p99))} ms, errors ${xs.reduce((n, x) => n + x.errors, 0)}`
    const ratio = (p: Cannon[], q: Cannon[], key: 'rps' | 'p99') =>
      (median(p.map((x) => x[key])) / median(q.map((x) => x[key]))).toFixed(2)
    rows.push(
      ['cached article page (A)', line(a)],
      ['bare Node server, same bytes and headers (B)', line(b)],
      ['same bytes as a Next static file (C)', line(c)],
      [
        'A / B',
        `throughput ${ratio(a, b, 'rps')}× (target ≥ 0.9×), p99 ${ratio(a, b, 'p99')}× (target ≤ 1.3×); A / C ${ratio(a, c, 'rps')}×   (${CONNECTIONS} connections, ${DURATION} s, A B C × ${ROUNDS} in turning order, medians${CAN_PIN ? '; servers on core 0, autocannon on core 1' : ''})`,
      ],
    )
    for (const [label, pathname] of [
      ['home page', '/'],
      ['section page', '/section/bench'],
      ['article page', new URL(articleUrl).pathname],
    ]) {
      const w = await pageWeight(base, pathname)
      rows.push([
        `${label} weight`,
        `${(w.transferred / 1024).toFixed(1)} KB transferred without pictures (HTML ${(w.htmlBytes / 1024).toFixed(1)} KB, ${w.encoding}), JavaScript ${(w.scriptBytes / 1024).toFixed(1)} KB in ${w.scriptFiles} files, CSS ${(w.cssBytes / 1024).toFixed(1)} KB   (target ≤ 40 KB, JS ≤ 10 KB)`,
      ])
    }
    try {
      const lh = await lighthouseRun(articleUrl)
      rows.push([
        'Lighthouse, article page (mobile)',
        `performance ${lh.score}, LCP ${f0(lh.lcpMs)} ms, CLS ${lh.cls.toFixed(3)}, ${(lh.totalBytes / 1024).toFixed(1)} KB in all, scripts ${(lh.scriptBytes / 1024).toFixed(1)} KB   (target CLS 0)`,
      ])
    } catch (error) {
      rows.push(['Lighthouse, article page (mobile)', `not run: ${String(error).split('\n')[0]}`])
    }
    if (READER_ONLY) {
      printTable('Site benchmark (reader pages only)', rows)
      return
    }

    const fresh = slugs.filter((_, i) => i !== Math.floor(archive / 2)).map((s) => `${base}/news/${s}`)
    const stopRss2 = sampleRss(serverPid(server.pid!))
    const first = await hitAll(fresh, 10)
    const rssFirstHits = stopRss2()
    rows.push([
      'first hits (uncached articles)',
      `${f0(first.perSecond)} pages/s   p50 ${f0(first.p50)} ms, p99 ${f0(first.p99)} ms over ${fresh.length} articles, 10 at a time, ${first.failures} failures   (target ≥ 80 pages/s, p50 < 100 ms)`,
    ])
    // The same first hits rendered by Next instead of the page cache's own renderer (src/server/render/).
    await stopServer(server)
    server = await startServer(port, { PAGE_CACHE_DIRECT_RENDER: '0' })
    const throughNext = await hitAll(fresh.slice(0, 300), 10)
    rows.push([
      'first hits rendered by Next',
      `${f0(throughNext.perSecond)} pages/s   p50 ${f0(throughNext.p50)} ms, p99 ${f0(throughNext.p99)} ms over 300 articles; the page cache's own render: ${(first.perSecond / throughNext.perSecond).toFixed(2)}× the pages/s`,
    ])
    await stopServer(server)
    server = await startServer(port)

    const quiet = cannon(`${base}/`)
    const { visible, load } = await publishUnderLoad(base, 7)
    rows.push(
      [
        'publish → visible (article, home, feed)',
        `median ${f0(median(visible))} ms, max ${f0(Math.max(...visible))} ms over ${visible.length} corrections after one warm-up   (target ≤ 100 ms)`,
      ],
      [
        'home page under load, no publishing',
        `${f0(quiet.rps)} req/s   p50 ${quiet.p50} ms, p99 ${quiet.p99} ms, max ${quiet.max} ms`,
      ],
      [
        'home page under load, while publishing',
        `${f0(load.rps)} req/s   p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms, errors ${load.errors}`,
      ],
      [
        'server RSS',
        `peak ${f0(rssLoad)} MB under load, ${f0(rssFirstHits)} MB after ${fresh.length} first hits   (target ≤ 400 MB)`,
      ],
    )
    if (builds)
      rows.push([
        'next build, 20 vs ' + archive + ' articles',
        `${builds[0].toFixed(1)} s vs ${builds[1].toFixed(1)} s → ${(builds[1] / builds[0]).toFixed(2)}×   (target ≤ 1.1×)`,
      ])

    // Section page and search rendering cost (page cache off, so every request renders) as the archive grows.
    const scaling: Record<number, { section: number; search: number }> = {}
    for (const size of [archive, ...larger]) {
      await stopServer(server)
      if (size !== archive) await grow(size)
      server = await startServer(port, { PAGE_CACHE_MAX_AGE_SECONDS: '0' })
      const times = (make: (i: number) => string) =>
        hitAll(
          Array.from({ length: 120 }, (_, i) => `${base}${make(i)}`),
          4,
        )
      await times(() => '/section/bench')
      const section = await times((i) => `/section/bench?page=${1 + (i % 5)}`)
      const search = await times(
        (i) =>
          `/search?q=${encodeURIComponent(['harbour museum', 'funding policy', 'laboratory students', 'market prices'][i % 4])}`,
      )
      scaling[size] = { section: section.p95, search: search.p95 }
      rows.push([
        `section page / search p95, ${size} articles`,
        `${f0(section.p95)} ms / ${f0(search.p95)} ms   (rendered every time: page cache off)`,
      ])
    }
    rows.push([
      'hostile load, ' + [archive, ...larger].at(-1) + ' articles',
      await hostileLoad(serverPid(server.pid!), port, base),
    ])
    for (const size of larger) {
      rows.push([
        `growth ${archive} → ${size}`,
        `section ${(scaling[size].section / scaling[archive].section).toFixed(2)}×, search ${(scaling[size].search / scaling[archive].search).toFixed(2)}×   (target ≤ 1.5×)`,
      ])
    }
    printTable('Site benchmark', rows)
  } finally {
    await stopServer(server)
    fs.rmSync(path.join(root, 'public/__bench'), { recursive: true, force: true })
    if (createdPublic) fs.rmSync(path.join(root, 'public'), { recursive: true, force: true })
    if (process.env.BENCH_KEEP_DIR) console.log(`kept ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
}

runBenchmark(main)
