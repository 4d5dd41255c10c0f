import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import S3rver from 's3rver'

/** s3rver's fixed credentials: it checks every request's signature against them. */
const KEY = 'S3RVER'

/**
 * An S3-compatible server from npm (s3rver) on a free port, with an empty bucket, and the environment that points
 * Masthead at it. Stands in for MinIO or AWS S3 in tests.
 */
export async function startS3(bucket = 'masthead-photos') {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
      S3_PREFIX: 'photos',
    } as Record<string, string>,
    async close() {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
