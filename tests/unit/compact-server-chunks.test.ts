import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'

import {
  chunkBody,
  compactChunks,
  identicalGroups,
  latin1Source,
  redirectTo,
} from '../../scripts/compact-server-chunks.mjs'

const require = createRequire(import.meta.url)

/** A chunk in Turbopack's shape: an array of module ids and factories, big enough to be looked at. */
function chunk(moduleId: number, mapName: string, filler = 'a') {
  const padding = `// ${filler.repeat(70_000)}\n`
  return `module.exports = [\n${moduleId}, ((ctx) => { ctx.s(["f", 0, () => ${moduleId}]); }),\n];\n${padding}\n//# sourceMappingURL=${mapName}.js.map\n`
}

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

function layout(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chunks-'))
  dir = root
  // As in `.next/`, whose package.json makes its files CommonJS whatever surrounds it.
  fs.writeFileSync(path.join(root, 'package.json'), '{"type": "commonjs"}')
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    fs.writeFileSync(path.join(root, name), text)
    fs.writeFileSync(path.join(root, `${name}.map`), '{}')
  }
  return root
}

describe('server chunk copies', () => {
  it('ignores only the source-map comment when comparing', () => {
    expect(chunkBody(chunk(1, 'a'))).toBe(chunkBody(chunk(1, 'b')))
    expect(chunkBody(chunk(1, 'a'))).not.toBe(chunkBody(chunk(2, 'a')))
    expect(chunkBody(chunk(1, 'a', 'b'))).not.toBe(chunkBody(chunk(1, 'a', 'c')))
  })

  it('groups identical copies, skips small files and files already redirected', () => {
    const groups = identicalGroups([
      { file: '/c/z.js', text: chunk(1, 'z') },
      { file: '/c/a.js', text: chunk(1, 'a') },
      { file: '/c/other.js', text: chunk(2, 'o') },
      { file: '/c/small1.js', text: 'module.exports = []' },
      { file: '/c/small2.js', text: 'module.exports = []' },
      { file: '/c/done.js', text: redirectTo('/c/done.js', '/c/a.js') },
    ])
    expect(groups).toEqual([['/c/a.js', '/c/z.js']])
  })

  it('points copies at the first one, in another folder too, and they load the same modules', () => {
    const root = layout({
      'a._.js': chunk(7, 'a'),
      'b._.js': chunk(7, 'b'),
      'ssr/c._.js': chunk(7, 'c'),
      'ssr/d._.js': chunk(8, 'd'),
    })
    const result = compactChunks(root)
    expect(result.copies).toBe(2)

    const first = require(path.join(root, 'a._.js'))
    expect(first[0]).toBe(7)
    // One exports array: Turbopack's runtime installs the factories once, and V8 holds one copy of the source.
    expect(require(path.join(root, 'b._.js'))).toBe(first)
    expect(require(path.join(root, 'ssr/c._.js'))).toBe(first)
    expect(fs.readFileSync(path.join(root, 'ssr/c._.js'), 'utf8')).toContain('require("../a._.js")')
    // A different chunk keeps its code and its map; a redirected copy loses the map that no longer fits it.
    expect(require(path.join(root, 'ssr/d._.js'))[0]).toBe(8)
    expect(fs.existsSync(path.join(root, 'ssr/d._.js.map'))).toBe(true)
    expect(fs.existsSync(path.join(root, 'b._.js.map'))).toBe(false)
    expect(fs.existsSync(path.join(root, 'a._.js.map'))).toBe(true)

    // Running it again (a second build step, a re-run) changes nothing.
    expect(compactChunks(root)).toMatchObject({ copies: 0, oneByte: 0 })
  })
})

/** Runs a script and gives back what its last expression says, as JSON (values from another realm compare badly). */
const run = (code: string) => JSON.stringify(vm.runInNewContext(code))

describe('server chunks without characters above U+00FF', () => {
  const programs: Record<string, string> = {
    'string literals, both quotes': `['— 新华社 “quoted” …', "€ and ‘this’"]`,
    'identity escape and escaped backslash': `['\\—', '\\\\—', '\\\\\\—']`,
    'astral characters': `['😀 𠀀', '😀'.length]`,
    'untagged template': 'const who = "李明"; `${who} — 记者 ${1 + 1}`',
    'regular expressions': `[/[\u4e00-\u9fff]+/.exec('abc 新华社 x')[0], /[一-龥]{2}/u.test('新华'), /^——\\s*/.test('—— list'), /[😀]/u.exec('a😀')[0], /\\—/.test('—')]`,
    'identifiers and private names': `class Box { #π = 3.14; get value() { return this.#π } }; const 名 = new Box().value; 名`,
    'property keys': `({ '—': 1, 中文: 2, ['€']: 3 })`,
    comments: `/* 新华社 — the wire */ 1 + 1 // 完`,
  }
  for (const [name, program] of Object.entries(programs)) {
    it(`keeps what the program does: ${name}`, () => {
      const out = latin1Source(program)
      expect(out).not.toBeNull()
      expect(out).not.toMatch(/[^\x00-\xff]/)
      expect(run(out!)).toBe(run(program))
    })
  }

  it('leaves alone what it cannot rewrite safely', () => {
    // A tag sees the template's raw text: escaping would change what String.raw returns.
    expect(latin1Source('String.raw`— ${1}`')).toBeNull()
    expect(latin1Source('const = "—"')).toBeNull()
    expect(latin1Source('plain ascii')).toBe('plain ascii')
  })

  it('rewrites big chunks in place and reports those it left', () => {
    const root = layout({
      'wide._.js': chunk(1, 'w', 'a') + "module.exports.push('新华社 —');\n",
      'raw._.js': chunk(2, 'r', 'b') + 'module.exports.push(String.raw`—`);\n',
    })
    const result = compactChunks(root)
    expect(result.oneByte).toBe(1)
    expect(result.twoByteLeft).toEqual(['raw._.js'])
    const wide = fs.readFileSync(path.join(root, 'wide._.js'), 'utf8')
    expect(wide).not.toMatch(/[^\x00-\xff]/)
    expect(require(path.join(root, 'wide._.js')).at(-1)).toBe('新华社 —')
    expect(require(path.join(root, 'raw._.js')).at(-1)).toBe('—')
  })
})
