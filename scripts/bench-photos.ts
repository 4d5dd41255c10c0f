/**
 * npm run bench:photos — the whole upload pipeline (validation, metadata, stripping, Payload's renditions and
 * storage) against raw sharp making the same renditions from the same bytes, in one process, alternating A/B.
 * Prints medians, the ratio, and peak RSS during uploads. A benchmark, not a test: it asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { median, printTable, runBenchmark } from './lib/bench'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-bench-photos-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef'
process.env.LOG_LEVEL = 'warn'
process.env.JOBS_AUTORUN = '0'

async function main() {
  const { bootPayload } = await import('./lib/boot')
  const { PHOTO_SIZES } = await import('../src/collections/Photos')
  const payload = await bootPayload()

  // A 12-megapixel photograph-like JPEG: noise over a gradient, so it compresses like a real picture.
  const width = 4000
  const height = 3000
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .png()
    .toBuffer()
  const jpeg = await sharp({ create: { width, height, channels: 3, background: '#4a78a8' } })
    .composite([{ input: noise, blend: 'overlay' }])
    .withExif({ IFD0: { Artist: 'Bench Photographer' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 17/1 0/1' } })
    .jpeg({ quality: 88 })
    .toBuffer()

  const rawDir = path.join(dir, 'raw')
  fs.mkdirSync(rawDir, { recursive: true })
  async function rawSharp(i: number) {
    fs.writeFileSync(path.join(rawDir, `orig-${i}.jpg`), jpeg)
    await Promise.all(
      PHOTO_SIZES.map(async (s) => {
        const fmt = s.formatOptions!
        const out = await sharp(jpeg)
          .rotate()
          .resize(s.width!, s.height!, { fit: 'cover', position: 'centre' })
          .toFormat(fmt.format as 'webp', fmt.options)
          .toBuffer()
        fs.writeFileSync(path.join(rawDir, `${s.name}-${i}.${fmt.format}`), out)
      }),
    )
  }
  async function pipeline(i: number, focal: { focalX?: number; focalY?: number } = {}) {
    await payload.create({
      collection: 'photos',
      data: { alt: `Bench ${i}`, ...focal },
      file: { data: jpeg, name: `bench-${i}.jpg`, mimetype: 'image/jpeg', size: jpeg.length },
    })
  }

  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  await pipeline(-1) // warm-up: first-use costs (codecs, database) are not the steady state
  await rawSharp(-1)
  const baseline = process.memoryUsage().rss
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now()
    await pipeline(i)
    a.push(performance.now() - t)
    t = performance.now()
    await rawSharp(i)
    b.push(performance.now() - t)
  }
  clearInterval(sampler)
  // With a focal point off-centre the cropping renditions are cut a second time, around it (not timed against raw).
  const focal: number[] = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    await pipeline(100 + i, { focalX: 80, focalY: 30 })
    focal.push(performance.now() - t)
  }

  const ma = median(a)
  const mb = median(b)
  const rows: [string, string][] = [
    [
      'input',
      `${width}×${height} JPEG, ${(jpeg.length / 1024 / 1024).toFixed(1)} MB, ${PHOTO_SIZES.length} renditions`,
    ],
    ['runs', `${RUNS} (alternating, after one warm-up each)`],
    ['upload pipeline, median', `${ma.toFixed(0)} ms   (all: ${a.map((x) => x.toFixed(0)).join(', ')})`],
    ['raw sharp, same renditions, median', `${mb.toFixed(0)} ms   (all: ${b.map((x) => x.toFixed(0)).join(', ')})`],
    ['ratio pipeline / raw sharp', `${(ma / mb).toFixed(2)}×   (target ≤ 1.3×)`],
    ['upload with an off-centre focal point', `${median(focal).toFixed(0)} ms median of 3 (crops re-cut around it)`],
    ['RSS before timed runs', `${(baseline / 1024 / 1024).toFixed(0)} MB`],
    ['peak RSS during uploads', `${(peak / 1024 / 1024).toFixed(0)} MB`],
  ]
  printTable('Photo upload benchmark', rows)
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}

runBenchmark(main)
