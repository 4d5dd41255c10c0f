import path from 'node:path'
import { z } from 'zod'

import type { EdgeConfig } from '../domain/publishing/edgePurge.ts'

/**
 * The only reader of process.env. Everything else imports `env` and gets validated, typed values.
 * Secrets are never defaulted: `npm run setup` writes a local .env with generated ones.
 */
/** A whole number above zero, given as text in the environment. */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)
/** A comma-separated list, blanks dropped. */
const commaList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: z.string().trim().min(1).default('file:./data/masthead.db'),
  PAYLOAD_SECRET: z.string().trim().optional(),
  SERVER_URL: z.url().default('http://localhost:3000'),
  MEDIA_DIR: z.string().trim().min(1).default('media'),
  /** Set by the demo command; lets a production build run with generated local secrets. */
  MASTHEAD_DEMO: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  SMTP_HOST: z.string().trim().optional(),
  SMTP_PORT: positiveInt(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  MAIL_FROM: z.string().trim().default('Masthead <newsroom@masthead.local>'),
  /** Without SMTP, messages are recorded here (one JSON object a line) so they can be read and asserted. */
  MAIL_OUTBOX_FILE: z.string().trim().optional(),
  /** Run the jobs queue (scheduled publish/unpublish) inside the web server. Set 0 when a separate worker runs it. */
  JOBS_AUTORUN: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  PHOTO_MAX_BYTES: positiveInt(40 * 1024 * 1024),
  PHOTO_MAX_PIXELS: positiveInt(100_000_000),
  /** Where `npm start` listens. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().trim().min(1).default('0.0.0.0'),
  /** Memory for cached public pages, and the age after which a cached page is re-rendered (0 = no page cache). */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  PAGE_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(300),
  /**
   * The page cache renders readers' main pages itself (React straight to HTML, src/server/render/) instead of
   * asking Next; 0 sends every render through Next (to compare, or to rule the direct renderer out).
   */
  PAGE_CACHE_DIRECT_RENDER: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  /** Largest request body that is not a picture upload (JSON, forms, GraphQL). */
  REQUEST_MAX_BYTES: positiveInt(2 * 1024 * 1024),
  /** Picture uploads processed at once, and how many more may wait; past that, 503 with Retry-After. */
  UPLOADS_AT_ONCE: positiveInt(2),
  UPLOADS_WAITING: z.coerce.number().int().min(0).default(4),
  /** Other API requests (REST, GraphQL) processed at once, and how many more may wait; bounds the memory they hold. */
  API_AT_ONCE: positiveInt(3),
  API_WAITING: z.coerce.number().int().min(0).default(32),
  /**
   * Addresses of the reverse proxies in front of Masthead (comma-separated IPs). Only a request arriving from one
   * of them may name the client in X-Forwarded-For; otherwise the client is the socket's address.
   */
  TRUSTED_PROXIES: commaList,
  /**
   * Hosts (name or address, with :port when not the default) the importers may fetch pictures from although they are
   * private or local addresses, e.g. an agency gateway inside the newsroom's network. Public hosts need no entry.
   */
  IMPORT_FETCH_ALLOW_HOSTS: commaList,
  IMPORT_FETCH_TIMEOUT_MS: positiveInt(20_000),
  /**
   * Where a process without the page cache (the separate jobs worker) sends purges: the web server's
   * `/_masthead/purge`. Unset, such a process relies on the cache's maximum age.
   */
  PAGE_CACHE_PURGE_URL: z.url().optional(),
  /**
   * Edge caches in front of the web nodes, purged by tag on every change readers can see (any or all of them):
   * Varnish with the xkey module (the PURGE address of deploy/varnish/default.vcl), Fastly, Cloudflare.
   */
  VARNISH_PURGE_URL: z.url().optional(),
  VARNISH_PURGE_TOKEN: z.string().trim().optional(),
  FASTLY_SERVICE_ID: z.string().trim().min(1).optional(),
  FASTLY_API_TOKEN: z.string().trim().min(1).optional(),
  FASTLY_API_URL: z.url().default('https://api.fastly.com'),
  CLOUDFLARE_ZONE_ID: z.string().trim().min(1).optional(),
  CLOUDFLARE_API_TOKEN: z.string().trim().min(1).optional(),
  CLOUDFLARE_API_URL: z.url().default('https://api.cloudflare.com/client/v4'),
  /**
   * Photos in an S3-compatible store (AWS S3, MinIO, R2, …) instead of MEDIA_DIR, so that every web node serves every
   * picture: the bucket and its credentials; the endpoint and path-style addressing for stores other than AWS.
   */
  S3_BUCKET: z.string().trim().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
  /** Folder (key prefix) of the photos in the bucket. */
  S3_PREFIX: z
    .string()
    .trim()
    .default('photos')
    .transform((v) => v.replace(/^\/+|\/+$/g, '')),
  /** How long a write waits for the database (another writer, another process's lock) before answering 503. */
  DATABASE_BUSY_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(4000),
  /** Set by the production web server itself: the process that owns the media folder's housekeeping at startup. */
  MASTHEAD_WEB_SERVER: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1'),
  /** Pretty logs locally, JSON in production. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  isDemo: boolean
  database: { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }
  databaseBusyWaitMs: number
  payloadSecret: string
  serverUrl: string
  mediaDir: string
  /** Where photo files live: MEDIA_DIR on this machine, or an S3-compatible bucket every node shares. */
  mediaStore: MediaStoreConfig
  logLevel: z.infer<typeof schema>['LOG_LEVEL']
  mail: {
    from: string
    smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string } | null
    outboxFile: string | null
  }
  jobsAutorun: boolean
  isWebServer: boolean
  photos: { maxBytes: number; maxPixels: number }
  imports: { allowHosts: string[]; fetchTimeoutMs: number }
  requests: {
    bodyMaxBytes: number
    uploadsAtOnce: number
    uploadsWaiting: number
    apiAtOnce: number
    apiWaiting: number
    trustedProxies: string[]
  }
  server: {
    port: number
    hostname: string
    pageCacheMb: number
    pageCacheMaxAgeSeconds: number
    directRender: boolean
  }
  pageCachePurgeUrl: string | null
  edges: EdgeConfig[]
}

