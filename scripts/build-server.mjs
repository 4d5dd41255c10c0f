// Builds the production server (`npm start`): src/server/http/server.ts and what it imports — the page cache and
// the reader pages it renders itself (React components, `@/` paths) — bundled into one file. Packages stay in
// node_modules, loaded as Node loads them.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/server/http/server.ts'],
  outfile: 'dist/src/server/http/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  sourcemap: true,
  // Keeps class and function names in stack traces.
  keepNames: true,
  logLevel: 'warning',
  metafile: false,
})
