// Loads the demo newsroom (idempotent): `npm run seed`.
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../src/seed/demo'
import { bootPayload } from './lib/boot'

async function main() {
  const payload = await bootPayload()
  const report = await seedDemo(payload)
  const url = payload.config.serverURL || 'http://localhost:3000'
  console.log(
    report.skipped
      ? '\nDemo content already loaded; nothing changed.'
      : `\nDemo content loaded: ${report.articles} articles, ${report.photos} photos, ${report.users} users.`,
  )
  console.log(`\n  Public site:  ${url}/\n  Admin:        ${url}/admin\n\n  Demo logins (password "${DEMO_PASSWORD}"):`)
  for (const u of DEMO_USERS) console.log(`    ${u.roles.join(', ').padEnd(11)} ${u.email}`)
  console.log('')
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('Seeding failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
