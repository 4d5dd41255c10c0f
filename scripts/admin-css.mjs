/**
 * After `next build`: takes out of the admin's built CSS the rules that make the browser restyle the whole page for
 * a change in one place. Two kinds, each measured in Chromium's trace of the article form:
 * - Payload's `body:has(.drag-overlay) *` (the grabbing cursor while a row is dragged) makes every change anywhere in
 *   the document a reason to check `body` again, and when it is checked every element below it is restyled: ~870
 *   elements and ~10 ms per key typed. The overlay follows the pointer while a row is dragged, so giving the overlay
 *   itself the cursor looks the same.
 * - The list tables' `[class^=cell]>span` (and `>p`, `>a`) test the class attribute's value of an ancestor, so a class
 *   changed on any element (the nav opening, a field turning read-only) restyles every span, p and a below it: each
 *   such change on the page's frame restyled the whole story preview while the form was being built. Payload gives
 *   the `cell-` classes to the table's `td` only, so the rules say `td`.
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
  { rule: '.table table [class^=cell]>', replacement: '.table table td>' },
]

/** A selector that makes every element below `html` or `body` depend on what is anywhere in the page. */
export const PAGE_WIDE_HAS = /(?:^|[\s,{}>+~(])(?:html|body|:root)(?:[.#[:][^\s,{]*)?:has\(/

/**
 * A selector that tests an element's class attribute (its value, not one class) and then looks below or beside it:
 * every class change anywhere restyles what follows the combinator.
 */
export const CLASS_VALUE_ANCESTOR = /\[class(?:[\^*$~|]?=[^\]]*)?\](?:[.#:[][^\s,{>+~]*)?\s*[>+~ ]\s*[^\s,{]/

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

/** A built stylesheet still holds a rule that restyles the whole page for a change in one place. */
export const restylesPageWide = (css) => PAGE_WIDE_HAS.test(css) || CLASS_VALUE_ANCESTOR.test(css)

/** Rewrites every built stylesheet under `dir`; returns how many rules changed and the files still holding one. */
export function tuneAdminCss(dir) {
  let rewritten = 0
  const pageWideLeft = []
  for (const file of cssFiles(dir)) {
    const css = fs.readFileSync(file, 'utf8')
    const { text, count } = rewriteAdminCss(css)
    if (count) fs.writeFileSync(file, text)
    rewritten += count
    if (restylesPageWide(text)) pageWideLeft.push(path.relative(dir, file))
  }
  return { rewritten, pageWideLeft }
}

/** Rewrites the stylesheets under `dir` and says what it did. */
export function main(dir = '.next/static') {
  const { rewritten, pageWideLeft } = tuneAdminCss(path.resolve(dir))
  console.log(
    `Admin CSS: ${rewritten} page-wide rule(s) rewritten` +
      (pageWideLeft.length ? `; still page-wide in ${pageWideLeft.join(', ')}` : '') +
      '.',
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv[2])
