import dns from 'node:dns/promises'
import fs from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

import { ImportError } from './store'

export type FetchedPicture = { data: Buffer; name: string; mimetype: string }
export type PictureSource = {
  /** The folder of the item being imported: relative hrefs and file: URLs are read from there, and only there. */
  baseDir?: string
  maxBytes: number
  timeoutMs: number
  /** host or host:port that may be fetched although it is a private or local address. */
  allowHosts: string[]
}

const MAX_REDIRECTS = 3

/**
 * The bytes of a picture a ninjs item names: a file next to the item, or an http(s) URL fetched under the rules of
 * the upload gate's front door — public addresses only (unless allowed by name), the connection pinned to the
 * address that was checked (no DNS rebinding), redirects re-checked, a size cap while reading, a timeout. What
 * comes back still goes through the upload gate (sniffing, stripping, pixel caps) like any upload.
 */
export async function fetchPicture(href: string, source: PictureSource): Promise<FetchedPicture> {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || /^file:/i.test(href)) return readBeside(href, source)
  let url: URL
  try {
    url = new URL(href)
  } catch {
    throw new ImportError(`The rendition address "${href.slice(0, 200)}" is not a URL.`)
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const answer = await get(url, source)
    if (answer.redirect === undefined) return answer.picture
    url = new URL(answer.redirect, url)
  }
  throw new ImportError(`${href.slice(0, 200)} redirects more than ${MAX_REDIRECTS} times.`)
}

async function readBeside(href: string, source: PictureSource): Promise<FetchedPicture> {
  if (!source.baseDir) throw new ImportError(`"${href.slice(0, 200)}" is a local file, but this item has no folder.`)
  const relative = /^file:/i.test(href) ? decodeURIComponent(new URL(href).pathname) : href
  const base = path.resolve(source.baseDir)
  const file = path.resolve(base, relative.replace(/^\/+/, /^file:/i.test(href) ? '/' : ''))
  if (file !== base && !file.startsWith(base + path.sep))
    throw new ImportError(`"${href.slice(0, 200)}" is outside the item's folder; only files beside it are read.`)
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile()) throw new ImportError(`No file "${path.relative(base, file)}" beside the item.`)
  if (stat.size > source.maxBytes) throw new ImportError(`"${path.basename(file)}" is larger than the upload limit.`)
  return { data: await fs.readFile(file), name: path.basename(file), mimetype: 'application/octet-stream' }
}

/** Whether an address may be fetched: a public unicast address, or a host the newsroom allowed by name. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'unicast'
}

const allowed = (url: URL, allowHosts: string[]) =>
  allowHosts.some((h) => h.toLowerCase() === url.host.toLowerCase() || h.toLowerCase() === url.hostname.toLowerCase())

async function checkedAddress(url: URL, source: PictureSource): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const found = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await dns.lookup(host, { all: true }).catch(() => [])
  if (!found.length) throw new ImportError(`${url.host} does not resolve.`)
  // Every address the name has must be public: a name with one private address could be answered with it later.
  if (!allowed(url, source.allowHosts) && found.some((a) => !isPublicAddress(a.address)))
    throw new ImportError(
      `${url.host} is a private or local address; pictures are fetched from public hosts (or hosts named in IMPORT_FETCH_ALLOW_HOSTS).`,
    )
  return found[0]
}

function get(url: URL, source: PictureSource): Promise<{ redirect?: string; picture: FetchedPicture }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return Promise.reject(new ImportError(`Pictures are fetched over http or https, not ${url.protocol}`))
  if (url.username || url.password)
    return Promise.reject(new ImportError('A rendition address may not carry a user name or password.'))
  return checkedAddress(url, source).then(
    ({ address, family }) =>
      new Promise((resolve, reject) => {
        const pinned: LookupFunction = (_host, options, done) => {
          if ((options as { all?: boolean }).all)
            (done as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
              { address, family },
            ])
          else done(null, address, family)
        }
        const request = (url.protocol === 'https:' ? https : http).get(
          url,
          { lookup: pinned, timeout: source.timeoutMs, headers: { accept: 'image/*' } },
          (res) => {
            const status = res.statusCode ?? 0
            if (status >= 300 && status < 400 && res.headers.location) {
              res.resume()
              resolve({ redirect: res.headers.location, picture: undefined as never })
              return
            }
            if (status !== 200) {
              res.resume()
              reject(new ImportError(`${url.host} answered ${status} for ${url.pathname.slice(0, 200)}.`))
              return
            }
            const declared = Number(res.headers['content-length'] ?? 0)
            if (declared > source.maxBytes) {
              res.destroy()
              reject(new ImportError(`${url.pathname.slice(0, 200)} is larger than the upload limit.`))
              return
            }
            const chunks: Buffer[] = []
            let size = 0
            res.on('data', (chunk: Buffer) => {
              size += chunk.length
              if (size > source.maxBytes) {
                res.destroy()
                reject(new ImportError(`${url.pathname.slice(0, 200)} is larger than the upload limit.`))
                return
              }
              chunks.push(chunk)
            })
            res.on('end', () =>
              resolve({
                picture: {
                  data: Buffer.concat(chunks),
                  name: decodeURIComponent(path.posix.basename(url.pathname)) || 'picture',
                  mimetype: String(res.headers['content-type'] ?? 'application/octet-stream').split(';')[0],
                },
              }),
            )
            res.on('error', reject)
          },
        )
        request.on('timeout', () => request.destroy(new ImportError(`${url.host} did not answer in time.`)))
        request.on('error', (error) =>
          reject(error instanceof ImportError ? error : new ImportError(`${url.host}: ${error.message}`)),
        )
      }),
  )
}
