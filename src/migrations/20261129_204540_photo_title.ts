import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`photos\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_title\` text;`)
  // Existing photos get the title a save would give them: the alt text, else the file name.
  await db.run(sql`UPDATE \`photos\` SET \`title\` = COALESCE(NULLIF(TRIM(\`alt\`), ''), \`filename\`);`)
  await db.run(sql`UPDATE \`_photos_v\` SET \`version_title\` = COALESCE(NULLIF(TRIM(\`version_alt\`), ''), \`version_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_title\`;`)
}
