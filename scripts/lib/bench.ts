import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** What the benchmark scripts share: medians, a printed table, and a main() that exits with its outcome. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export function printTable(title: string, rows: [string, string][]) {
  const w = Math.max(...rows.map((r) => r[0].length))
  console.log(`\n${title}`)
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`)
}

export function runBenchmark(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}

/**
 * A production server's environment on a database and media folder of its own (a new temporary folder), also set
 * on this process so the benchmark's own Payload (seeding) uses the same database.
 */
export function benchEnvironment(name: string): { dir: string; dbFile: string; env: NodeJS.ProcessEnv } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `masthead-bench-${name}-`))
  const dbFile = path.join(dir, `${name}.db`)
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URI: `file:${dbFile}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || `bench-${name}-secret-0123456789abcdef`,
    LOG_LEVEL: 'warn',
    JOBS_AUTORUN: '0',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  Object.assign(process.env, env)
  return { dir, dbFile, env }
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

/** `npm start` in `root`, as production runs it (its heap limit included), in its own process group. */
export async function startServer(root: string, env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const server = spawn('npm', ['start', '--silent'], {
    cwd: root,
    detached: true,
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1', SERVER_URL: `http://127.0.0.1:${port}` },
    stdio: 'ignore',
  })
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('the server did not come up')
}

/** Stops a server started by startServer: its whole process group, killed if it has not left within a second. */
export async function stopServer(server: ChildProcess) {
  const group = -server.pid!
  process.kill(group, 'SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  try {
    process.kill(group, 'SIGKILL')
  } catch {
    /* already gone */
  }
}
