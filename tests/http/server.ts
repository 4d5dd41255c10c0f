/**
 * Starts the production server (`npm start`: Next behind the page cache) on a fresh SQLite file and media folder,
 * as a reader's server would run, and hands its URL to the HTTP and browser tests. Needs `npm run build` first.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { purgeToken } from '../../src/server/cache/bridge'
import { freePort } from './ownServer'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    outboxFile: string
    /** The server's SQLite file, for tests that hold its write lock from another process. */
    databaseFile: string
    mediaDir: string
    /** Lets a test post to the page cache's purge endpoint as the jobs worker would. */
    purgeToken: string
  }
}

const root = path.resolve(__dirname, '../..')
export const serverScript = 'dist/src/server/http/server.js'

const secret = 'http-test-secret-0123456789abcdef'
let server: ChildProcess | undefined
let dir: string | undefined

export async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(path.join(root, serverScript))) {
    throw new Error('No production build found: run `npm run build` before the HTTP tests.')
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-http-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const log = fs.openSync(path.join(dir, 'server.log'), 'a')
  // Through `npm start`, so the tests run the server exactly as production does (flags included).
  server = spawn('npm', ['start', '--silent'], {
    detached: true,
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'http.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: secret,
      SERVER_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      MAIL_OUTBOX_FILE: path.join(dir, 'outbox.jsonl'),
      // Tests stand in for clients behind a proxy by naming them in X-Forwarded-For.
      TRUSTED_PROXIES: '127.0.0.1',
    },
    stdio: ['ignore', log, log],
  })
  const deadline = Date.now() + 90_000
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`the server exited early:\n${fs.readFileSync(path.join(dir, 'server.log'), 'utf8')}`)
    try {
      // The first API request initialises Payload, which runs the committed migrations on the empty file.
      const res = await fetch(`${baseUrl}/api/articles?limit=1`)
      if (res.ok) break
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline)
      throw new Error(
        `the server did not answer within 90 s:\n${fs.readFileSync(path.join(dir, 'server.log'), 'utf8')}`,
      )
    await new Promise((r) => setTimeout(r, 300))
  }
  project.provide('baseUrl', baseUrl)
  project.provide('outboxFile', path.join(dir, 'outbox.jsonl'))
  project.provide('databaseFile', path.join(dir, 'http.db'))
  project.provide('mediaDir', path.join(dir, 'media'))
  project.provide('purgeToken', purgeToken(secret))
}

export async function teardown() {
  if (server?.pid && server.exitCode === null) {
    const group = -server.pid
    process.kill(group, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    try {
      process.kill(group, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }
  if (dir && !process.env.KEEP_TEST_SERVER_DIR) fs.rmSync(dir, { recursive: true, force: true })
}
