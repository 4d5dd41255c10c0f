// Plain JavaScript: next.config.mjs reads it as well as the server's TypeScript.

/** Sent with every answer. */
export const EVERY_ANSWER = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/**
 * Readers' pages run no script at all (the page cache serves them without Next's client runtime), so an injected
 * script cannot run either; never inside anyone's frame. `next dev` serves them with the runtime (its refresh).
 * @param {boolean} development
 */
export function readerPageHeaders(development) {
  return [
    {
      key: 'Content-Security-Policy',
      value: contentSecurityPolicy("'none'", development ? "'self' 'unsafe-inline'" : "'none'"),
    },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ]
}

/** Previews live in the admin's live-preview pane: framed by our own origin, and only by it. */
export const PREVIEW_HEADERS = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'", "'self' 'unsafe-inline'") },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/**
 * @param {string} frameAncestors
 * @param {string} scripts
 */
function contentSecurityPolicy(frameAncestors, scripts) {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}