export type S3Config = {
  kind: 's3'
  bucket: string
  prefix: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}
export type MediaStoreConfig = { kind: 'local'; dir: string } | S3Config

export class EnvError extends Error {
  override name = 'EnvError'
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new EnvError(`Masthead's environment is invalid:\n${problems}`)
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  if (!e.PAYLOAD_SECRET || e.PAYLOAD_SECRET.length < 16) {
    throw new EnvError(
      isProduction && !e.MASTHEAD_DEMO
        ? 'PAYLOAD_SECRET is missing or shorter than 16 characters. In production set it to a long random value (e.g. `openssl rand -hex 32`); it signs every login.'
        : 'PAYLOAD_SECRET is missing or shorter than 16 characters. Run `npm run setup` to generate a local .env, or set it yourself.',
    )
  }
  const isMongo = /^mongodb(\+srv)?:\/\//.test(e.DATABASE_URI)
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    isDemo: e.MASTHEAD_DEMO,
    database: isMongo ? { kind: 'mongodb', url: e.DATABASE_URI } : { kind: 'sqlite', url: sqliteUrl(e.DATABASE_URI) },
    databaseBusyWaitMs: e.DATABASE_BUSY_WAIT_MS,
    payloadSecret: e.PAYLOAD_SECRET,
    serverUrl: e.SERVER_URL.replace(/\/+$/, ''),
    mediaDir: path.resolve(e.MEDIA_DIR),
    mediaStore: mediaStoreOf(e),
    logLevel: e.LOG_LEVEL,
    mail: {
      from: e.MAIL_FROM,
      smtp: e.SMTP_HOST
        ? { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, pass: e.SMTP_PASS }
        : null,
      outboxFile: e.MAIL_OUTBOX_FILE ? path.resolve(e.MAIL_OUTBOX_FILE) : null,
    },
    jobsAutorun: e.JOBS_AUTORUN,
    isWebServer: e.MASTHEAD_WEB_SERVER,
    photos: { maxBytes: e.PHOTO_MAX_BYTES, maxPixels: e.PHOTO_MAX_PIXELS },
    imports: { allowHosts: e.IMPORT_FETCH_ALLOW_HOSTS, fetchTimeoutMs: e.IMPORT_FETCH_TIMEOUT_MS },
    server: {
      port: e.PORT,
      hostname: e.HOSTNAME,
      pageCacheMb: e.PAGE_CACHE_MB,
      pageCacheMaxAgeSeconds: e.PAGE_CACHE_MAX_AGE_SECONDS,
      directRender: e.PAGE_CACHE_DIRECT_RENDER,
    },
    requests: {
      bodyMaxBytes: e.REQUEST_MAX_BYTES,
      uploadsAtOnce: e.UPLOADS_AT_ONCE,
      uploadsWaiting: e.UPLOADS_WAITING,
      apiAtOnce: e.API_AT_ONCE,
      apiWaiting: e.API_WAITING,
      trustedProxies: e.TRUSTED_PROXIES,
    },
    pageCachePurgeUrl: e.PAGE_CACHE_PURGE_URL ?? null,
    edges: edgesOf(e),
  }
}

