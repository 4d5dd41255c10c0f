import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`photos\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version__objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_prefix\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version__objectkey\`;`)
}
