/**
 * After `next build`: takes out of the admin's built CSS the rules that make the browser restyle the whole page on
 * every keystroke. Payload's `body:has(.drag-overlay) *` (the grabbing cursor while a row is dragged) makes every
 * change anywhere in the document a reason to check `body` again, and when it is checked every element below it is
 * restyled: ~870 elements and ~10 ms per key typed in the article form, measured in Chromium's trace. The overlay
 * follows the pointer while a row is dragged, so giving the overlay itself the cursor looks the same.
 *
 * Usage: node scripts/admin-css.mjs [.next/static] (`npm run build` runs it: after-next-build.mjs)
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Each rule as the build writes it (minified), and what replaces it. */
export const REWRITES = [
  {
    rule: 'body:has(.drag-overlay) *{cursor:grabbing}',
    replacement: '.drag-overlay,.drag-overlay *{cursor:grabbing}',
  },
]

/** A selector that makes every element below `html` or `body` depend on what is anywhere in the page. */
export const PAGE_WIDE_HAS = /(?:^|[\s,{}>+~(])(?:html|body|:root)(?:[.#[:][^\s,{]*)?:has\(/

/** The stylesheet with the rewrites made; `count` says how many. */
export function rewriteAdminCss(css) {
  let count = 0
  let text = css
  for (const { rule, replacement } of REWRITES) {
    const parts = text.split(rule)
    count += parts.length - 1
    text = parts.join(replacement)
  }
  return { text, count }
}

function cssFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
}

/** Rewrites every built stylesheet under `dir`; returns how many rules changed and the files still holding one. */
export function tuneAdminCss(dir) {
  let rewritten = 0
  const pageWideLeft = []
  for (const file of cssFiles(dir)) {
    const css = fs.readFileSync(file, 'utf8')
    const { text, count } = rewriteAdminCss(css)
    if (count) fs.writeFileSync(file, text)
    rewritten += count
    if (PAGE_WIDE_HAS.test(text)) pageWideLeft.push(path.relative(dir, file))
  }
  return { rewritten, pageWideLeft }
}

/** Rewrites the stylesheets under `dir` and says what it did. */
export function main(dir = '.next/static') {
  const { rewritten, pageWideLeft } = tuneAdminCss(path.resolve(dir))
  console.log(
    `Admin CSS: ${rewritten} page-wide :has() rule(s) rewritten` +
      (pageWideLeft.length ? `; still page-wide in ${pageWideLeft.join(', ')}` : '') +
      '.',
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv[2])
