import path from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

/** The layer rules of eslint.config.mjs fail a deliberate violation (and let the same import through where it belongs). */
describe('layer rules', () => {
  it('keep src/domain free of the framework and of outer layers', async () => {
    const framework = ['payload', '@payloadcms/ui', 'next/headers', 'react']
    const outerLayers = ['../../server/errors', '../hooks/editLease', '@/collections/Articles']
    for (const source of [...framework, ...outerLayers]) {
      const found = await problems(
        'src/domain/workflow/violation.ts',
        `import x from '${source}'\nexport const y = x\n`,
      )
      expect(found.join('\n'), source).toMatch(/no-restricted-imports/)
    }
    expect(
      await problems('src/domain/workflow/fine.ts', `import { idOf } from '../relations'\nexport const y = idOf\n`),
    ).toEqual([])
    expect(
      await problems('src/server/fine.ts', `import { APIError } from 'payload'\nexport const y = APIError\n`),
    ).toEqual([])
  }, 60_000)

  it('keep the public site away from collection configs', async () => {
    const found = await problems(
      'src/app/(frontend)/violation.tsx',
      `import { Articles } from '@/collections/Articles'\nexport const y = Articles\n`,
    )
    expect(found.join('\n')).toMatch(/no-restricted-imports/)
  }, 60_000)

  it('refuse an import cycle', async () => {
    // src/domain/relations.ts is imported by src/domain/workflow/bundle.ts; importing bundle back closes a cycle.
    const found = await problems(
      'src/domain/relations.ts',
      `import { articleBundle } from './workflow/bundle'\nexport const y = articleBundle\n`,
    )
    expect(found.join('\n')).toMatch(/import-x\/no-cycle/)
  }, 60_000)
})
