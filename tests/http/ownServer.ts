import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A production server of a test's own (`npm start` on a database and media folder it alone uses), for tests that
 * do something to the server's storage that other tests must not live with (a restored copy, a held lock).
 */
const root = path.resolve(__dirname, '../..')
export const SECRET = 'http-test-secret-0123456789abcdef'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export type OwnServer = {
  base: string
  databaseFile: string
  mediaDir: string
  /** SIGKILL, as a crash: the files stay (another node may go on with them). */
  kill(): void
  /** Kills it and removes the folder it made for itself, if it made one. */
  stop(): void
}

export async function ownServer(
  storage?: { databaseFile: string; mediaDir: string } | null,
  env: Record<string, string> = {},
  /** A node restarted where a proxy in front expects it. */
  givenPort?: number,
): Promise<OwnServer> {
  const dir = storage ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-own-'))
  const databaseFile = storage?.databaseFile ?? path.join(dir!, 'own.db')
  const mediaDir = storage?.mediaDir ?? path.join(dir!, 'media')
  const port = givenPort ?? (await freePort())
  const base = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      DATABASE_URI: `file:${databaseFile}`,
      MEDIA_DIR: mediaDir,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      SERVER_URL: base,
      ...env,
    },
    stdio: 'ignore',
  })
  const kill = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        /* gone */
      }
    }
  }
  const stop = () => {
    kill()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, databaseFile, mediaDir, kill, stop }
    await new Promise((r) => setTimeout(r, 300))
  }
  stop()
  throw new Error('the server did not come up')
}

/** JSON calls to a server of a test's own, as its first administrator (registered on first use). */
export async function adminOf(base: string) {
  let token = ''
  const call = (p: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${base}${p}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }).then(async (r) => ({ status: r.status, json: await r.json().catch(() => null) }))
  const admin = { email: 'own-admin@test.local', password: 'own-password-1', name: 'Own Admin' }
  const registered = await call('/api/users/first-register', { method: 'POST', body: admin })
  if (registered.status !== 200 && registered.status !== 403) throw new Error(`first-register → ${registered.status}`)
  token = (await call('/api/users/login', { method: 'POST', body: admin })).json.token
  /** A story published at once by the administrator, with a reason. */
  const publishedStory = async (headline: string) => {
    const { id, slug } = (await call('/api/articles?draft=true', { method: 'POST', body: { headline } })).json.doc
    const live = await call(`/api/articles/${id}/workflow`, {
      method: 'POST',
      body: { action: 'publish_now', note: 'Test' },
    })
    if (live.status !== 200) throw new Error(`publish_now → ${live.status} ${JSON.stringify(live.json)}`)
    return { id: id as number, slug: slug as string }
  }
  return { call, publishedStory, token }
}
