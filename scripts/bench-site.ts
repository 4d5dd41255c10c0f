/**
 * npm run bench:site — the public site on a production build: a warm article page against a static file of the
 * same bytes served by the same server (the ceiling), alternating A B A B with autocannon in its own process.
 * Prints medians and the ratio. A benchmark, not a test. BENCH_ARTICLES (default 1000) sets the archive size.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { median, printTable, runBenchmark } from './lib/bench'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = 50
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-bench-site-'))
const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-site-secret-0123456789abcdef',
  LOG_LEVEL: 'warn',
  JOBS_AUTORUN: '0',
  NEXT_TELEMETRY_DISABLED: '1',
}
Object.assign(process.env, env)

const words = 'science research basic policy funding laboratory students innovation harbour museum market prices'.split(' ')
const sentence = (i: number) => Array.from({ length: 18 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ') + '.'

async function seed() {
  const { bootPayload } = await import('./lib/boot')
  const { bodyToLexical } = await import('../src/domain/richtext/body')
  const payload = await bootPayload()
  const section = await payload.create({ collection: 'sections', data: { name: 'Bench', slug: 'bench' } })
  const t = performance.now()
  for (let i = 0; i < ARTICLES; i++) {
    const body = []
    for (let h = 0; h < 6; h++) {
      body.push({ kind: 'heading' as const, level: 2 as const, text: `Part ${h + 1} of story ${i}` })
      for (let p = 0; p < 6; p++) body.push({ kind: 'paragraph' as const, text: Array.from({ length: 4 }, (_, s) => sentence(i + h + p + s)).join(' ') })
    }
    await payload.create({
      collection: 'articles',
      data: { headline: `Bench story ${i}: ${sentence(i).slice(0, 60)}`, deck: sentence(i + 1), section: section.id, body: bodyToLexical(body) as never, _status: 'published' },
    })
  }
  const seeded = performance.now() - t
  await payload.destroy()
  return seeded
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env: { ...env, SERVER_URL: `http://127.0.0.1:${port}` }, stdio: 'ignore' })
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('next start did not come up')
}

function cannon(url: string) {
  const run = spawnSync(path.join(root, 'node_modules/.bin/autocannon'), ['-c', String(CONNECTIONS), '-d', String(DURATION), '--json', url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const r = JSON.parse(run.stdout)
  return { rps: r.requests.average as number, p50: r.latency.p50 as number, p99: r.latency.p99 as number, errors: (r.errors as number) + (r.non2xx as number) }
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

async function main() {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('Run `npm run build` first.')
  const seeded = await seed()
  const port = await freePort()
  let server = await startServer(port)
  const article = `http://127.0.0.1:${port}/news/bench-story-${Math.floor(ARTICLES / 2)}`
  const slugRes = await fetch(`http://127.0.0.1:${port}/api/articles?where[headline][like]=Bench story ${Math.floor(ARTICLES / 2)}:&limit=1`)
  const slug = (await slugRes.json()).docs[0]?.slug
  const articleUrl = slug ? `http://127.0.0.1:${port}/news/${slug}` : article
  const html = await (await fetch(articleUrl)).text()
  // The ceiling: the same bytes as a static file, served by the same server.
  const publicDir = path.join(root, 'public')
  const createdPublic = !fs.existsSync(publicDir)
  fs.mkdirSync(path.join(publicDir, '__bench'), { recursive: true })
  fs.writeFileSync(path.join(publicDir, '__bench', 'article.html'), html)
  server.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  server = await startServer(port)
  const staticUrl = `http://127.0.0.1:${port}/__bench/article.html`
  try {
    await fetch(articleUrl)
    const a: ReturnType<typeof cannon>[] = []
    const b: ReturnType<typeof cannon>[] = []
    for (let round = 0; round < 2; round++) {
      a.push(cannon(articleUrl))
      b.push(cannon(staticUrl))
    }
    const rssAfter = rssMb(server.pid!)
    const rows: [string, string][] = [
      ['archive', `${ARTICLES} articles (~2,500 words, 6 headings each), seeded in ${(seeded / 1000).toFixed(0)} s`],
      ['page bytes', `${html.length}`],
      ['article page req/s (median)', `${median(a.map((x) => x.rps)).toFixed(0)}   p50 ${median(a.map((x) => x.p50))} ms, p99 ${median(a.map((x) => x.p99))} ms, errors ${a.reduce((n, x) => n + x.errors, 0)}`],
      ['static file req/s (median)', `${median(b.map((x) => x.rps)).toFixed(0)}   p50 ${median(b.map((x) => x.p50))} ms, p99 ${median(b.map((x) => x.p99))} ms`],
      ['ratio article / static', `${(median(a.map((x) => x.rps)) / median(b.map((x) => x.rps))).toFixed(2)}×   (target ≥ 0.9×, p99 < 35 ms)`],
      ['server RSS after load', `${rssAfter.toFixed(0)} MB`],
    ]
    printTable(`Site benchmark (${CONNECTIONS} connections, ${DURATION} s per run, A B A B)`, rows)
  } finally {
    server.kill('SIGTERM')
    fs.rmSync(path.join(publicDir, '__bench'), { recursive: true, force: true })
    if (createdPublic) fs.rmSync(publicDir, { recursive: true, force: true })
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

runBenchmark(main)
