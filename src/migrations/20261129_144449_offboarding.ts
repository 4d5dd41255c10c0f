import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`deactivated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`deactivated_at\` text;`)
  await db.run(sql`CREATE INDEX \`users_deactivated_idx\` ON \`users\` (\`deactivated\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_deactivated_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`deactivated\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`deactivated_at\`;`)
}
