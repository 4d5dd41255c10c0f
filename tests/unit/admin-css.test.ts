import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  CLASS_VALUE_ANCESTOR,
  PAGE_WIDE_HAS,
  restylesPageWide,
  rewriteAdminCss,
  tuneAdminCss,
} from '../../scripts/admin-css.mjs'

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

  it("says td where the list tables tested an ancestor's class value", () => {
    const table =
      '.collection-list .table table [class^=cell]>p,.collection-list .table table [class^=cell]>span{line-clamp:4}'
    expect(restylesPageWide(table)).toBe(true)
    const { text, count } = rewriteAdminCss(table)
    expect(count).toBe(2)
    expect(text).toBe('.collection-list .table table td>p,.collection-list .table table td>span{line-clamp:4}')
    expect(restylesPageWide(text)).toBe(false)
  })

  it("tells a test of an ancestor's class attribute from one on the styled element", () => {
    for (const css of ['[class^=cell]>span{}', '[class] a{}', '.x [class*="a b"]:hover+p{}', 'div[class$=y]~i{}'])
      expect(CLASS_VALUE_ANCESTOR.test(css), css).toBe(true)
    for (const css of ['[class^=cell]{}', 'td>[class^=cell]{}', '[data-x=y] span{}', '.a.b>p{}', '[class]{}'])
      expect(CLASS_VALUE_ANCESTOR.test(css), css).toBe(false)
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
