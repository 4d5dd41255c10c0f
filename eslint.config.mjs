// Lint: TypeScript's recommended rules, no import cycles, and the layer rules that keep the code's shape —
// src/domain is plain TypeScript (no framework), and the public site does not reach into Payload's collection configs.
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FRAMEWORK = [
  'payload',
  'payload/*',
  '@payloadcms/*',
  'next',
  'next/*',
  'react',
  'react-dom',
  'react/*',
  '@payload-config',
  'drizzle-orm',
  'drizzle-orm/*',
]

/** Domain modules may import each other and small pure libraries, never an outer layer. */
export const domainRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: FRAMEWORK,
          message: 'src/domain is plain TypeScript: move framework code to src/server, src/hooks or src/collections.',
        },
        {
          group: [
            '**/server/**',
            '**/hooks/**',
            '**/collections/**',
            '**/endpoints/**',
            '**/jobs/**',
            '**/components/**',
            '**/app/**',
            '**/fields/**',
            '**/access/**',
            '@/*',
            '!@/domain/*',
          ],
          message: 'src/domain must not depend on outer layers.',
        },
      ],
    },
  ],
}

/** The public site renders through src/server/queries; collection configs are Payload's business. */
export const siteRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['**/collections/**', '@/collections/*'],
          message: 'The site reads through src/server/queries, not collection configs.',
        },
      ],
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'dist/**',
      'node_modules/**',
      'media/**',
      'data/**',
      '.tmp/**',
      'src/payload-types.ts',
      'src/app/(payload)/**',
      'src/migrations/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Modules are read with the TypeScript parser to follow their imports (for no-cycle).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Text hygiene matches control characters on purpose (NULs, bidi and C0 controls are stripped or refused).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Test replies are whatever JSON the server sent; each test asserts the shape it expects.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['src/domain/**/*.ts'], rules: domainRule },
  { files: ['src/app/(frontend)/**/*.{ts,tsx}', 'src/components/*.tsx'], rules: siteRule },
)
