// Each integration test file gets its own SQLite file and media folder, created before Payload is imported.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-int-'))
process.env.DATABASE_URI ||= `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'integration-test-secret-0123456789'
process.env.LOG_LEVEL ||= 'warn'