/** The edges configured: each needs all of its settings, and half a configuration is an error, not a silent no. */
function edgesOf(e: z.infer<typeof schema>): EdgeConfig[] {
  const edges: EdgeConfig[] = []
  if (e.VARNISH_PURGE_URL) edges.push({ kind: 'varnish', purgeUrl: e.VARNISH_PURGE_URL, token: e.VARNISH_PURGE_TOKEN })
  if (e.FASTLY_SERVICE_ID || e.FASTLY_API_TOKEN) {
    if (!e.FASTLY_SERVICE_ID || !e.FASTLY_API_TOKEN)
      throw new EnvError('Fastly needs both FASTLY_SERVICE_ID and FASTLY_API_TOKEN (a token with purge rights).')
    edges.push({ kind: 'fastly', apiUrl: e.FASTLY_API_URL, serviceId: e.FASTLY_SERVICE_ID, token: e.FASTLY_API_TOKEN })
  }
  if (e.CLOUDFLARE_ZONE_ID || e.CLOUDFLARE_API_TOKEN) {
    if (!e.CLOUDFLARE_ZONE_ID || !e.CLOUDFLARE_API_TOKEN)
      throw new EnvError('Cloudflare needs both CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN (with Cache Purge rights).')
    edges.push({
      kind: 'cloudflare',
      apiUrl: e.CLOUDFLARE_API_URL,
      zoneId: e.CLOUDFLARE_ZONE_ID,
      token: e.CLOUDFLARE_API_TOKEN,
    })
  }
  return edges
}

/** Local disk unless a bucket is named; a bucket with half its credentials is an error, not a silent fallback. */
function mediaStoreOf(e: z.infer<typeof schema>): MediaStoreConfig {
  if (!e.S3_BUCKET) {
    if (e.S3_ENDPOINT || e.S3_ACCESS_KEY_ID || e.S3_SECRET_ACCESS_KEY)
      throw new EnvError('S3 settings are given without S3_BUCKET: name the bucket the photos go to.')
    return { kind: 'local', dir: path.resolve(e.MEDIA_DIR) }
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY))
    throw new EnvError("S3 needs both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (or neither, for the SDK's own chain).")
  return {
    kind: 's3',
    bucket: e.S3_BUCKET,
    prefix: e.S3_PREFIX,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    // Stores other than AWS (MinIO, s3rver, most self-hosted ones) address buckets by path.
    forcePathStyle: e.S3_FORCE_PATH_STYLE ? e.S3_FORCE_PATH_STYLE === 'true' : Boolean(e.S3_ENDPOINT),
    credentials:
      e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}

/** Accepts `file:…`, a bare path, or `libsql:`/`http(s):` remote URLs; bare paths become `file:` URLs. */
function sqliteUrl(uri: string): string {
  if (/^(file|libsql|https?|wss?):/.test(uri)) return uri
  return `file:${uri}`
}

let cached: Env | undefined
export function getEnv(): Env {
  cached ??= readEnv()
  return cached
}
