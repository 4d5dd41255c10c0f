import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_releasedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`section__status_releasedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`_status_releasedAt_language_idx\` ON \`articles\` (\`_status\`,\`released_at\`,\`language\`);`)
  await db.run(sql`CREATE INDEX \`section__status_releasedAt_language_idx\` ON \`articles\` (\`section_id\`,\`_status\`,\`released_at\`,\`language\`);`)
  await db.run(sql`DROP INDEX \`version__status_version_releasedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_section_version__status_version_releasedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`version__status_version_releasedAt_version_language_idx\` ON \`_articles_v\` (\`version__status\`,\`version_released_at\`,\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version__status\`,\`version_released_at\`,\`version_language\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_releasedAt_language_idx\`;`)
  await db.run(sql`DROP INDEX \`section__status_releasedAt_language_idx\`;`)
  await db.run(sql`CREATE INDEX \`_status_releasedAt_idx\` ON \`articles\` (\`_status\`,\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`section__status_releasedAt_idx\` ON \`articles\` (\`section_id\`,\`_status\`,\`released_at\`);`)
  await db.run(sql`DROP INDEX \`version__status_version_releasedAt_version_language_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`version__status_version_releasedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`version_section_version__status_version_releasedAt_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version__status\`,\`version_released_at\`);`)
}
