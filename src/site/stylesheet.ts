import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

let kept: string | undefined

/**
 * The address of the site's stylesheet (`public/site.css`), named by its content: browsers and shared caches keep
 * it for a year (next.config.mjs) and a new stylesheet is a new address. Read once in production, on every page in
 * development (where it is being edited).
 */
export function stylesheetHref(): string {
  if (kept && process.env.NODE_ENV === 'production') return kept
  try {
    const css = readFileSync(path.join(process.cwd(), 'public', 'site.css'))
    kept = `/site.css?v=${createHash('sha256').update(css).digest('base64url').slice(0, 12)}`
  } catch {
    kept = '/site.css'
  }
  return kept
}
