/** Only web links may be published: `javascript:`, `data:` and friends can execute in a reader's browser. */
export function checkWebUrl(value: string): { ok: true; url: URL } | { ok: false; reason: string } {
  const trimmed = value.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return { ok: false, reason: `"${trimmed.slice(0, 80)}" is not a valid absolute URL; write it as https://…` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: `Only http:// and https:// links are allowed; "${url.protocol}" links are refused because they can run code in a reader's browser.`,
    }
  }
  if (!url.hostname) return { ok: false, reason: 'The link has no host name.' }
  return { ok: true, url }
}

/**
 * Whether a link in a story may be rendered as a link: http(s), mailto, or a path on this site. Browsers ignore
 * tabs, line breaks and leading spaces in a scheme ("java\tscript:"), so they are removed before looking at it.
 */
export function isSafeLinkTarget(raw: unknown): boolean {
  if (typeof raw !== 'string') return false

  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!url) return false
  if (url.startsWith('//')) return false // another host, with the scheme left out: written as https:// instead
  if (/^[/#?]/.test(url)) return true
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  if (!scheme) return true // no scheme at all: a path relative to the page
  return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase())
}

type LinkNode = { type?: string; fields?: { url?: unknown; linkType?: unknown }; children?: LinkNode[] }

/** The first link in a Lexical document whose target is not safe to publish, or null. */
export function unsafeLinkIn(root: unknown): string | null {
  const stack: LinkNode[] = [root as LinkNode]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    if (
      (node.type === 'link' || node.type === 'autolink') &&
      node.fields?.linkType !== 'internal' &&
      !isSafeLinkTarget(node.fields?.url)
    ) {
      return String(node.fields?.url ?? '')
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
    const inner = (node as { root?: LinkNode }).root
    if (inner) stack.push(inner)
  }
  return null
}
