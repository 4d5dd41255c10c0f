import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_corrections\` ADD \`at_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`releasedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_corrections\` ADD \`at_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_releasedat_tz\` text DEFAULT 'Asia/Shanghai';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_corrections\` DROP COLUMN \`at_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`releasedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_corrections\` DROP COLUMN \`at_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_releasedat_tz\`;`)
}
