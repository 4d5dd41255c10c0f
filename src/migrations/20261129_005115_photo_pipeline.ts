import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`photos_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`photos_texts_order_parent\` ON \`photos_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_photos_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_photos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_photos_v_texts_order_parent\` ON \`_photos_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`duplicate_of_id\` integer REFERENCES photos(id);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_card_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_card_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_card_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_card_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_card_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_card_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_feature_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_feature_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_feature_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_feature_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_feature_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_feature_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_hero_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_hero_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_hero_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_hero_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_hero_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_hero_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_social_jpeg_url\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_social_jpeg_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_social_jpeg_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_social_jpeg_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_social_jpeg_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`sizes_social_jpeg_filename\` text;`)
  await db.run(sql`CREATE INDEX \`photos_duplicate_of_idx\` ON \`photos\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_content_hash_idx\` ON \`photos\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_card_avif_sizes_card_avif_filename_idx\` ON \`photos\` (\`sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_feature_avif_sizes_feature_avif_filename_idx\` ON \`photos\` (\`sizes_feature_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_hero_avif_sizes_hero_avif_filename_idx\` ON \`photos\` (\`sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_social_jpeg_sizes_social_jpeg_filename_idx\` ON \`photos\` (\`sizes_social_jpeg_filename\`);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_duplicate_of_id\` integer REFERENCES photos(id);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_card_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_card_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_card_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_card_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_card_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_card_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_feature_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_feature_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_feature_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_feature_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_feature_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_feature_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_hero_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_hero_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_hero_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_hero_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_hero_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_hero_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_social_jpeg_url\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_social_jpeg_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_social_jpeg_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_social_jpeg_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_social_jpeg_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_sizes_social_jpeg_filename\` text;`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_duplicate_of_idx\` ON \`_photos_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_content_hash_idx\` ON \`_photos_v\` (\`version_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_card_avif_version_sizes_card_avi_idx\` ON \`_photos_v\` (\`version_sizes_card_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_feature_avif_version_sizes_featu_idx\` ON \`_photos_v\` (\`version_sizes_feature_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_hero_avif_version_sizes_hero_avi_idx\` ON \`_photos_v\` (\`version_sizes_hero_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_social_jpeg_version_sizes_social_idx\` ON \`_photos_v\` (\`version_sizes_social_jpeg_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`photos_texts\`;`)
  await db.run(sql`DROP TABLE \`_photos_v_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`alt\` text,
  	\`credit\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`date_taken\` text,
  	\`copyright\` text,
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
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_photos\`("id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "alt", "credit", "photographer", "agency", "date_taken", "copyright", "needs_image", "created_by_id", "import_source", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename") SELECT "id", "workflow_state", "assignee_id", "submitted_by_id", "last_edited_by_id", "scheduled_at", "unpublish_at", "workflow_note", "workflow_seq", "alt", "credit", "photographer", "agency", "date_taken", "copyright", "needs_image", "created_by_id", "import_source", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename" FROM \`photos\`;`)
  await db.run(sql`DROP TABLE \`photos\`;`)
  await db.run(sql`ALTER TABLE \`__new_photos\` RENAME TO \`photos\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`photos_workflow_state_idx\` ON \`photos\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`photos_assignee_idx\` ON \`photos\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_submitted_by_idx\` ON \`photos\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_last_edited_by_idx\` ON \`photos\` (\`last_edited_by_id\`);`)
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
  	\`version_alt\` text,
  	\`version_credit\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_date_taken\` text,
  	\`version_copyright\` text,
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
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__photos_v\`("id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_alt", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_needs_image", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_assignee_id", "version_submitted_by_id", "version_last_edited_by_id", "version_scheduled_at", "version_unpublish_at", "version_workflow_note", "version_workflow_seq", "version_alt", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_needs_image", "version_created_by_id", "version_import_source", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "created_at", "updated_at", "latest" FROM \`_photos_v\`;`)
  await db.run(sql`DROP TABLE \`_photos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__photos_v\` RENAME TO \`_photos_v\`;`)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_idx\` ON \`_photos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_workflow_state_idx\` ON \`_photos_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_assignee_idx\` ON \`_photos_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_submitted_by_idx\` ON \`_photos_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_last_edited_by_idx\` ON \`_photos_v\` (\`version_last_edited_by_id\`);`)
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
  await db.run(sql`CREATE INDEX \`_photos_v_created_at_idx\` ON \`_photos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_updated_at_idx\` ON \`_photos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_latest_idx\` ON \`_photos_v\` (\`latest\`);`)
}
