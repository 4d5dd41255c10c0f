import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`edit_session\` text;`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_edit_session\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`edit_session\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_edit_session\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`edit_session\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_edit_session\`;`)
  await db.run(sql`ALTER TABLE \`captions\` DROP COLUMN \`edit_session\`;`)
  await db.run(sql`ALTER TABLE \`_captions_v\` DROP COLUMN \`version_edit_session\`;`)
  await db.run(sql`ALTER TABLE \`related_links\` DROP COLUMN \`edit_session\`;`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` DROP COLUMN \`version_edit_session\`;`)
}
