/** XML 1.0 cannot carry most control characters at all, even escaped: they are removed, not escaped. */
export function xmlSafe(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDFFF]/g, (c, i, s) => {
      const code = c.charCodeAt(0)
      const next = s.charCodeAt(i + 1)
      const prev = s.charCodeAt(i - 1)
      // keep well-formed surrogate pairs, drop lone halves
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return c
      if (code >= 0xdc00 && prev >= 0xd800 && prev <= 0xdbff) return c
      return ''
    })
}

export function escapeXml(text: string): string {
  return xmlSafe(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )
}
