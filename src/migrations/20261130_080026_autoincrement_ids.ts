import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`headline\` text,
  	\`display_headline\` text,
  	\`deck\` text,
  	\`hero_photo_id\` integer,
  	\`hero_caption_text\` text,
  	\`hero_caption_id\` integer,
  	\`body\` text,
  	\`source_url\` text,
  	\`slug\` text,
  	\`language\` text,
  	\`translation_group\` text,
  	\`translated_from\` text,
  	\`translated_from_revision\` text,
  	\`section_id\` integer,
  	\`byline_text\` text,
  	\`released_at\` text,
  	\`releasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`first_published_at\` text,
  	\`search_text\` text,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`import_version\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_text", "hero_caption_id", "body", "source_url", "slug", "language", "translation_group", "translated_from", "translated_from_revision", "section_id", "byline_text", "released_at", "releasedat_tz", "first_published_at", "search_text", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_text", "hero_caption_id", "body", "source_url", "slug", "language", "translation_group", "translated_from", "translated_from_revision", "section_id", "byline_text", "released_at", "releasedat_tz", "first_published_at", "search_text", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_photo_idx\` ON \`articles\` (\`hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_caption_idx\` ON \`articles\` (\`hero_caption_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_language_idx\` ON \`articles\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`articles_translation_group_idx\` ON \`articles\` (\`translation_group\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_released_at_idx\` ON \`articles\` (\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_source_idx\` ON \`articles\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`articles_saved_by_idx\` ON \`articles\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_releasedAt_idx\` ON \`articles\` (\`_status\`,\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`section__status_releasedAt_idx\` ON \`articles\` (\`section_id\`,\`_status\`,\`released_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'correction',
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Shanghai',
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_version_corrections\`("_order", "_parent_id", "id", "kind", "at", "at_tz", "note", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "at", "at_tz", "note", "_uuid" FROM \`_articles_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_corrections\` RENAME TO \`_articles_v_version_corrections\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_order_idx\` ON \`_articles_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_parent_id_idx\` ON \`_articles_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_headline\` text,
  	\`version_display_headline\` text,
  	\`version_deck\` text,
  	\`version_hero_photo_id\` integer,
  	\`version_hero_caption_text\` text,
  	\`version_hero_caption_id\` integer,
  	\`version_body\` text,
  	\`version_source_url\` text,
  	\`version_slug\` text,
  	\`version_language\` text,
  	\`version_translation_group\` text,
  	\`version_translated_from\` text,
  	\`version_translated_from_revision\` text,
  	\`version_section_id\` integer,
  	\`version_byline_text\` text,
  	\`version_released_at\` text,
  	\`version_releasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_first_published_at\` text,
  	\`version_search_text\` text,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_import_version\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_text", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_language", "version_translation_group", "version_translated_from", "version_translated_from_revision", "version_section_id", "version_byline_text", "version_released_at", "version_releasedat_tz", "version_first_published_at", "version_search_text", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_text", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_language", "version_translation_group", "version_translated_from", "version_translated_from_revision", "version_section_id", "version_byline_text", "version_released_at", "version_releasedat_tz", "version_first_published_at", "version_search_text", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_photo_idx\` ON \`_articles_v\` (\`version_hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_caption_idx\` ON \`_articles_v\` (\`version_hero_caption_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_language_idx\` ON \`_articles_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_translation_group_idx\` ON \`_articles_v\` (\`version_translation_group\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_released_at_idx\` ON \`_articles_v\` (\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_import_source_idx\` ON \`_articles_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_saved_by_idx\` ON \`_articles_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_releasedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`version_section_version__status_version_releasedAt_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version__status\`,\`version_released_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_photos\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`title\` text,
  	\`alt\` text,
  	\`runs_without_caption\` integer DEFAULT false,
  	\`credit\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`date_taken\` text,
  	\`copyright\` text,
  	\`usage_terms\` text,
  	\`duplicate_of_id\` integer,
  	\`content_hash\` text,
  	\`needs_image\` integer DEFAULT false,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`import_version\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_feature_url\` text,
  	\`sizes_feature_width\` numeric,
  	\`sizes_feature_height\` numeric,
  	\`sizes_feature_mime_type\` text,
  	\`sizes_feature_filesize\` numeric,
  	\`sizes_feature_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	\`sizes_feature_avif_url\` text,
  	\`sizes_feature_avif_width\` numeric,
  	\`sizes_feature_avif_height\` numeric,
  	\`sizes_feature_avif_mime_type\` text,
  	\`sizes_feature_avif_filesize\` numeric,
  	\`sizes_feature_avif_filename\` text,
  	\`sizes_hero_avif_url\` text,
  	\`sizes_hero_avif_width\` numeric,
  	\`sizes_hero_avif_height\` numeric,
  	\`sizes_hero_avif_mime_type\` text,
  	\`sizes_hero_avif_filesize\` numeric,
  	\`sizes_hero_avif_filename\` text,
  	\`sizes_social_jpeg_url\` text,
  	\`sizes_social_jpeg_width\` numeric,
  	\`sizes_social_jpeg_height\` numeric,
  	\`sizes_social_jpeg_mime_type\` text,
  	\`sizes_social_jpeg_filesize\` numeric,
  	\`sizes_social_jpeg_filename\` text,
  	\`sizes_four_three_url\` text,
  	\`sizes_four_three_width\` numeric,
  	\`sizes_four_three_height\` numeric,
  	\`sizes_four_three_mime_type\` text,
  	\`sizes_four_three_filesize\` numeric,
  	\`sizes_four_three_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_photos\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "alt", "runs_without_caption", "credit", "photographer", "agency", "date_taken", "copyright", "usage_terms", "duplicate_of_id", "content_hash", "needs_image", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_feature_avif_url", "sizes_feature_avif_width", "sizes_feature_avif_height", "sizes_feature_avif_mime_type", "sizes_feature_avif_filesize", "sizes_feature_avif_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_social_jpeg_url", "sizes_social_jpeg_width", "sizes_social_jpeg_height", "sizes_social_jpeg_mime_type", "sizes_social_jpeg_filesize", "sizes_social_jpeg_filename", "sizes_four_three_url", "sizes_four_three_width", "sizes_four_three_height", "sizes_four_three_mime_type", "sizes_four_three_filesize", "sizes_four_three_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "alt", "runs_without_caption", "credit", "photographer", "agency", "date_taken", "copyright", "usage_terms", "duplicate_of_id", "content_hash", "needs_image", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_feature_avif_url", "sizes_feature_avif_width", "sizes_feature_avif_height", "sizes_feature_avif_mime_type", "sizes_feature_avif_filesize", "sizes_feature_avif_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_social_jpeg_url", "sizes_social_jpeg_width", "sizes_social_jpeg_height", "sizes_social_jpeg_mime_type", "sizes_social_jpeg_filesize", "sizes_social_jpeg_filename", "sizes_four_three_url", "sizes_four_three_width", "sizes_four_three_height", "sizes_four_three_mime_type", "sizes_four_three_filesize", "sizes_four_three_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename" FROM \`photos\`;`)
  await db.run(sql`DROP TABLE \`photos\`;`)
  await db.run(sql`ALTER TABLE \`__new_photos\` RENAME TO \`photos\`;`)
  await db.run(sql`CREATE INDEX \`photos_workflow_state_idx\` ON \`photos\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`photos_assignee_idx\` ON \`photos\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_submitted_by_idx\` ON \`photos\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_last_edited_by_idx\` ON \`photos\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_duplicate_of_idx\` ON \`photos\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_content_hash_idx\` ON \`photos\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`photos_needs_image_idx\` ON \`photos\` (\`needs_image\`);`)
  await db.run(sql`CREATE INDEX \`photos_created_by_idx\` ON \`photos\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_import_source_idx\` ON \`photos\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`photos_saved_by_idx\` ON \`photos\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_updated_at_idx\` ON \`photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`photos_created_at_idx\` ON \`photos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`photos__status_idx\` ON \`photos\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`photos_filename_idx\` ON \`photos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`photos\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_card_sizes_card_filename_idx\` ON \`photos\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_feature_sizes_feature_filename_idx\` ON \`photos\` (\`sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_hero_sizes_hero_filename_idx\` ON \`photos\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_social_sizes_social_filename_idx\` ON \`photos\` (\`sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`photos\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_feature_avif_sizes_feature_avif_filename_idx\` ON \`photos\` (\`sizes_feature_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_hero_avif_sizes_hero_avif_filename_idx\` ON \`photos\` (\`sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_social_jpeg_sizes_social_jpeg_filename_idx\` ON \`photos\` (\`sizes_social_jpeg_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_four_three_sizes_four_three_filename_idx\` ON \`photos\` (\`sizes_four_three_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_square_sizes_square_filename_idx\` ON \`photos\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new__photos_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_title\` text,
  	\`version_alt\` text,
  	\`version_runs_without_caption\` integer DEFAULT false,
  	\`version_credit\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_date_taken\` text,
  	\`version_copyright\` text,
  	\`version_usage_terms\` text,
  	\`version_duplicate_of_id\` integer,
  	\`version_content_hash\` text,
  	\`version_needs_image\` integer DEFAULT false,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_import_version\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`version_sizes_thumbnail_url\` text,
  	\`version_sizes_thumbnail_width\` numeric,
  	\`version_sizes_thumbnail_height\` numeric,
  	\`version_sizes_thumbnail_mime_type\` text,
  	\`version_sizes_thumbnail_filesize\` numeric,
  	\`version_sizes_thumbnail_filename\` text,
  	\`version_sizes_card_url\` text,
  	\`version_sizes_card_width\` numeric,
  	\`version_sizes_card_height\` numeric,
  	\`version_sizes_card_mime_type\` text,
  	\`version_sizes_card_filesize\` numeric,
  	\`version_sizes_card_filename\` text,
  	\`version_sizes_feature_url\` text,
  	\`version_sizes_feature_width\` numeric,
  	\`version_sizes_feature_height\` numeric,
  	\`version_sizes_feature_mime_type\` text,
  	\`version_sizes_feature_filesize\` numeric,
  	\`version_sizes_feature_filename\` text,
  	\`version_sizes_hero_url\` text,
  	\`version_sizes_hero_width\` numeric,
  	\`version_sizes_hero_height\` numeric,
  	\`version_sizes_hero_mime_type\` text,
  	\`version_sizes_hero_filesize\` numeric,
  	\`version_sizes_hero_filename\` text,
  	\`version_sizes_social_url\` text,
  	\`version_sizes_social_width\` numeric,
  	\`version_sizes_social_height\` numeric,
  	\`version_sizes_social_mime_type\` text,
  	\`version_sizes_social_filesize\` numeric,
  	\`version_sizes_social_filename\` text,
  	\`version_sizes_card_avif_url\` text,
  	\`version_sizes_card_avif_width\` numeric,
  	\`version_sizes_card_avif_height\` numeric,
  	\`version_sizes_card_avif_mime_type\` text,
  	\`version_sizes_card_avif_filesize\` numeric,
  	\`version_sizes_card_avif_filename\` text,
  	\`version_sizes_feature_avif_url\` text,
  	\`version_sizes_feature_avif_width\` numeric,
  	\`version_sizes_feature_avif_height\` numeric,
  	\`version_sizes_feature_avif_mime_type\` text,
  	\`version_sizes_feature_avif_filesize\` numeric,
  	\`version_sizes_feature_avif_filename\` text,
  	\`version_sizes_hero_avif_url\` text,
  	\`version_sizes_hero_avif_width\` numeric,
  	\`version_sizes_hero_avif_height\` numeric,
  	\`version_sizes_hero_avif_mime_type\` text,
  	\`version_sizes_hero_avif_filesize\` numeric,
  	\`version_sizes_hero_avif_filename\` text,
  	\`version_sizes_social_jpeg_url\` text,
  	\`version_sizes_social_jpeg_width\` numeric,
  	\`version_sizes_social_jpeg_height\` numeric,
  	\`version_sizes_social_jpeg_mime_type\` text,
  	\`version_sizes_social_jpeg_filesize\` numeric,
  	\`version_sizes_social_jpeg_filename\` text,
  	\`version_sizes_four_three_url\` text,
  	\`version_sizes_four_three_width\` numeric,
  	\`version_sizes_four_three_height\` numeric,
  	\`version_sizes_four_three_mime_type\` text,
  	\`version_sizes_four_three_filesize\` numeric,
  	\`version_sizes_four_three_filename\` text,
  	\`version_sizes_square_url\` text,
  	\`version_sizes_square_width\` numeric,
  	\`version_sizes_square_height\` numeric,
  	\`version_sizes_square_mime_type\` text,
  	\`version_sizes_square_filesize\` numeric,
  	\`version_sizes_square_filename\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_duplicate_of_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__photos_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_alt", "version_runs_without_caption", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_usage_terms", "version_duplicate_of_id", "version_content_hash", "version_needs_image", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "version_sizes_card_avif_url", "version_sizes_card_avif_width", "version_sizes_card_avif_height", "version_sizes_card_avif_mime_type", "version_sizes_card_avif_filesize", "version_sizes_card_avif_filename", "version_sizes_feature_avif_url", "version_sizes_feature_avif_width", "version_sizes_feature_avif_height", "version_sizes_feature_avif_mime_type", "version_sizes_feature_avif_filesize", "version_sizes_feature_avif_filename", "version_sizes_hero_avif_url", "version_sizes_hero_avif_width", "version_sizes_hero_avif_height", "version_sizes_hero_avif_mime_type", "version_sizes_hero_avif_filesize", "version_sizes_hero_avif_filename", "version_sizes_social_jpeg_url", "version_sizes_social_jpeg_width", "version_sizes_social_jpeg_height", "version_sizes_social_jpeg_mime_type", "version_sizes_social_jpeg_filesize", "version_sizes_social_jpeg_filename", "version_sizes_four_three_url", "version_sizes_four_three_width", "version_sizes_four_three_height", "version_sizes_four_three_mime_type", "version_sizes_four_three_filesize", "version_sizes_four_three_filename", "version_sizes_square_url", "version_sizes_square_width", "version_sizes_square_height", "version_sizes_square_mime_type", "version_sizes_square_filesize", "version_sizes_square_filename", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_alt", "version_runs_without_caption", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_usage_terms", "version_duplicate_of_id", "version_content_hash", "version_needs_image", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "version_sizes_card_avif_url", "version_sizes_card_avif_width", "version_sizes_card_avif_height", "version_sizes_card_avif_mime_type", "version_sizes_card_avif_filesize", "version_sizes_card_avif_filename", "version_sizes_feature_avif_url", "version_sizes_feature_avif_width", "version_sizes_feature_avif_height", "version_sizes_feature_avif_mime_type", "version_sizes_feature_avif_filesize", "version_sizes_feature_avif_filename", "version_sizes_hero_avif_url", "version_sizes_hero_avif_width", "version_sizes_hero_avif_height", "version_sizes_hero_avif_mime_type", "version_sizes_hero_avif_filesize", "version_sizes_hero_avif_filename", "version_sizes_social_jpeg_url", "version_sizes_social_jpeg_width", "version_sizes_social_jpeg_height", "version_sizes_social_jpeg_mime_type", "version_sizes_social_jpeg_filesize", "version_sizes_social_jpeg_filename", "version_sizes_four_three_url", "version_sizes_four_three_width", "version_sizes_four_three_height", "version_sizes_four_three_mime_type", "version_sizes_four_three_filesize", "version_sizes_four_three_filename", "version_sizes_square_url", "version_sizes_square_width", "version_sizes_square_height", "version_sizes_square_mime_type", "version_sizes_square_filesize", "version_sizes_square_filename", "created_at", "updated_at", "latest" FROM \`_photos_v\`;`)
  await db.run(sql`DROP TABLE \`_photos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__photos_v\` RENAME TO \`_photos_v\`;`)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_idx\` ON \`_photos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_workflow_state_idx\` ON \`_photos_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_assignee_idx\` ON \`_photos_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_submitted_by_idx\` ON \`_photos_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_last_edited_by_idx\` ON \`_photos_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_duplicate_of_idx\` ON \`_photos_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_content_hash_idx\` ON \`_photos_v\` (\`version_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_needs_image_idx\` ON \`_photos_v\` (\`version_needs_image\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_created_by_idx\` ON \`_photos_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_import_source_idx\` ON \`_photos_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_saved_by_idx\` ON \`_photos_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_updated_at_idx\` ON \`_photos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_created_at_idx\` ON \`_photos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version__status_idx\` ON \`_photos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_filename_idx\` ON \`_photos_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_thumbnail_version_sizes_thumbnai_idx\` ON \`_photos_v\` (\`version_sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_card_version_sizes_card_filename_idx\` ON \`_photos_v\` (\`version_sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_feature_version_sizes_feature_fi_idx\` ON \`_photos_v\` (\`version_sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_hero_version_sizes_hero_filename_idx\` ON \`_photos_v\` (\`version_sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_social_version_sizes_social_file_idx\` ON \`_photos_v\` (\`version_sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_card_avif_version_sizes_card_avi_idx\` ON \`_photos_v\` (\`version_sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_feature_avif_version_sizes_featu_idx\` ON \`_photos_v\` (\`version_sizes_feature_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_hero_avif_version_sizes_hero_avi_idx\` ON \`_photos_v\` (\`version_sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_social_jpeg_version_sizes_social_idx\` ON \`_photos_v\` (\`version_sizes_social_jpeg_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_four_three_version_sizes_four_th_idx\` ON \`_photos_v\` (\`version_sizes_four_three_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_square_version_sizes_square_file_idx\` ON \`_photos_v\` (\`version_sizes_square_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_created_at_idx\` ON \`_photos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_updated_at_idx\` ON \`_photos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_latest_idx\` ON \`_photos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_captions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`text\` text,
  	\`credit_line\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`photo_id\` integer,
  	\`article_id\` integer,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_captions\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status" FROM \`captions\`;`)
  await db.run(sql`DROP TABLE \`captions\`;`)
  await db.run(sql`ALTER TABLE \`__new_captions\` RENAME TO \`captions\`;`)
  await db.run(sql`CREATE INDEX \`captions_workflow_state_idx\` ON \`captions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`captions_assignee_idx\` ON \`captions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_submitted_by_idx\` ON \`captions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_last_edited_by_idx\` ON \`captions\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_photo_idx\` ON \`captions\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_article_idx\` ON \`captions\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_created_by_idx\` ON \`captions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_import_source_idx\` ON \`captions\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`captions_saved_by_idx\` ON \`captions\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_updated_at_idx\` ON \`captions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`captions_created_at_idx\` ON \`captions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`captions__status_idx\` ON \`captions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__captions_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_text\` text,
  	\`version_credit_line\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_photo_id\` integer,
  	\`version_article_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__captions_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_captions_v\`;`)
  await db.run(sql`DROP TABLE \`_captions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__captions_v\` RENAME TO \`_captions_v\`;`)
  await db.run(sql`CREATE INDEX \`_captions_v_parent_idx\` ON \`_captions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_workflow_state_idx\` ON \`_captions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_assignee_idx\` ON \`_captions_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_submitted_by_idx\` ON \`_captions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_last_edited_by_idx\` ON \`_captions_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_photo_idx\` ON \`_captions_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_article_idx\` ON \`_captions_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_created_by_idx\` ON \`_captions_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_import_source_idx\` ON \`_captions_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_saved_by_idx\` ON \`_captions_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_updated_at_idx\` ON \`_captions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_created_at_idx\` ON \`_captions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version__status_idx\` ON \`_captions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_created_at_idx\` ON \`_captions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_updated_at_idx\` ON \`_captions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_latest_idx\` ON \`_captions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_related_links\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`title\` text,
  	\`url\` text,
  	\`article_id\` integer,
  	\`summary\` text,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_related_links\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "url", "article_id", "summary", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "url", "article_id", "summary", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status" FROM \`related_links\`;`)
  await db.run(sql`DROP TABLE \`related_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_related_links\` RENAME TO \`related_links\`;`)
  await db.run(sql`CREATE INDEX \`related_links_workflow_state_idx\` ON \`related_links\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`related_links_assignee_idx\` ON \`related_links\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_submitted_by_idx\` ON \`related_links\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_last_edited_by_idx\` ON \`related_links\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_article_idx\` ON \`related_links\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_by_idx\` ON \`related_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_import_source_idx\` ON \`related_links\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`related_links_saved_by_idx\` ON \`related_links\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_updated_at_idx\` ON \`related_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_at_idx\` ON \`related_links\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`related_links__status_idx\` ON \`related_links\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__related_links_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_title\` text,
  	\`version_url\` text,
  	\`version_article_id\` integer,
  	\`version_summary\` text,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`related_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__related_links_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_related_links_v\`;`)
  await db.run(sql`DROP TABLE \`_related_links_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__related_links_v\` RENAME TO \`_related_links_v\`;`)
  await db.run(sql`CREATE INDEX \`_related_links_v_parent_idx\` ON \`_related_links_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_workflow_state_idx\` ON \`_related_links_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_assignee_idx\` ON \`_related_links_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_submitted_by_idx\` ON \`_related_links_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_last_edited_by_idx\` ON \`_related_links_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_article_idx\` ON \`_related_links_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_by_idx\` ON \`_related_links_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_import_source_idx\` ON \`_related_links_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_saved_by_idx\` ON \`_related_links_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_updated_at_idx\` ON \`_related_links_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_at_idx\` ON \`_related_links_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version__status_idx\` ON \`_related_links_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_created_at_idx\` ON \`_related_links_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_updated_at_idx\` ON \`_related_links_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_latest_idx\` ON \`_related_links_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_sections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 100,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sections\`("id", "name", "slug", "order", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "order", "description", "updated_at", "created_at" FROM \`sections\`;`)
  await db.run(sql`DROP TABLE \`sections\`;`)
  await db.run(sql`ALTER TABLE \`__new_sections\` RENAME TO \`sections\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_slug_idx\` ON \`sections\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_at_idx\` ON \`sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sections_created_at_idx\` ON \`sections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_tags\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tags\`("id", "name", "slug", "updated_at", "created_at") SELECT "id", "name", "slug", "updated_at", "created_at" FROM \`tags\`;`)
  await db.run(sql`DROP TABLE \`tags\`;`)
  await db.run(sql`ALTER TABLE \`__new_tags\` RENAME TO \`tags\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tags_slug_idx\` ON \`tags\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tags_updated_at_idx\` ON \`tags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tags_created_at_idx\` ON \`tags\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`title\` text,
  	\`deactivated\` integer DEFAULT false,
  	\`deactivated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "title", "deactivated", "deactivated_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "title", "deactivated", "deactivated_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_deactivated_idx\` ON \`users\` (\`deactivated\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`action\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`actor_id\` integer,
  	\`note\` text,
  	\`at\` text NOT NULL,
  	\`summary\` text,
  	\`transition_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "item_collection", "item_id", "item_title", "action", "from", "to", "actor_id", "note", "at", "summary", "transition_key", "updated_at", "created_at") SELECT "id", "item_collection", "item_id", "item_title", "action", "from", "to", "actor_id", "note", "at", "summary", "transition_key", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_collection_idx\` ON \`workflow_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_id_idx\` ON \`workflow_events\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_events_transition_key_idx\` ON \`workflow_events\` (\`transition_key\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_editorial_comments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_editorial_comments\`("id", "item_collection", "item_id", "body", "author_id", "updated_at", "created_at") SELECT "id", "item_collection", "item_id", "body", "author_id", "updated_at", "created_at" FROM \`editorial_comments\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_editorial_comments\` RENAME TO \`editorial_comments\`;`)
  await db.run(sql`CREATE INDEX \`editorial_comments_item_collection_idx\` ON \`editorial_comments\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_item_id_idx\` ON \`editorial_comments\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_author_idx\` ON \`editorial_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_updated_at_idx\` ON \`editorial_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_created_at_idx\` ON \`editorial_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text,
  	\`item_collection\` text,
  	\`item_id\` text,
  	\`key\` text NOT NULL,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "recipient_id", "subject", "text", "item_collection", "item_id", "key", "read_at", "updated_at", "created_at") SELECT "id", "recipient_id", "subject", "text", "item_collection", "item_id", "key", "read_at", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_page_purges\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`tags\` text NOT NULL,
  	\`mode\` text NOT NULL,
  	\`origin\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_page_purges\`("id", "tags", "mode", "origin", "updated_at", "created_at") SELECT "id", "tags", "mode", "origin", "updated_at", "created_at" FROM \`page_purges\`;`)
  await db.run(sql`DROP TABLE \`page_purges\`;`)
  await db.run(sql`ALTER TABLE \`__new_page_purges\` RENAME TO \`page_purges\`;`)
  await db.run(sql`CREATE INDEX \`page_purges_updated_at_idx\` ON \`page_purges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_purges_created_at_idx\` ON \`page_purges\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text DEFAULT 'The Masthead Times' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`four_eyes\` integer DEFAULT true,
  	\`base_url\` text DEFAULT 'http://localhost:3000' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site\`("id", "name", "language", "time_zone", "four_eyes", "base_url", "updated_at", "created_at") SELECT "id", "name", "language", "time_zone", "four_eyes", "base_url", "updated_at", "created_at" FROM \`site\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
  await db.run(sql`ALTER TABLE \`__new_site\` RENAME TO \`site\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`headline\` text,
  	\`display_headline\` text,
  	\`deck\` text,
  	\`hero_photo_id\` integer,
  	\`hero_caption_text\` text,
  	\`hero_caption_id\` integer,
  	\`body\` text,
  	\`source_url\` text,
  	\`slug\` text,
  	\`language\` text,
  	\`translation_group\` text,
  	\`translated_from\` text,
  	\`translated_from_revision\` text,
  	\`section_id\` integer,
  	\`byline_text\` text,
  	\`released_at\` text,
  	\`releasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`first_published_at\` text,
  	\`search_text\` text,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`import_version\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_text", "hero_caption_id", "body", "source_url", "slug", "language", "translation_group", "translated_from", "translated_from_revision", "section_id", "byline_text", "released_at", "releasedat_tz", "first_published_at", "search_text", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_text", "hero_caption_id", "body", "source_url", "slug", "language", "translation_group", "translated_from", "translated_from_revision", "section_id", "byline_text", "released_at", "releasedat_tz", "first_published_at", "search_text", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_photo_idx\` ON \`articles\` (\`hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_caption_idx\` ON \`articles\` (\`hero_caption_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_language_idx\` ON \`articles\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`articles_translation_group_idx\` ON \`articles\` (\`translation_group\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_released_at_idx\` ON \`articles\` (\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_source_idx\` ON \`articles\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`articles_saved_by_idx\` ON \`articles\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_releasedAt_idx\` ON \`articles\` (\`_status\`,\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`section__status_releasedAt_idx\` ON \`articles\` (\`section_id\`,\`_status\`,\`released_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'correction',
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Shanghai',
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_version_corrections\`("_order", "_parent_id", "id", "kind", "at", "at_tz", "note", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "at", "at_tz", "note", "_uuid" FROM \`_articles_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_corrections\` RENAME TO \`_articles_v_version_corrections\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_order_idx\` ON \`_articles_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_parent_id_idx\` ON \`_articles_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_headline\` text,
  	\`version_display_headline\` text,
  	\`version_deck\` text,
  	\`version_hero_photo_id\` integer,
  	\`version_hero_caption_text\` text,
  	\`version_hero_caption_id\` integer,
  	\`version_body\` text,
  	\`version_source_url\` text,
  	\`version_slug\` text,
  	\`version_language\` text,
  	\`version_translation_group\` text,
  	\`version_translated_from\` text,
  	\`version_translated_from_revision\` text,
  	\`version_section_id\` integer,
  	\`version_byline_text\` text,
  	\`version_released_at\` text,
  	\`version_releasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_first_published_at\` text,
  	\`version_search_text\` text,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_import_version\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_text", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_language", "version_translation_group", "version_translated_from", "version_translated_from_revision", "version_section_id", "version_byline_text", "version_released_at", "version_releasedat_tz", "version_first_published_at", "version_search_text", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_text", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_language", "version_translation_group", "version_translated_from", "version_translated_from_revision", "version_section_id", "version_byline_text", "version_released_at", "version_releasedat_tz", "version_first_published_at", "version_search_text", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_photo_idx\` ON \`_articles_v\` (\`version_hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_caption_idx\` ON \`_articles_v\` (\`version_hero_caption_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_language_idx\` ON \`_articles_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_translation_group_idx\` ON \`_articles_v\` (\`version_translation_group\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_released_at_idx\` ON \`_articles_v\` (\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_import_source_idx\` ON \`_articles_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_saved_by_idx\` ON \`_articles_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_releasedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`version_section_version__status_version_releasedAt_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version__status\`,\`version_released_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`title\` text,
  	\`alt\` text,
  	\`runs_without_caption\` integer DEFAULT false,
  	\`credit\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`date_taken\` text,
  	\`copyright\` text,
  	\`usage_terms\` text,
  	\`duplicate_of_id\` integer,
  	\`content_hash\` text,
  	\`needs_image\` integer DEFAULT false,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`import_version\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_feature_url\` text,
  	\`sizes_feature_width\` numeric,
  	\`sizes_feature_height\` numeric,
  	\`sizes_feature_mime_type\` text,
  	\`sizes_feature_filesize\` numeric,
  	\`sizes_feature_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	\`sizes_card_avif_url\` text,
  	\`sizes_card_avif_width\` numeric,
  	\`sizes_card_avif_height\` numeric,
  	\`sizes_card_avif_mime_type\` text,
  	\`sizes_card_avif_filesize\` numeric,
  	\`sizes_card_avif_filename\` text,
  	\`sizes_feature_avif_url\` text,
  	\`sizes_feature_avif_width\` numeric,
  	\`sizes_feature_avif_height\` numeric,
  	\`sizes_feature_avif_mime_type\` text,
  	\`sizes_feature_avif_filesize\` numeric,
  	\`sizes_feature_avif_filename\` text,
  	\`sizes_hero_avif_url\` text,
  	\`sizes_hero_avif_width\` numeric,
  	\`sizes_hero_avif_height\` numeric,
  	\`sizes_hero_avif_mime_type\` text,
  	\`sizes_hero_avif_filesize\` numeric,
  	\`sizes_hero_avif_filename\` text,
  	\`sizes_social_jpeg_url\` text,
  	\`sizes_social_jpeg_width\` numeric,
  	\`sizes_social_jpeg_height\` numeric,
  	\`sizes_social_jpeg_mime_type\` text,
  	\`sizes_social_jpeg_filesize\` numeric,
  	\`sizes_social_jpeg_filename\` text,
  	\`sizes_four_three_url\` text,
  	\`sizes_four_three_width\` numeric,
  	\`sizes_four_three_height\` numeric,
  	\`sizes_four_three_mime_type\` text,
  	\`sizes_four_three_filesize\` numeric,
  	\`sizes_four_three_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_photos\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "alt", "runs_without_caption", "credit", "photographer", "agency", "date_taken", "copyright", "usage_terms", "duplicate_of_id", "content_hash", "needs_image", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_feature_avif_url", "sizes_feature_avif_width", "sizes_feature_avif_height", "sizes_feature_avif_mime_type", "sizes_feature_avif_filesize", "sizes_feature_avif_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_social_jpeg_url", "sizes_social_jpeg_width", "sizes_social_jpeg_height", "sizes_social_jpeg_mime_type", "sizes_social_jpeg_filesize", "sizes_social_jpeg_filename", "sizes_four_three_url", "sizes_four_three_width", "sizes_four_three_height", "sizes_four_three_mime_type", "sizes_four_three_filesize", "sizes_four_three_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "alt", "runs_without_caption", "credit", "photographer", "agency", "date_taken", "copyright", "usage_terms", "duplicate_of_id", "content_hash", "needs_image", "created_by_id", "import_source", "import_version", "saved_by_id", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_feature_avif_url", "sizes_feature_avif_width", "sizes_feature_avif_height", "sizes_feature_avif_mime_type", "sizes_feature_avif_filesize", "sizes_feature_avif_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_social_jpeg_url", "sizes_social_jpeg_width", "sizes_social_jpeg_height", "sizes_social_jpeg_mime_type", "sizes_social_jpeg_filesize", "sizes_social_jpeg_filename", "sizes_four_three_url", "sizes_four_three_width", "sizes_four_three_height", "sizes_four_three_mime_type", "sizes_four_three_filesize", "sizes_four_three_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename" FROM \`photos\`;`)
  await db.run(sql`DROP TABLE \`photos\`;`)
  await db.run(sql`ALTER TABLE \`__new_photos\` RENAME TO \`photos\`;`)
  await db.run(sql`CREATE INDEX \`photos_workflow_state_idx\` ON \`photos\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`photos_assignee_idx\` ON \`photos\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_submitted_by_idx\` ON \`photos\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_last_edited_by_idx\` ON \`photos\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_duplicate_of_idx\` ON \`photos\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_content_hash_idx\` ON \`photos\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`photos_needs_image_idx\` ON \`photos\` (\`needs_image\`);`)
  await db.run(sql`CREATE INDEX \`photos_created_by_idx\` ON \`photos\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_import_source_idx\` ON \`photos\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`photos_saved_by_idx\` ON \`photos\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_updated_at_idx\` ON \`photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`photos_created_at_idx\` ON \`photos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`photos__status_idx\` ON \`photos\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`photos_filename_idx\` ON \`photos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`photos\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_card_sizes_card_filename_idx\` ON \`photos\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_feature_sizes_feature_filename_idx\` ON \`photos\` (\`sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_hero_sizes_hero_filename_idx\` ON \`photos\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_social_sizes_social_filename_idx\` ON \`photos\` (\`sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`photos\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_feature_avif_sizes_feature_avif_filename_idx\` ON \`photos\` (\`sizes_feature_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_hero_avif_sizes_hero_avif_filename_idx\` ON \`photos\` (\`sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_social_jpeg_sizes_social_jpeg_filename_idx\` ON \`photos\` (\`sizes_social_jpeg_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_four_three_sizes_four_three_filename_idx\` ON \`photos\` (\`sizes_four_three_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_square_sizes_square_filename_idx\` ON \`photos\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new__photos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_title\` text,
  	\`version_alt\` text,
  	\`version_runs_without_caption\` integer DEFAULT false,
  	\`version_credit\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_date_taken\` text,
  	\`version_copyright\` text,
  	\`version_usage_terms\` text,
  	\`version_duplicate_of_id\` integer,
  	\`version_content_hash\` text,
  	\`version_needs_image\` integer DEFAULT false,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_import_version\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`version_sizes_thumbnail_url\` text,
  	\`version_sizes_thumbnail_width\` numeric,
  	\`version_sizes_thumbnail_height\` numeric,
  	\`version_sizes_thumbnail_mime_type\` text,
  	\`version_sizes_thumbnail_filesize\` numeric,
  	\`version_sizes_thumbnail_filename\` text,
  	\`version_sizes_card_url\` text,
  	\`version_sizes_card_width\` numeric,
  	\`version_sizes_card_height\` numeric,
  	\`version_sizes_card_mime_type\` text,
  	\`version_sizes_card_filesize\` numeric,
  	\`version_sizes_card_filename\` text,
  	\`version_sizes_feature_url\` text,
  	\`version_sizes_feature_width\` numeric,
  	\`version_sizes_feature_height\` numeric,
  	\`version_sizes_feature_mime_type\` text,
  	\`version_sizes_feature_filesize\` numeric,
  	\`version_sizes_feature_filename\` text,
  	\`version_sizes_hero_url\` text,
  	\`version_sizes_hero_width\` numeric,
  	\`version_sizes_hero_height\` numeric,
  	\`version_sizes_hero_mime_type\` text,
  	\`version_sizes_hero_filesize\` numeric,
  	\`version_sizes_hero_filename\` text,
  	\`version_sizes_social_url\` text,
  	\`version_sizes_social_width\` numeric,
  	\`version_sizes_social_height\` numeric,
  	\`version_sizes_social_mime_type\` text,
  	\`version_sizes_social_filesize\` numeric,
  	\`version_sizes_social_filename\` text,
  	\`version_sizes_card_avif_url\` text,
  	\`version_sizes_card_avif_width\` numeric,
  	\`version_sizes_card_avif_height\` numeric,
  	\`version_sizes_card_avif_mime_type\` text,
  	\`version_sizes_card_avif_filesize\` numeric,
  	\`version_sizes_card_avif_filename\` text,
  	\`version_sizes_feature_avif_url\` text,
  	\`version_sizes_feature_avif_width\` numeric,
  	\`version_sizes_feature_avif_height\` numeric,
  	\`version_sizes_feature_avif_mime_type\` text,
  	\`version_sizes_feature_avif_filesize\` numeric,
  	\`version_sizes_feature_avif_filename\` text,
  	\`version_sizes_hero_avif_url\` text,
  	\`version_sizes_hero_avif_width\` numeric,
  	\`version_sizes_hero_avif_height\` numeric,
  	\`version_sizes_hero_avif_mime_type\` text,
  	\`version_sizes_hero_avif_filesize\` numeric,
  	\`version_sizes_hero_avif_filename\` text,
  	\`version_sizes_social_jpeg_url\` text,
  	\`version_sizes_social_jpeg_width\` numeric,
  	\`version_sizes_social_jpeg_height\` numeric,
  	\`version_sizes_social_jpeg_mime_type\` text,
  	\`version_sizes_social_jpeg_filesize\` numeric,
  	\`version_sizes_social_jpeg_filename\` text,
  	\`version_sizes_four_three_url\` text,
  	\`version_sizes_four_three_width\` numeric,
  	\`version_sizes_four_three_height\` numeric,
  	\`version_sizes_four_three_mime_type\` text,
  	\`version_sizes_four_three_filesize\` numeric,
  	\`version_sizes_four_three_filename\` text,
  	\`version_sizes_square_url\` text,
  	\`version_sizes_square_width\` numeric,
  	\`version_sizes_square_height\` numeric,
  	\`version_sizes_square_mime_type\` text,
  	\`version_sizes_square_filesize\` numeric,
  	\`version_sizes_square_filename\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_duplicate_of_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__photos_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_alt", "version_runs_without_caption", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_usage_terms", "version_duplicate_of_id", "version_content_hash", "version_needs_image", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "version_sizes_card_avif_url", "version_sizes_card_avif_width", "version_sizes_card_avif_height", "version_sizes_card_avif_mime_type", "version_sizes_card_avif_filesize", "version_sizes_card_avif_filename", "version_sizes_feature_avif_url", "version_sizes_feature_avif_width", "version_sizes_feature_avif_height", "version_sizes_feature_avif_mime_type", "version_sizes_feature_avif_filesize", "version_sizes_feature_avif_filename", "version_sizes_hero_avif_url", "version_sizes_hero_avif_width", "version_sizes_hero_avif_height", "version_sizes_hero_avif_mime_type", "version_sizes_hero_avif_filesize", "version_sizes_hero_avif_filename", "version_sizes_social_jpeg_url", "version_sizes_social_jpeg_width", "version_sizes_social_jpeg_height", "version_sizes_social_jpeg_mime_type", "version_sizes_social_jpeg_filesize", "version_sizes_social_jpeg_filename", "version_sizes_four_three_url", "version_sizes_four_three_width", "version_sizes_four_three_height", "version_sizes_four_three_mime_type", "version_sizes_four_three_filesize", "version_sizes_four_three_filename", "version_sizes_square_url", "version_sizes_square_width", "version_sizes_square_height", "version_sizes_square_mime_type", "version_sizes_square_filesize", "version_sizes_square_filename", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_alt", "version_runs_without_caption", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_usage_terms", "version_duplicate_of_id", "version_content_hash", "version_needs_image", "version_created_by_id", "version_import_source", "version_import_version", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "version_sizes_card_avif_url", "version_sizes_card_avif_width", "version_sizes_card_avif_height", "version_sizes_card_avif_mime_type", "version_sizes_card_avif_filesize", "version_sizes_card_avif_filename", "version_sizes_feature_avif_url", "version_sizes_feature_avif_width", "version_sizes_feature_avif_height", "version_sizes_feature_avif_mime_type", "version_sizes_feature_avif_filesize", "version_sizes_feature_avif_filename", "version_sizes_hero_avif_url", "version_sizes_hero_avif_width", "version_sizes_hero_avif_height", "version_sizes_hero_avif_mime_type", "version_sizes_hero_avif_filesize", "version_sizes_hero_avif_filename", "version_sizes_social_jpeg_url", "version_sizes_social_jpeg_width", "version_sizes_social_jpeg_height", "version_sizes_social_jpeg_mime_type", "version_sizes_social_jpeg_filesize", "version_sizes_social_jpeg_filename", "version_sizes_four_three_url", "version_sizes_four_three_width", "version_sizes_four_three_height", "version_sizes_four_three_mime_type", "version_sizes_four_three_filesize", "version_sizes_four_three_filename", "version_sizes_square_url", "version_sizes_square_width", "version_sizes_square_height", "version_sizes_square_mime_type", "version_sizes_square_filesize", "version_sizes_square_filename", "created_at", "updated_at", "latest" FROM \`_photos_v\`;`)
  await db.run(sql`DROP TABLE \`_photos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__photos_v\` RENAME TO \`_photos_v\`;`)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_idx\` ON \`_photos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_workflow_state_idx\` ON \`_photos_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_assignee_idx\` ON \`_photos_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_submitted_by_idx\` ON \`_photos_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_last_edited_by_idx\` ON \`_photos_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_duplicate_of_idx\` ON \`_photos_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_content_hash_idx\` ON \`_photos_v\` (\`version_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_needs_image_idx\` ON \`_photos_v\` (\`version_needs_image\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_created_by_idx\` ON \`_photos_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_import_source_idx\` ON \`_photos_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_saved_by_idx\` ON \`_photos_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_updated_at_idx\` ON \`_photos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_created_at_idx\` ON \`_photos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version__status_idx\` ON \`_photos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_filename_idx\` ON \`_photos_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_thumbnail_version_sizes_thumbnai_idx\` ON \`_photos_v\` (\`version_sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_card_version_sizes_card_filename_idx\` ON \`_photos_v\` (\`version_sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_feature_version_sizes_feature_fi_idx\` ON \`_photos_v\` (\`version_sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_hero_version_sizes_hero_filename_idx\` ON \`_photos_v\` (\`version_sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_social_version_sizes_social_file_idx\` ON \`_photos_v\` (\`version_sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_card_avif_version_sizes_card_avi_idx\` ON \`_photos_v\` (\`version_sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_feature_avif_version_sizes_featu_idx\` ON \`_photos_v\` (\`version_sizes_feature_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_hero_avif_version_sizes_hero_avi_idx\` ON \`_photos_v\` (\`version_sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_social_jpeg_version_sizes_social_idx\` ON \`_photos_v\` (\`version_sizes_social_jpeg_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_four_three_version_sizes_four_th_idx\` ON \`_photos_v\` (\`version_sizes_four_three_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_square_version_sizes_square_file_idx\` ON \`_photos_v\` (\`version_sizes_square_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_created_at_idx\` ON \`_photos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_updated_at_idx\` ON \`_photos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_latest_idx\` ON \`_photos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_captions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`text\` text,
  	\`credit_line\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`photo_id\` integer,
  	\`article_id\` integer,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_captions\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status" FROM \`captions\`;`)
  await db.run(sql`DROP TABLE \`captions\`;`)
  await db.run(sql`ALTER TABLE \`__new_captions\` RENAME TO \`captions\`;`)
  await db.run(sql`CREATE INDEX \`captions_workflow_state_idx\` ON \`captions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`captions_assignee_idx\` ON \`captions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_submitted_by_idx\` ON \`captions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_last_edited_by_idx\` ON \`captions\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_photo_idx\` ON \`captions\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_article_idx\` ON \`captions\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_created_by_idx\` ON \`captions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_import_source_idx\` ON \`captions\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`captions_saved_by_idx\` ON \`captions\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_updated_at_idx\` ON \`captions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`captions_created_at_idx\` ON \`captions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`captions__status_idx\` ON \`captions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__captions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_text\` text,
  	\`version_credit_line\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_photo_id\` integer,
  	\`version_article_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__captions_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_captions_v\`;`)
  await db.run(sql`DROP TABLE \`_captions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__captions_v\` RENAME TO \`_captions_v\`;`)
  await db.run(sql`CREATE INDEX \`_captions_v_parent_idx\` ON \`_captions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_workflow_state_idx\` ON \`_captions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_assignee_idx\` ON \`_captions_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_submitted_by_idx\` ON \`_captions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_last_edited_by_idx\` ON \`_captions_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_photo_idx\` ON \`_captions_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_article_idx\` ON \`_captions_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_created_by_idx\` ON \`_captions_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_import_source_idx\` ON \`_captions_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_saved_by_idx\` ON \`_captions_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_updated_at_idx\` ON \`_captions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_created_at_idx\` ON \`_captions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version__status_idx\` ON \`_captions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_created_at_idx\` ON \`_captions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_updated_at_idx\` ON \`_captions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_latest_idx\` ON \`_captions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_related_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`scheduled_at\` text,
  	\`unpublish_at\` text,
  	\`workflow_note\` text,
  	\`workflow_seq\` numeric DEFAULT 0,
  	\`title\` text,
  	\`url\` text,
  	\`article_id\` integer,
  	\`summary\` text,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_related_links\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "url", "article_id", "summary", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "url", "article_id", "summary", "created_by_id", "import_source", "saved_by_id", "updated_at", "created_at", "_status" FROM \`related_links\`;`)
  await db.run(sql`DROP TABLE \`related_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_related_links\` RENAME TO \`related_links\`;`)
  await db.run(sql`CREATE INDEX \`related_links_workflow_state_idx\` ON \`related_links\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`related_links_assignee_idx\` ON \`related_links\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_submitted_by_idx\` ON \`related_links\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_last_edited_by_idx\` ON \`related_links\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_article_idx\` ON \`related_links\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_by_idx\` ON \`related_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_import_source_idx\` ON \`related_links\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`related_links_saved_by_idx\` ON \`related_links\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_updated_at_idx\` ON \`related_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_at_idx\` ON \`related_links\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`related_links__status_idx\` ON \`related_links\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__related_links_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_workflow_note\` text,
  	\`version_workflow_seq\` numeric DEFAULT 0,
  	\`version_title\` text,
  	\`version_url\` text,
  	\`version_article_id\` integer,
  	\`version_summary\` text,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`related_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__related_links_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_import_source", "version_saved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_related_links_v\`;`)
  await db.run(sql`DROP TABLE \`_related_links_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__related_links_v\` RENAME TO \`_related_links_v\`;`)
  await db.run(sql`CREATE INDEX \`_related_links_v_parent_idx\` ON \`_related_links_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_workflow_state_idx\` ON \`_related_links_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_assignee_idx\` ON \`_related_links_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_submitted_by_idx\` ON \`_related_links_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_last_edited_by_idx\` ON \`_related_links_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_article_idx\` ON \`_related_links_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_by_idx\` ON \`_related_links_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_import_source_idx\` ON \`_related_links_v\` (\`version_import_source\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_saved_by_idx\` ON \`_related_links_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_updated_at_idx\` ON \`_related_links_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_at_idx\` ON \`_related_links_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version__status_idx\` ON \`_related_links_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_created_at_idx\` ON \`_related_links_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_updated_at_idx\` ON \`_related_links_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_latest_idx\` ON \`_related_links_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_sections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 100,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sections\`("id", "name", "slug", "order", "description", "updated_at", "created_at") SELECT "id", "name", "slug", "order", "description", "updated_at", "created_at" FROM \`sections\`;`)
  await db.run(sql`DROP TABLE \`sections\`;`)
  await db.run(sql`ALTER TABLE \`__new_sections\` RENAME TO \`sections\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_slug_idx\` ON \`sections\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_at_idx\` ON \`sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sections_created_at_idx\` ON \`sections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_tags\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tags\`("id", "name", "slug", "updated_at", "created_at") SELECT "id", "name", "slug", "updated_at", "created_at" FROM \`tags\`;`)
  await db.run(sql`DROP TABLE \`tags\`;`)
  await db.run(sql`ALTER TABLE \`__new_tags\` RENAME TO \`tags\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tags_slug_idx\` ON \`tags\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tags_updated_at_idx\` ON \`tags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tags_created_at_idx\` ON \`tags\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`title\` text,
  	\`deactivated\` integer DEFAULT false,
  	\`deactivated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "title", "deactivated", "deactivated_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "title", "deactivated", "deactivated_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_deactivated_idx\` ON \`users\` (\`deactivated\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`action\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`actor_id\` integer,
  	\`note\` text,
  	\`at\` text NOT NULL,
  	\`summary\` text,
  	\`transition_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "item_collection", "item_id", "item_title", "action", "from", "to", "actor_id", "note", "at", "summary", "transition_key", "updated_at", "created_at") SELECT "id", "item_collection", "item_id", "item_title", "action", "from", "to", "actor_id", "note", "at", "summary", "transition_key", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_collection_idx\` ON \`workflow_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_id_idx\` ON \`workflow_events\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_events_transition_key_idx\` ON \`workflow_events\` (\`transition_key\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_editorial_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_editorial_comments\`("id", "item_collection", "item_id", "body", "author_id", "updated_at", "created_at") SELECT "id", "item_collection", "item_id", "body", "author_id", "updated_at", "created_at" FROM \`editorial_comments\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_editorial_comments\` RENAME TO \`editorial_comments\`;`)
  await db.run(sql`CREATE INDEX \`editorial_comments_item_collection_idx\` ON \`editorial_comments\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_item_id_idx\` ON \`editorial_comments\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_author_idx\` ON \`editorial_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_updated_at_idx\` ON \`editorial_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_created_at_idx\` ON \`editorial_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text,
  	\`item_collection\` text,
  	\`item_id\` text,
  	\`key\` text NOT NULL,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "recipient_id", "subject", "text", "item_collection", "item_id", "key", "read_at", "updated_at", "created_at") SELECT "id", "recipient_id", "subject", "text", "item_collection", "item_id", "key", "read_at", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_page_purges\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tags\` text NOT NULL,
  	\`mode\` text NOT NULL,
  	\`origin\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_page_purges\`("id", "tags", "mode", "origin", "updated_at", "created_at") SELECT "id", "tags", "mode", "origin", "updated_at", "created_at" FROM \`page_purges\`;`)
  await db.run(sql`DROP TABLE \`page_purges\`;`)
  await db.run(sql`ALTER TABLE \`__new_page_purges\` RENAME TO \`page_purges\`;`)
  await db.run(sql`CREATE INDEX \`page_purges_updated_at_idx\` ON \`page_purges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_purges_created_at_idx\` ON \`page_purges\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text DEFAULT 'The Masthead Times' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`four_eyes\` integer DEFAULT true,
  	\`base_url\` text DEFAULT 'http://localhost:3000' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site\`("id", "name", "language", "time_zone", "four_eyes", "base_url", "updated_at", "created_at") SELECT "id", "name", "language", "time_zone", "four_eyes", "base_url", "updated_at", "created_at" FROM \`site\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
  await db.run(sql`ALTER TABLE \`__new_site\` RENAME TO \`site\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
}
