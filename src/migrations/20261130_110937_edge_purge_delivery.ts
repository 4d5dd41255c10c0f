import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`page_purges\` ADD \`edges_purged_at\` text;`)
  // Purges from before this column were delivered (or given up) by the process that made them.
  await db.run(sql`UPDATE \`page_purges\` SET \`edges_purged_at\` = \`created_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`page_purges\` DROP COLUMN \`edges_purged_at\`;`)
}
