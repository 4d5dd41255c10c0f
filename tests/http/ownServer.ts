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

export type OwnServer = { base: string; databaseFile: string; mediaDir: string; stop(): void }

export async function ownServer(
  storage?: { databaseFile: string; mediaDir: string } | null,
  env: Record<string, string> = {},
): Promise<OwnServer> {
  const dir = storage ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-own-'))
  const databaseFile = storage?.databaseFile ?? path.join(dir!, 'own.db')
  const mediaDir = storage?.mediaDir ?? path.join(dir!, 'media')
  const port = await freePort()
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
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        /* gone */
      }
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, databaseFile, mediaDir, stop }
    await new Promise((r) => setTimeout(r, 300))
  }
  stop()
  throw new Error('the server did not come up')
}
