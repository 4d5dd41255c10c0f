import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_saved_by_idx\` ON \`articles\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_saved_by_idx\` ON \`_articles_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`photos_saved_by_idx\` ON \`photos\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_saved_by_idx\` ON \`_photos_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`captions_saved_by_idx\` ON \`captions\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_saved_by_idx\` ON \`_captions_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`related_links_saved_by_idx\` ON \`related_links\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_saved_by_idx\` ON \`_related_links_v\` (\`version_saved_by_id\`);`)
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
  	\`hero_caption_id\` integer,
  	\`body\` text,
  	\`source_url\` text,
  	\`slug\` text,
  	\`section_id\` integer,
  	\`byline_text\` text,
  	\`released_at\` text,
  	\`releasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`first_published_at\` text,
  	\`search_text\` text,
  	\`created_by_id\` integer,
  	\`import_source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_id", "body", "source_url", "slug", "section_id", "byline_text", "released_at", "releasedat_tz", "first_published_at", "search_text", "created_by_id", "import_source", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_id", "body", "source_url", "slug", "section_id", "byline_text", "released_at", "releasedat_tz", "first_published_at", "search_text", "created_by_id", "import_source", "updated_at", "created_at", "_status" FROM \`articles\`;`)
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
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_released_at_idx\` ON \`articles\` (\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_source_idx\` ON \`articles\` (\`import_source\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_releasedAt_idx\` ON \`articles\` (\`_status\`,\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`section__status_releasedAt_idx\` ON \`articles\` (\`section_id\`,\`_status\`,\`released_at\`);`)
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
  	\`version_hero_caption_id\` integer,
  	\`version_body\` text,
  	\`version_source_url\` text,
  	\`version_slug\` text,
  	\`version_section_id\` integer,
  	\`version_byline_text\` text,
  	\`version_released_at\` text,
  	\`version_releasedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_first_published_at\` text,
  	\`version_search_text\` text,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_section_id", "version_byline_text", "version_released_at", "version_releasedat_tz", "version_first_published_at", "version_search_text", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_section_id", "version_byline_text", "version_released_at", "version_releasedat_tz", "version_first_published_at", "version_search_text", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_released_at_idx\` ON \`_articles_v\` (\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_import_source_idx\` ON \`_articles_v\` (\`version_import_source\`);`)
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
  	\`duplicate_of_id\` integer,
  	\`content_hash\` text,
  	\`needs_image\` integer DEFAULT false,
  	\`created_by_id\` integer,
  	\`import_source\` text,
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
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_photos\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "alt", "runs_without_caption", "credit", "photographer", "agency", "date_taken", "copyright", "duplicate_of_id", "content_hash", "needs_image", "created_by_id", "import_source", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_feature_avif_url", "sizes_feature_avif_width", "sizes_feature_avif_height", "sizes_feature_avif_mime_type", "sizes_feature_avif_filesize", "sizes_feature_avif_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_social_jpeg_url", "sizes_social_jpeg_width", "sizes_social_jpeg_height", "sizes_social_jpeg_mime_type", "sizes_social_jpeg_filesize", "sizes_social_jpeg_filename", "sizes_four_three_url", "sizes_four_three_width", "sizes_four_three_height", "sizes_four_three_mime_type", "sizes_four_three_filesize", "sizes_four_three_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "alt", "runs_without_caption", "credit", "photographer", "agency", "date_taken", "copyright", "duplicate_of_id", "content_hash", "needs_image", "created_by_id", "import_source", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_card_avif_url", "sizes_card_avif_width", "sizes_card_avif_height", "sizes_card_avif_mime_type", "sizes_card_avif_filesize", "sizes_card_avif_filename", "sizes_feature_avif_url", "sizes_feature_avif_width", "sizes_feature_avif_height", "sizes_feature_avif_mime_type", "sizes_feature_avif_filesize", "sizes_feature_avif_filename", "sizes_hero_avif_url", "sizes_hero_avif_width", "sizes_hero_avif_height", "sizes_hero_avif_mime_type", "sizes_hero_avif_filesize", "sizes_hero_avif_filename", "sizes_social_jpeg_url", "sizes_social_jpeg_width", "sizes_social_jpeg_height", "sizes_social_jpeg_mime_type", "sizes_social_jpeg_filesize", "sizes_social_jpeg_filename", "sizes_four_three_url", "sizes_four_three_width", "sizes_four_three_height", "sizes_four_three_mime_type", "sizes_four_three_filesize", "sizes_four_three_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename" FROM \`photos\`;`)
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
  	\`version_duplicate_of_id\` integer,
  	\`version_content_hash\` text,
  	\`version_needs_image\` integer DEFAULT false,
  	\`version_created_by_id\` integer,
  	\`version_import_source\` text,
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__photos_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_alt", "version_runs_without_caption", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_duplicate_of_id", "version_content_hash", "version_needs_image", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "version_sizes_card_avif_url", "version_sizes_card_avif_width", "version_sizes_card_avif_height", "version_sizes_card_avif_mime_type", "version_sizes_card_avif_filesize", "version_sizes_card_avif_filename", "version_sizes_feature_avif_url", "version_sizes_feature_avif_width", "version_sizes_feature_avif_height", "version_sizes_feature_avif_mime_type", "version_sizes_feature_avif_filesize", "version_sizes_feature_avif_filename", "version_sizes_hero_avif_url", "version_sizes_hero_avif_width", "version_sizes_hero_avif_height", "version_sizes_hero_avif_mime_type", "version_sizes_hero_avif_filesize", "version_sizes_hero_avif_filename", "version_sizes_social_jpeg_url", "version_sizes_social_jpeg_width", "version_sizes_social_jpeg_height", "version_sizes_social_jpeg_mime_type", "version_sizes_social_jpeg_filesize", "version_sizes_social_jpeg_filename", "version_sizes_four_three_url", "version_sizes_four_three_width", "version_sizes_four_three_height", "version_sizes_four_three_mime_type", "version_sizes_four_three_filesize", "version_sizes_four_three_filename", "version_sizes_square_url", "version_sizes_square_width", "version_sizes_square_height", "version_sizes_square_mime_type", "version_sizes_square_filesize", "version_sizes_square_filename", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_alt", "version_runs_without_caption", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_duplicate_of_id", "version_content_hash", "version_needs_image", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "version_sizes_card_avif_url", "version_sizes_card_avif_width", "version_sizes_card_avif_height", "version_sizes_card_avif_mime_type", "version_sizes_card_avif_filesize", "version_sizes_card_avif_filename", "version_sizes_feature_avif_url", "version_sizes_feature_avif_width", "version_sizes_feature_avif_height", "version_sizes_feature_avif_mime_type", "version_sizes_feature_avif_filesize", "version_sizes_feature_avif_filename", "version_sizes_hero_avif_url", "version_sizes_hero_avif_width", "version_sizes_hero_avif_height", "version_sizes_hero_avif_mime_type", "version_sizes_hero_avif_filesize", "version_sizes_hero_avif_filename", "version_sizes_social_jpeg_url", "version_sizes_social_jpeg_width", "version_sizes_social_jpeg_height", "version_sizes_social_jpeg_mime_type", "version_sizes_social_jpeg_filesize", "version_sizes_social_jpeg_filename", "version_sizes_four_three_url", "version_sizes_four_three_width", "version_sizes_four_three_height", "version_sizes_four_three_mime_type", "version_sizes_four_three_filesize", "version_sizes_four_three_filename", "version_sizes_square_url", "version_sizes_square_width", "version_sizes_square_height", "version_sizes_square_mime_type", "version_sizes_square_filesize", "version_sizes_square_filename", "created_at", "updated_at", "latest" FROM \`_photos_v\`;`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_captions\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "import_source", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "import_source", "updated_at", "created_at", "_status" FROM \`captions\`;`)
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__captions_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_captions_v\`;`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_related_links\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "url", "article_id", "summary", "created_by_id", "import_source", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "title", "url", "article_id", "summary", "created_by_id", "import_source", "updated_at", "created_at", "_status" FROM \`related_links\`;`)
  await db.run(sql`DROP TABLE \`related_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_related_links\` RENAME TO \`related_links\`;`)
  await db.run(sql`CREATE INDEX \`related_links_workflow_state_idx\` ON \`related_links\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`related_links_assignee_idx\` ON \`related_links\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_submitted_by_idx\` ON \`related_links\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_last_edited_by_idx\` ON \`related_links\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_article_idx\` ON \`related_links\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_by_idx\` ON \`related_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_import_source_idx\` ON \`related_links\` (\`import_source\`);`)
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__related_links_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_related_links_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_updated_at_idx\` ON \`_related_links_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_at_idx\` ON \`_related_links_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version__status_idx\` ON \`_related_links_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_created_at_idx\` ON \`_related_links_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_updated_at_idx\` ON \`_related_links_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_latest_idx\` ON \`_related_links_v\` (\`latest\`);`)
}
