import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`import_version\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_import_version\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`usage_terms\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`import_version\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_usage_terms\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_import_version\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`import_version\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_import_version\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`usage_terms\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`import_version\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_usage_terms\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_import_version\`;`)
}
