import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_articles_v_parent_updated_idx\` ON \`_articles_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_created_idx\` ON \`_articles_v\` (\`parent_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_parent_idx\` ON \`_articles_v\` (\`latest\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_updated_idx\` ON \`_photos_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_created_idx\` ON \`_photos_v\` (\`parent_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_latest_parent_idx\` ON \`_photos_v\` (\`latest\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_parent_updated_idx\` ON \`_captions_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_parent_created_idx\` ON \`_captions_v\` (\`parent_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_latest_parent_idx\` ON \`_captions_v\` (\`latest\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_parent_updated_idx\` ON \`_related_links_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_parent_created_idx\` ON \`_related_links_v\` (\`parent_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_latest_parent_idx\` ON \`_related_links_v\` (\`latest\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_parent_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_photos_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_photos_v_parent_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_photos_v_latest_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_captions_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_captions_v_parent_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_captions_v_latest_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_related_links_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_related_links_v_parent_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_related_links_v_latest_parent_idx\`;`)
}
