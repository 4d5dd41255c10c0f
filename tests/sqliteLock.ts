import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A database file in a folder of its own under the system's temp folder, and how to remove both. */
export function tempSqliteFile(prefix: string): { file: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { file: path.join(dir, 't.db'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** Holds SQLite's write lock on a database file from another process until the returned function is called. */
export async function holdWriteLock(databaseFile: string): Promise<() => Promise<void>> {
  const script = `
    const { createClient } = require('@libsql/client')
    const db = createClient({ url: 'file:' + process.argv[1] })
    db.execute('BEGIN IMMEDIATE').then(() => { process.stdout.write('held\\n'); process.stdin.once('data', () => db.execute('ROLLBACK').then(() => { db.close(); process.exit(0) })) })
  `
  const child = spawn(process.execPath, ['-e', script, databaseFile], { stdio: ['pipe', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('held') && resolve())
    child.on('exit', (code) => reject(new Error(`the lock holder exited early (${code})`)))
  })
  return () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit')
      child.on('exit', () => resolve())
      child.stdin.write('release\n')
    })
}
