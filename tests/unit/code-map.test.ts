import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

/** The README's code map names every folder of the tree (two levels under src/, one under tests/ and scripts/). */
describe('README code map', () => {
  it('matches the tree', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const block = /## Code map[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const listed = new Set(
      block
        .split('\n')
        .map((line) => line.split(/\s+/)[0].replace(/\/$/, ''))
        .filter(Boolean),
    )
    const dirs = (dir: string, depth: number): string[] =>
      fs
        .readdirSync(path.join(root, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('__'))
        .flatMap((d) => {
          const rel = `${dir}/${d.name}`
          return depth > 1 && !rel.startsWith('src/app/(payload)') ? [rel, ...dirs(rel, depth - 1)] : [rel]
        })
    const tree = [...dirs('src', 2), ...dirs('tests', 2), 'scripts', ...dirs('scripts', 1), 'docs']
    expect(
      tree.filter((d) => !listed.has(d)),
      'folders missing from the code map',
    ).toEqual([])
    expect(
      [...listed].filter((d) => !fs.existsSync(path.join(root, d))),
      'code map lines naming no folder',
    ).toEqual([])
  })
})
