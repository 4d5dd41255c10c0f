// Each integration test file gets its own SQLite file and media folder, created before Payload is imported.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-int-'))
const given = process.env.DATABASE_URI
if (given && /^mongodb(\+srv)?:/.test(given)) {
  // Same suite on MongoDB: one throwaway database per test file.
  const url = new URL(given)
  url.pathname = `/masthead_test_${path.basename(dir).replace(/\W/g, '_')}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'integration-test-secret-0123456789'
process.env.LOG_LEVEL ||= 'warn'
process.env.JOBS_AUTORUN = '0' // tests run the queue themselves, when they mean to
