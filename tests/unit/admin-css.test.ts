import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { PAGE_WIDE_HAS, rewriteAdminCss, tuneAdminCss } from '../../scripts/admin-css.mjs'

describe('admin CSS after the build', () => {
  const built = '@layer payload-default{.a{color:red}body:has(.drag-overlay) *{cursor:grabbing}.b:has(.c){margin:0}}'

  it('gives the drag overlay its cursor instead of restyling the whole page for it', () => {
    const { text, count } = rewriteAdminCss(built)
    expect(count).toBe(1)
    expect(text).toBe(
      '@layer payload-default{.a{color:red}.drag-overlay,.drag-overlay *{cursor:grabbing}.b:has(.c){margin:0}}',
    )
    expect(PAGE_WIDE_HAS.test(built)).toBe(true)
    expect(PAGE_WIDE_HAS.test(text)).toBe(false)
  })

  it('tells a page-wide :has() from one scoped to an element', () => {
    for (const css of ['html:has(dialog[open]){overflow:hidden}', ':is(body:has(.x)) p{}', 'a{}body.dark:has(.y) *{}'])
      expect(PAGE_WIDE_HAS.test(css), css).toBe(true)
    for (const css of ['.html-diff p:has(.x){}', '.document-body:has(.x){}', '.nav__link:has(.nav__link-indicator){}'])
      expect(PAGE_WIDE_HAS.test(css), css).toBe(false)
  })

  it('rewrites the stylesheets of a build folder once, and names any page-wide rule it could not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-css-'))
    fs.mkdirSync(path.join(dir, 'chunks'))
    fs.writeFileSync(path.join(dir, 'chunks/a.css'), built)
    fs.writeFileSync(path.join(dir, 'chunks/b.css'), 'html:has(.modal--open){overflow:hidden}')
    fs.writeFileSync(path.join(dir, 'chunks/c.js'), 'body:has(.drag-overlay) *{cursor:grabbing}')
    expect(tuneAdminCss(dir)).toEqual({ rewritten: 1, pageWideLeft: [path.join('chunks', 'b.css')] })
    expect(tuneAdminCss(dir)).toEqual({ rewritten: 0, pageWideLeft: [path.join('chunks', 'b.css')] })
    expect(fs.readFileSync(path.join(dir, 'chunks/c.js'), 'utf8')).toContain('body:has(')
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
