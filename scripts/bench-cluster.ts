/**
 * npm run bench:cluster — three web nodes on one SQLite file, Varnish (the repository's VCL, with xkey) in front of
 * the first: article-page throughput through Varnish against the node alone; then, over BENCH_ROUNDS trials each, a
 * correction published on node 1 until the edge and every node serve it, and an unpublish on node 1 until the edge
 * and every node answer 404 (other nodes learn both from the purge log). A benchmark, not a test: it prints figures
 * and asserts nothing. Needs `npm run build` and varnishd with the xkey vmod (Debian: varnish, varnish-modules).
 *
 *   BENCH_SECONDS  autocannon run length (default 8); BENCH_ROUNDS trials of each kind (default 20).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { benchEnvironment, freePort, median, printTable, runBenchmark, startServer, stopServer } from './lib/bench'

/** Polls every address until each says `done`; how long each took, in ms. */
async function untilEverywhere(urls: string[], done: (status: number, text: string) => boolean): Promise<number[]> {
  const t = performance.now()
  return Promise.all(
    urls.map(async (url) => {
      for (;;) {
        const res = await fetch(url, { redirect: 'manual' })
        if (done(res.status, await res.text())) return performance.now() - t
        if (performance.now() - t > 30_000) throw new Error(`${url} never changed`)
        await new Promise((r) => setTimeout(r, 5))
      }
    }),
  )
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.99 * xs.length) - 1)]
const spread = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms, p99 ${p99(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const VARNISHD = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((p) => fs.existsSync(p))
const { dir, env } = benchEnvironment('cluster')

type Cannon = { rps: number; p50: number; p99: number; errors: number }
function cannon(url: string): Cannon {
  const out = spawnSync(
    path.join(root, 'node_modules/.bin/autocannon'),
    ['-c', '50', '-d', String(SECONDS), '--json', url],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  ).stdout
  const r = JSON.parse(out)
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx }
}

async function startVarnish(port: number, node: URL): Promise<ChildProcess> {
  const work = path.join(dir, 'varnish')
  fs.mkdirSync(work, { recursive: true, mode: 0o755 })
  fs.chmodSync(dir, 0o755)
  const vcl = fs
    .readFileSync(path.join(root, 'deploy/varnish/default.vcl'), 'utf8')
    .replace('${MASTHEAD_HOST}', node.hostname)
    .replace('${MASTHEAD_PORT}', node.port)
  fs.writeFileSync(path.join(work, 'masthead.vcl'), vcl, { mode: 0o644 })
  const varnish = spawn(
    VARNISHD!,
    ['-F', '-a', `127.0.0.1:${port}`, '-f', path.join(work, 'masthead.vcl'), '-n', work, '-s', 'malloc,128m'],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
        () => true,
        () => false,
      )
    )
      return varnish
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('varnishd did not start')
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('Run `npm run build` first.')
  if (!VARNISHD) throw new Error('varnishd is not installed (Debian: varnish, varnish-modules).')
  const [nodePort, edgePort] = [await freePort(), await freePort()]
  const node = `http://127.0.0.1:${nodePort}`
  const edge = `http://127.0.0.1:${edgePort}`
  const server = await startServer(root, { ...env, VARNISH_PURGE_URL: `${edge}/`, SERVER_URL: node }, nodePort)
  // Two more nodes on the same database and media folder; the edge's purges come from whichever node made the change.
  const otherPorts = [await freePort(), await freePort()]
  const others = [
    await startServer(root, { ...env, VARNISH_PURGE_URL: `${edge}/` }, otherPorts[0]),
    await startServer(root, { ...env, VARNISH_PURGE_URL: `${edge}/` }, otherPorts[1]),
  ]
  const otherNodes = otherPorts.map((port) => `http://127.0.0.1:${port}`)
  const varnish = await startVarnish(edgePort, new URL(node))
  try {
    let token = ''
    const call = async (p: string, method = 'GET', body?: unknown) => {
      const res = await fetch(`${node}${p}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = await res.json().catch(() => null)
      if (res.status >= 300) throw new Error(`${method} ${p} → ${res.status} ${JSON.stringify(json)}`)
      return json
    }
    const admin = { email: 'bench@cluster.test', password: 'bench-password-1', name: 'Bench' }
    await call('/api/users/first-register', 'POST', admin)
    token = (await call('/api/users/login', 'POST', admin)).token
    const { bodyToLexical } = await import('../src/domain/richtext/body')
    const words = 'harbour research policy market museum funding students innovation science prices'.split(' ')
    const paragraph = (i: number) => Array.from({ length: 80 }, (_, k) => words[(i + k * 3) % words.length]).join(' ')
    const story = (
      await call('/api/articles?draft=true', 'POST', {
        headline: 'Edge benchmark story',
        deck: 'A story of about 2,000 words.',
        body: bodyToLexical(Array.from({ length: 25 }, (_, i) => ({ kind: 'paragraph' as const, text: paragraph(i) }))),
      })
    ).doc
    await call(`/api/articles/${story.id}/workflow`, 'POST', { action: 'publish_now', note: 'Benchmark' })
    const page = `/news/${story.slug}`
    for (let i = 0; i < 5; i++) await fetch(`${edge}${page}`).then((r) => r.arrayBuffer())
    const edgeState = (await fetch(`${edge}${page}`)).headers.get('x-edge')

    // Interleaved: node, edge, node, edge.
    const runs = { node: [] as Cannon[], edge: [] as Cannon[] }
    for (let round = 0; round < 2; round++) {
      runs.node.push(cannon(`${node}${page}`))
      runs.edge.push(cannon(`${edge}${page}`))
    }
    const stat = spawnSync(
      'varnishstat',
      ['-1', '-n', path.join(dir, 'varnish'), '-f', 'MAIN.cache_hit', '-f', 'MAIN.cache_miss'],
      {
        encoding: 'utf8',
      },
    ).stdout
    const counter = (name: string) => Number(new RegExp(`${name}\\s+(\\d+)`).exec(stat)?.[1] ?? NaN)
    const [hits, misses] = [counter('MAIN.cache_hit'), counter('MAIN.cache_miss')]
    const best = (xs: Cannon[]) => xs.reduce((a, b) => (b.rps > a.rps ? b : a))
    const [n, e] = [best(runs.node), best(runs.edge)]

    // Corrections: published on node 1, until the edge and nodes 1-3 all serve the new headline.
    const everywhere = (p: string) => [edge, node, ...otherNodes].map((base) => `${base}${p}`)
    const visible: number[] = []
    const visibleAtEdge: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const headline = `Edge correction ${round} ${Date.now()}`
      const current = await call(`/api/articles/${story.id}?draft=true&depth=0`)
      await call(`/api/articles/${story.id}?draft=true`, 'PATCH', { headline, baseVersion: current.baseVersion })
      await call(`/api/articles/${story.id}/workflow`, 'POST', { action: 'publish_now', note: 'Correction' })
      const times = await untilEverywhere(everywhere(page), (_s, text) => text.includes(headline))
      visibleAtEdge.push(times[0])
      visible.push(Math.max(...times))
      // Readers again, so the next round starts from a page every cache holds.
      for (const url of everywhere(page)) for (let i = 0; i < 2; i++) await fetch(url).then((r) => r.arrayBuffer())
    }

    // Takedowns: a story read everywhere, unpublished on node 1, until the edge and every node answer 404.
    const gone: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const doomed = (
        await call('/api/articles?draft=true', 'POST', {
          headline: `Takedown ${round} ${Date.now()}`,
          deck: 'Soon gone.',
        })
      ).doc
      await call(`/api/articles/${doomed.id}/workflow`, 'POST', { action: 'publish_now', note: 'Benchmark' })
      const at = `/news/${doomed.slug}`
      await untilEverywhere(everywhere(at), (status) => status === 200)
      for (const url of everywhere(at)) await fetch(url).then((r) => r.arrayBuffer())
      await call(`/api/articles/${doomed.id}/workflow`, 'POST', { action: 'unpublish', note: 'Legal' })
      gone.push(Math.max(...(await untilEverywhere(everywhere(at), (status) => status === 404))))
    }

    printTable('Cluster benchmark (three web nodes on one SQLite file, Varnish in front of node 1)', [
      ['edge state after warm-up', `${edgeState ?? '(no x-edge header)'} for ${page}`],
      ['article page, node alone', `${n.rps.toFixed(0)} req/s, p50 ${n.p50} ms, p99 ${n.p99} ms, errors ${n.errors}`],
      [
        'article page, through Varnish',
        `${e.rps.toFixed(0)} req/s, p50 ${e.p50} ms, p99 ${e.p99} ms, errors ${e.errors}`,
      ],
      ['edge vs node', `${(e.rps / n.rps).toFixed(2)}× throughput (50 connections, ${SECONDS} s, best of 2 each)`],
      [
        'answered by the edge',
        `${((100 * hits) / (hits + misses)).toFixed(2)} % of ${hits + misses} edge requests (${misses} went to the node)`,
      ],
      ['publish → visible at the edge', `${spread(visibleAtEdge)} over ${ROUNDS} corrections (xkey purge)`],
      ['publish → visible at the edge and on all 3 nodes', `${spread(visible)} over ${ROUNDS} corrections`],
      ['unpublish → 404 at the edge and on all 3 nodes', `${spread(gone)} over ${ROUNDS} takedowns`],
    ])
  } finally {
    varnish.kill('SIGKILL')
    for (const other of others) await stopServer(other)
    await stopServer(server)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

runBenchmark(main)
