/**
 * After `next build`: makes the server bundle cost less heap. Next loads every route at start-up and V8 keeps the
 * source text of every file it loaded; ours was ~80 MB of a 200 MB heap, which is why the server ran out of heap under
 * a day's load. Two causes, two steps:
 *
 * 1. **Copies.** Turbopack writes the server bundle once per group of routes (the API routes, the feed routes, the
 *    ninjs route, the reader pages, the admin page): one ~8 MB chunk, byte for byte the same but for its source-map
 *    comment. Every later copy becomes `module.exports = require(<first copy>)`. Turbopack's runtime `require`s a
 *    chunk and installs the module factories it exports, skipping ids it already has, so a copy handing back the first
 *    copy's exports installs exactly what it would have itself.
 * 2. **Two-byte text.** One character above U+00FF anywhere in a file (a "—" in a message, a Chinese translation)
 *    makes V8 store the whole file at two bytes a character. Such characters in string literals, untagged templates,
 *    regular expressions and identifiers are written as `\u` escapes (the same value by the language's rules), in
 *    comments as "?"; the file is parsed again and every string, template, name and regular-expression flag checked
 *    against the original before it is written. A file that still needs them (a tagged template reads its raw text) is left as it was.
 *
 * Usage: node scripts/compact-server-chunks.mjs [.next/server/chunks] (`npm run build` runs it: after-next-build.mjs)
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'acorn'

const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\n?$/
/** Small chunks are not worth a look: the copies that matter are megabytes. */
const MIN_BYTES = 64 * 1024
const MARKER = '// masthead: same chunk as '
const ABOVE_LATIN1 = /[^\x00-\xff]/
const PARSE_OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowHashBang: true,
  allowReturnOutsideFunction: true,
}

/** The chunk's code without its source-map comment, which names the file and so differs between copies. */
export function chunkBody(text) {
  return text.replace(SOURCE_MAP_COMMENT, '\n')
}

/** Groups files by identical code; each group lists its files in a stable (sorted) order. */
export function identicalGroups(files) {
  const byDigest = new Map()
  for (const { file, text } of files) {
    if (text.length < MIN_BYTES || text.startsWith(MARKER)) continue
    const digest = createHash('sha256').update(chunkBody(text)).digest('hex')
    const group = byDigest.get(digest) ?? []
    group.push(file)
    byDigest.set(digest, group)
  }
  return [...byDigest.values()].filter((group) => group.length > 1).map((group) => group.sort())
}

/** What a later copy becomes: a pointer to the first copy, by a path relative to the copy. */
export function redirectTo(copyFile, firstFile) {
  let relative = path.relative(path.dirname(copyFile), firstFile).split(path.sep).join('/')
  if (!relative.startsWith('.')) relative = `./${relative}`
  return `${MARKER}${relative}\nmodule.exports = require(${JSON.stringify(relative)});\n`
}

