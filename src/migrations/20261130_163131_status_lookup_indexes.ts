import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_translationGroup_idx\` ON \`articles\` (\`_status\`,\`translation_group\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_translationGroup_idx\` ON \`_articles_v\` (\`version__status\`,\`version_translation_group\`);`)
  await db.run(sql`CREATE INDEX \`_status_photo_idx\` ON \`captions\` (\`_status\`,\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_photo_idx\` ON \`_captions_v\` (\`version__status\`,\`version_photo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_translationGroup_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_translationGroup_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_photo_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_photo_idx\`;`)
}
