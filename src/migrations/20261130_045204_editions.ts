import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_editions_order_idx\` ON \`site_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_editions_parent_id_idx\` ON \`site_editions\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translation_group\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translated_from_revision\` text;`)
  await db.run(sql`CREATE INDEX \`articles_language_idx\` ON \`articles\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`articles_translation_group_idx\` ON \`articles\` (\`translation_group\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_language\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translation_group\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translated_from_revision\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_language_idx\` ON \`_articles_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_translation_group_idx\` ON \`_articles_v\` (\`version_translation_group\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_editions\`;`)
  await db.run(sql`DROP INDEX \`articles_language_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_translation_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`translation_group\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`translated_from_revision\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_language_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_translation_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_language\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_translation_group\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_translated_from_revision\`;`)
}
