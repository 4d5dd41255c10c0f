import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { TOASTER_ROOT_RULES } from '../../src/components/admin/firstPaint'

/** The client bundle of Payload's UI, where Sonner's stylesheet is inserted from. */
const payloadUiClient = () =>
  fs.readFileSync(path.resolve('node_modules/@payloadcms/ui/dist/exports/client/index.js'), 'utf8')

const declarations = (css: string, dir: 'ltr' | 'rtl') =>
  css.match(new RegExp(`:where\\(html\\[dir="${dir}"\\]\\)[^{]*\\{([^}]*)\\}`))?.[1]

describe("the toaster's root declarations before the first paint", () => {
  it('are character for character what Payload inserts later, for both directions', () => {
    const bundle = payloadUiClient()
    for (const dir of ['ltr', 'rtl'] as const) {
      const inserted = declarations(bundle, dir)
      expect(inserted, `Payload's UI bundle no longer sets ${dir} toaster properties on <html>`).toMatch(/^--toast-/)
      expect(declarations(TOASTER_ROOT_RULES, dir)).toBe(inserted)
    }
  })

  it('match only the root element, as declarations of custom properties', () => {
    const selectors = [...TOASTER_ROOT_RULES.matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1])
    expect(selectors).toEqual([':where(html[dir="ltr"])', ':where(html[dir="rtl"])'])
    for (const dir of ['ltr', 'rtl'] as const)
      for (const part of declarations(TOASTER_ROOT_RULES, dir)!.split(';')) expect(part).toMatch(/^--toast-[a-z-]+: /)
  })
})
