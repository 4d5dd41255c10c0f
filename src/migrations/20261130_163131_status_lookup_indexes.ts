import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

const TEXT_LIST_TABLES = ['articles_texts', '_articles_v_texts', 'photos_texts', '_photos_v_texts']

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_translationGroup_idx\` ON \`articles\` (\`_status\`,\`translation_group\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_translationGroup_idx\` ON \`_articles_v\` (\`version__status\`,\`version_translation_group\`);`)
  await db.run(sql`CREATE INDEX \`_status_photo_idx\` ON \`captions\` (\`_status\`,\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_photo_idx\` ON \`_captions_v\` (\`version__status\`,\`version_photo_id\`);`)
  // Written by hand, not from the config: Payload indexes the tables of text lists (a story's previous slugs) on
  // (order, parent), which cannot find one parent's rows, so every read of a story or photo (and of each version)
  // scanned the whole table. Payload's schema does not name these, so later migrations leave them alone.
  for (const table of TEXT_LIST_TABLES)
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_order_idx\` ON \`${table}\` (\`parent_id\`,\`order\`);`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_translationGroup_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_translationGroup_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_photo_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_photo_idx\`;`)
  for (const table of TEXT_LIST_TABLES) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_order_idx\`;`))
}
