/**
 * Purges by tag at the edge caches in front of the web nodes, as each one's documentation asks for them. Pure:
 * a purge (tags, soft or hard) in, the HTTP requests to send out. A page is filed under the tags its render
 * recorded, sent as `Surrogate-Key` (Varnish xkey, Fastly; space-separated) and `Cache-Tag` (Cloudflare;
 * comma-separated).
 */

export type EdgeRequest = { url: string; method: string; headers: Record<string, string>; body?: string }

export type EdgeConfig =
  | { kind: 'varnish'; purgeUrl: string; token?: string | null }
  | { kind: 'fastly'; apiUrl: string; serviceId: string; token: string }
  | { kind: 'cloudflare'; apiUrl: string; zoneId: string; token: string }

/** Fastly takes up to 256 surrogate keys a request; Cloudflare 30 tags a purge call (its lowest documented limit). */
const FASTLY_KEYS_PER_REQUEST = 256
const CLOUDFLARE_TAGS_PER_REQUEST = 30

const chunks = <T>(list: T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/** A tag as a surrogate key: keys are separated by spaces (and Cloudflare's by commas), so neither may occur in one. */
export const edgeTag = (tag: string) => tag.replace(/[\s,]+/g, '_')

/** The response headers that file a page under its tags at every kind of edge. */
export function surrogateHeaders(tags: string[]): Record<string, string> {
  const keys = [...new Set(tags.map(edgeTag))]
  return { 'Surrogate-Key': keys.join(' '), 'Cache-Tag': keys.join(',') }
}

/**
 * The requests that purge `tags` at one edge. Soft (a publication, a correction): the edge may serve its copy as
 * stale while it fetches the new one. Hard (an unpublish, a legal takedown): the copy is gone at once.
 */
export function edgePurgeRequests(edge: EdgeConfig, tags: string[], mode: 'soft' | 'hard'): EdgeRequest[] {
  const keys = [...new Set(tags.map(edgeTag))]
  if (!keys.length) return []
  switch (edge.kind) {
    case 'varnish':
      // The repository's VCL (deploy/varnish/default.vcl) answers PURGE with xkey.purge / xkey.softpurge.
      return [
        {
          url: edge.purgeUrl,
          method: 'PURGE',
          headers: {
            [mode === 'soft' ? 'xkey-softpurge' : 'xkey-purge']: keys.join(' '),
            ...(edge.token ? { 'x-purge-token': edge.token } : {}),
          },
        },
      ]
    case 'fastly':
      // POST /service/{service_id}/purge with the keys in Surrogate-Key, authenticated by Fastly-Key.
      return chunks(keys, FASTLY_KEYS_PER_REQUEST).map((batch) => ({
        url: `${edge.apiUrl.replace(/\/+$/, '')}/service/${encodeURIComponent(edge.serviceId)}/purge`,
        method: 'POST',
        headers: {
          'Fastly-Key': edge.token,
          'Surrogate-Key': batch.join(' '),
          Accept: 'application/json',
          ...(mode === 'soft' ? { 'Fastly-Soft-Purge': '1' } : {}),
        },
      }))
    case 'cloudflare':
      // POST /zones/{zone_id}/purge_cache {"tags": [...]}, authenticated by an API token. Cloudflare has no soft
      // purge by tag: both modes purge.
      return chunks(keys, CLOUDFLARE_TAGS_PER_REQUEST).map((batch) => ({
        url: `${edge.apiUrl.replace(/\/+$/, '')}/zones/${encodeURIComponent(edge.zoneId)}/purge_cache`,
        method: 'POST',
        headers: { Authorization: `Bearer ${edge.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags: batch }),
      }))
  }
}