const unicodeEscape = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`

/**
 * Escapes characters above U+00FF in the raw text of a literal. A backslash already in front of one (an identity
 * escape such as `'\—'`) is part of the escape it becomes.
 */
function escapeRaw(raw) {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i)
    if (unit <= 0xff) {
      out += raw[i]
      continue
    }
    let slashes = 0
    while (out.endsWith('\\'.repeat(slashes + 1))) slashes++
    if (slashes % 2 === 1) out = out.slice(0, -1)
    out += unicodeEscape(unit)
  }
  return out
}

function escapeIdentifier(name) {
  return [...name].map((c) => (c.codePointAt(0) <= 0xff ? c : `\\u{${c.codePointAt(0).toString(16)}}`)).join('')
}

/** Every node of an ESTree, with its parent. */
function* walk(node, parent = null) {
  if (!node || typeof node.type !== 'string') return
  yield [node, parent]
  for (const key of Object.keys(node)) {
    const child = node[key]
    if (Array.isArray(child)) for (const item of child) yield* walk(item, node)
    else if (child && typeof child === 'object' && typeof child.type === 'string') yield* walk(child, node)
  }
}

/** What the program's literals and names say: what the escaped text must still say. */
function meaning(ast) {
  const values = []
  for (const [node] of walk(ast)) {
    if (node.type === 'Literal') values.push(node.regex ? `/${node.regex.flags}` : typeof node.value, node.value)
    else if (node.type === 'TemplateElement') values.push('template', node.value.cooked)
    else if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') values.push('name', node.name)
  }
  return values
}

function sameMeaning(a, b) {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x instanceof RegExp && y instanceof RegExp) {
      // A pattern's text does change (`\u` escapes match the same characters, by the language's rules); its flags
      // must not, and it must still compile (acorn gives no RegExp for a pattern the engine refuses).
      if (x.flags !== y.flags) return false
      continue
    }
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false
  }
  return true
}

/**
 * The same program with no character above U+00FF, or null when that cannot be done safely (a tagged template
 * holds one: its function may read the raw text) or the source does not parse as a script.
 */
export function latin1Source(text) {
  if (!ABOVE_LATIN1.test(text)) return text
  const comments = []
  let ast
  try {
    ast = parse(text, { ...PARSE_OPTIONS, onComment: (_block, _text, start, end) => comments.push([start, end]) })
  } catch {
    return null
  }
  const edits = []
  for (const [node, parent] of walk(ast)) {
    const raw = () => text.slice(node.start, node.end)
    if (node.type === 'Literal' && typeof node.value === 'string') edits.push([node.start, node.end, escapeRaw(raw())])
    else if (node.type === 'Literal' && node.regex) edits.push([node.start, node.end, escapeRaw(raw())])
    else if (node.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression')
      for (const quasi of node.quasis)
        edits.push([quasi.start, quasi.end, escapeRaw(text.slice(quasi.start, quasi.end))])
    else if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') {
      if (ABOVE_LATIN1.test(raw()))
        edits.push([node.start, node.end, (node.type === 'PrivateIdentifier' ? '#' : '') + escapeIdentifier(node.name)])
    }
  }
  for (const [start, end] of comments) edits.push([start, end, text.slice(start, end).replace(/[^\x00-\xff]/g, '?')])

  edits.sort((a, b) => a[0] - b[0])
  let out = ''
  let at = 0
  for (const [start, end, replacement] of edits) {
    if (start < at) continue
    out += text.slice(at, start) + replacement
    at = end
  }
  out += text.slice(at)
  if (ABOVE_LATIN1.test(out)) return null

  let reparsed
  try {
    reparsed = parse(out, PARSE_OPTIONS)
  } catch {
    return null
  }
  if (!sameMeaning(meaning(ast), meaning(reparsed))) return null
  return out
}

function jsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith('.js')) return []
    return [path.join(entry.parentPath ?? entry.path, entry.name)]
  })
}

export function compactChunks(dir) {
  const files = jsFiles(dir).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
  const report = { copies: 0, copyBytes: 0, oneByte: 0, twoByteLeft: [] }
  const redirected = new Set()
  for (const [first, ...copies] of identicalGroups(files)) {
    for (const copy of copies) {
      report.copies++
      report.copyBytes += fs.statSync(copy).size
      fs.writeFileSync(copy, redirectTo(copy, first))
      // The copy's source map describes code that is no longer there.
      fs.rmSync(`${copy}.map`, { force: true })
      redirected.add(copy)
    }
  }
  for (const { file, text } of files) {
    if (redirected.has(file) || text.length < MIN_BYTES || !ABOVE_LATIN1.test(text)) continue
    const oneByte = latin1Source(text)
    if (oneByte === null) report.twoByteLeft.push(path.relative(dir, file))
    else {
      fs.writeFileSync(file, oneByte)
      report.oneByte++
    }
  }
  return report
}

/** Compacts the chunks in `dir` and says what it did. */
export function main(dir = '.next/server/chunks') {
  const { copies, copyBytes, oneByte, twoByteLeft } = compactChunks(path.resolve(dir))
  console.log(
    `Server chunks: ${copies} duplicate copies now load the first (${(copyBytes / 1048576).toFixed(1)} MB not loaded ` +
      `twice); ${oneByte} rewritten without characters above U+00FF` +
      (twoByteLeft.length ? `; left two-byte: ${twoByteLeft.join(', ')}` : '') +
      '.',
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv[2])
