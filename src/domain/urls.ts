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
