/**
 * npm run search:rebuild — refills the archive's full-text index from every published story (after restoring a
 * database made without it, or to check the index against the stories). Safe while the site runs: a publication
 * made meanwhile writes its own row.
 */
import { bootPayload } from './lib/boot'

const payload = await bootPayload()
const { rebuildSearchIndex } = await import('../src/server/search')
const count = await rebuildSearchIndex(payload)
console.log(`Search index rebuilt: ${count} published stories.`)
await payload.destroy()
process.exit(0)
