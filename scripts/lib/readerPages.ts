import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

/**
 * What the benchmarks measure about readers' pages: their weight as a browser downloads them, the same bytes from a
 * bare Node server (the ceiling for a cache hit), and Lighthouse's mobile run.
 */

type Raw = { status: number; headers: http.IncomingHttpHeaders; transferred: number; body: Buffer }

/** One GET as a browser makes it (brotli and gzip accepted); the bytes as they crossed the wire and decoded. */
export function rawGet(url: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const wire = Buffer.concat(chunks)
          const encoding = res.headers['content-encoding']
          const body =
            encoding === 'br' ? zlib.brotliDecompressSync(wire) : encoding === 'gzip' ? zlib.gunzipSync(wire) : wire
          resolve({ status: res.statusCode ?? 0, headers: res.headers, transferred: wire.length, body })
        })
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

export type PageWeight = {
  htmlBytes: number
  /** Scripts the page runs or preloads, uncompressed: external files and inline code (JSON-LD is data, not code). */
  scriptBytes: number
  scriptFiles: number
  cssBytes: number
  /** Everything but pictures, as transferred (compressed where the server compresses). */
  transferred: number
  encoding: string
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']?([^"' >]+)`, 'i').exec(tag)?.[1]

/** A returning reader's view: the page is read once first (the cache makes its brotli copy once it is read again). */
export async function pageWeight(base: string, pathname: string): Promise<PageWeight> {
  await rawGet(base + pathname)
  await rawGet(base + pathname)
  await new Promise((resolve) => setTimeout(resolve, 500))
  const page = await rawGet(base + pathname)
  if (page.status !== 200) throw new Error(`${pathname} answered ${page.status}`)
  const html = page.body.toString('utf8')
  const scripts = new Set<string>()
  const styles = new Set<string>()
  let inline = 0
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/application\/ld\+json/i.test(m[1])) continue
    const src = attr(m[0], 'src')
    if (src) scripts.add(src)
    else inline += Buffer.byteLength(m[2])
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel') ?? ''
    const href = attr(m[0], 'href')
    if (!href) continue
    if (rel === 'stylesheet') styles.add(href)
    else if (rel === 'modulepreload' || (rel === 'preload' && attr(m[0], 'as') === 'script')) scripts.add(href)
  }
  let transferred = page.transferred
  let scriptBytes = inline
  let cssBytes = 0
  for (const src of scripts) {
    const r = await rawGet(new URL(src, base).href)
    transferred += r.transferred
    scriptBytes += r.body.length
  }
  for (const href of styles) {
    const r = await rawGet(new URL(href, base).href)
    transferred += r.transferred
    cssBytes += r.body.length
  }
  return {
    htmlBytes: page.body.length,
    scriptBytes,
    scriptFiles: scripts.size,
    cssBytes,
    transferred,
    encoding: String(page.headers['content-encoding'] ?? 'none'),
  }
}

/**
 * A bare Node server answering one response (status, headers, bytes) from memory, in its own process like the real
 * one: what a cache hit would cost if the page cache added nothing.
 */
export async function startBareServer(url: string, port: number): Promise<ChildProcess> {
  const res = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) =>
      http
        // A connection of its own: through the shared keep-alive pool this request got a hang-up once the bench
        // had restarted the server on the same port.
        .get(url, { agent: false }, (r) => {
          const chunks: Buffer[] = []
          r.on('data', (c: Buffer) => chunks.push(c))
          r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject),
  )
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-bare-')), 'response.json')
  const headers = Object.entries(res.headers).filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name))
  fs.writeFileSync(file, JSON.stringify({ status: res.status, headers, body: res.body.toString('base64') }))
  const program = `
    const { status, headers, body } = JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))
    const bytes = Buffer.from(body, 'base64')
    const head = headers.flat()
    require('http').createServer((req, res) => { res.writeHead(status, head); res.end(bytes) })
      .listen(${port}, '127.0.0.1', () => process.send('ready'))`
  const child = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`the bare server exited (${code})`)))
  })
  return child
}

export type LighthouseFigures = { score: number; lcpMs: number; cls: number; totalBytes: number; scriptBytes: number }

/** Lighthouse's default run (a mid-range phone on a throttled network, simulated) in Debian's Chromium. */
export async function lighthouseRun(url: string): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' })
    if (!result) throw new Error('Lighthouse returned nothing')
    const { lhr } = result
    const items = (
      lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] }
    )?.items
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
      scriptBytes: items?.find((i) => i.resourceType === 'script')?.transferSize ?? 0,
    }
  } finally {
    await chrome.kill()
  }
}
