import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_events\` (
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
  await db.run(sql`CREATE INDEX \`workflow_events_item_collection_idx\` ON \`workflow_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_id_idx\` ON \`workflow_events\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_events_transition_key_idx\` ON \`workflow_events\` (\`transition_key\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editorial_comments\` (
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
  await db.run(sql`CREATE INDEX \`editorial_comments_item_collection_idx\` ON \`editorial_comments\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_item_id_idx\` ON \`editorial_comments\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_author_idx\` ON \`editorial_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_updated_at_idx\` ON \`editorial_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_created_at_idx\` ON \`editorial_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`photos_workflow_state_idx\` ON \`photos\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`photos_assignee_idx\` ON \`photos\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_submitted_by_idx\` ON \`photos\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_last_edited_by_idx\` ON \`photos\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_workflow_state_idx\` ON \`_photos_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_assignee_idx\` ON \`_photos_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_submitted_by_idx\` ON \`_photos_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_last_edited_by_idx\` ON \`_photos_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`captions\` ADD \`workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`captions_workflow_state_idx\` ON \`captions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`captions_assignee_idx\` ON \`captions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_submitted_by_idx\` ON \`captions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_last_edited_by_idx\` ON \`captions\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_captions_v\` ADD \`version_workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_workflow_state_idx\` ON \`_captions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_assignee_idx\` ON \`_captions_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_submitted_by_idx\` ON \`_captions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_last_edited_by_idx\` ON \`_captions_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`related_links\` ADD \`workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`related_links_workflow_state_idx\` ON \`related_links\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`related_links_assignee_idx\` ON \`related_links\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_submitted_by_idx\` ON \`related_links\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_last_edited_by_idx\` ON \`related_links\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_related_links_v\` ADD \`version_workflow_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_workflow_state_idx\` ON \`_related_links_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_assignee_idx\` ON \`_related_links_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_submitted_by_idx\` ON \`_related_links_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_last_edited_by_idx\` ON \`_related_links_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` integer REFERENCES workflow_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editorial_comments_id\` integer REFERENCES editorial_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_comments_id\`);`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`four_eyes\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`headline\` text,
  	\`display_headline\` text,
  	\`deck\` text,
  	\`hero_photo_id\` integer,
  	\`hero_caption_id\` integer,
  	\`body\` text,
  	\`source_url\` text,
  	\`slug\` text,
  	\`previous_slugs\` text,
  	\`section_id\` integer,
  	\`byline_text\` text,
  	\`released_at\` text,
  	\`first_published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_id", "body", "source_url", "slug", "previous_slugs", "section_id", "byline_text", "released_at", "first_published_at", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "headline", "display_headline", "deck", "hero_photo_id", "hero_caption_id", "body", "source_url", "slug", "previous_slugs", "section_id", "byline_text", "released_at", "first_published_at", "created_by_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_photo_idx\` ON \`articles\` (\`hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_caption_idx\` ON \`articles\` (\`hero_caption_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_released_at_idx\` ON \`articles\` (\`released_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_headline\` text,
  	\`version_display_headline\` text,
  	\`version_deck\` text,
  	\`version_hero_photo_id\` integer,
  	\`version_hero_caption_id\` integer,
  	\`version_body\` text,
  	\`version_source_url\` text,
  	\`version_slug\` text,
  	\`version_previous_slugs\` text,
  	\`version_section_id\` integer,
  	\`version_byline_text\` text,
  	\`version_released_at\` text,
  	\`version_first_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_caption_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_previous_slugs", "version_section_id", "version_byline_text", "version_released_at", "version_first_published_at", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_headline", "version_display_headline", "version_deck", "version_hero_photo_id", "version_hero_caption_id", "version_body", "version_source_url", "version_slug", "version_previous_slugs", "version_section_id", "version_byline_text", "version_released_at", "version_first_published_at", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_photo_idx\` ON \`_articles_v\` (\`version_hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_caption_idx\` ON \`_articles_v\` (\`version_hero_caption_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_released_at_idx\` ON \`_articles_v\` (\`version_released_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`credit\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`date_taken\` text,
  	\`copyright\` text,
  	\`created_by_id\` integer,
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
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_photos\`("id", "alt", "credit", "photographer", "agency", "date_taken", "copyright", "created_by_id", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename") SELECT "id", "alt", "credit", "photographer", "agency", "date_taken", "copyright", "created_by_id", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_feature_url", "sizes_feature_width", "sizes_feature_height", "sizes_feature_mime_type", "sizes_feature_filesize", "sizes_feature_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename" FROM \`photos\`;`)
  await db.run(sql`DROP TABLE \`photos\`;`)
  await db.run(sql`ALTER TABLE \`__new_photos\` RENAME TO \`photos\`;`)
  await db.run(sql`CREATE INDEX \`photos_created_by_idx\` ON \`photos\` (\`created_by_id\`);`)
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
  	\`version_alt\` text,
  	\`version_credit\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_date_taken\` text,
  	\`version_copyright\` text,
  	\`version_created_by_id\` integer,
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__photos_v\`("id", "parent_id", "version_alt", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_alt", "version_credit", "version_photographer", "version_agency", "version_date_taken", "version_copyright", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "version_sizes_thumbnail_url", "version_sizes_thumbnail_width", "version_sizes_thumbnail_height", "version_sizes_thumbnail_mime_type", "version_sizes_thumbnail_filesize", "version_sizes_thumbnail_filename", "version_sizes_card_url", "version_sizes_card_width", "version_sizes_card_height", "version_sizes_card_mime_type", "version_sizes_card_filesize", "version_sizes_card_filename", "version_sizes_feature_url", "version_sizes_feature_width", "version_sizes_feature_height", "version_sizes_feature_mime_type", "version_sizes_feature_filesize", "version_sizes_feature_filename", "version_sizes_hero_url", "version_sizes_hero_width", "version_sizes_hero_height", "version_sizes_hero_mime_type", "version_sizes_hero_filesize", "version_sizes_hero_filename", "version_sizes_social_url", "version_sizes_social_width", "version_sizes_social_height", "version_sizes_social_mime_type", "version_sizes_social_filesize", "version_sizes_social_filename", "created_at", "updated_at", "latest" FROM \`_photos_v\`;`)
  await db.run(sql`DROP TABLE \`_photos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__photos_v\` RENAME TO \`_photos_v\`;`)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_idx\` ON \`_photos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_created_by_idx\` ON \`_photos_v\` (\`version_created_by_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_captions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`credit_line\` text,
  	\`photographer\` text,
  	\`agency\` text,
  	\`photo_id\` integer,
  	\`article_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_captions\`("id", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "text", "credit_line", "photographer", "agency", "photo_id", "article_id", "created_by_id", "updated_at", "created_at", "_status" FROM \`captions\`;`)
  await db.run(sql`DROP TABLE \`captions\`;`)
  await db.run(sql`ALTER TABLE \`__new_captions\` RENAME TO \`captions\`;`)
  await db.run(sql`CREATE INDEX \`captions_photo_idx\` ON \`captions\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_article_idx\` ON \`captions\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_created_by_idx\` ON \`captions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`captions_updated_at_idx\` ON \`captions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`captions_created_at_idx\` ON \`captions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`captions__status_idx\` ON \`captions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__captions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_text\` text,
  	\`version_credit_line\` text,
  	\`version_photographer\` text,
  	\`version_agency\` text,
  	\`version_photo_id\` integer,
  	\`version_article_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__captions_v\`("id", "parent_id", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_text", "version_credit_line", "version_photographer", "version_agency", "version_photo_id", "version_article_id", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_captions_v\`;`)
  await db.run(sql`DROP TABLE \`_captions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__captions_v\` RENAME TO \`_captions_v\`;`)
  await db.run(sql`CREATE INDEX \`_captions_v_parent_idx\` ON \`_captions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_photo_idx\` ON \`_captions_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_article_idx\` ON \`_captions_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_created_by_idx\` ON \`_captions_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_updated_at_idx\` ON \`_captions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version_created_at_idx\` ON \`_captions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_version_version__status_idx\` ON \`_captions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_created_at_idx\` ON \`_captions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_updated_at_idx\` ON \`_captions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_captions_v_latest_idx\` ON \`_captions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_related_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`article_id\` integer,
  	\`summary\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_related_links\`("id", "title", "url", "article_id", "summary", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "url", "article_id", "summary", "created_by_id", "updated_at", "created_at", "_status" FROM \`related_links\`;`)
  await db.run(sql`DROP TABLE \`related_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_related_links\` RENAME TO \`related_links\`;`)
  await db.run(sql`CREATE INDEX \`related_links_article_idx\` ON \`related_links\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_by_idx\` ON \`related_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`related_links_updated_at_idx\` ON \`related_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`related_links_created_at_idx\` ON \`related_links\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`related_links__status_idx\` ON \`related_links\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__related_links_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_url\` text,
  	\`version_article_id\` integer,
  	\`version_summary\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`related_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__related_links_v\`("id", "parent_id", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_url", "version_article_id", "version_summary", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_related_links_v\`;`)
  await db.run(sql`DROP TABLE \`_related_links_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__related_links_v\` RENAME TO \`_related_links_v\`;`)
  await db.run(sql`CREATE INDEX \`_related_links_v_parent_idx\` ON \`_related_links_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_article_idx\` ON \`_related_links_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_by_idx\` ON \`_related_links_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_updated_at_idx\` ON \`_related_links_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version_created_at_idx\` ON \`_related_links_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_version_version__status_idx\` ON \`_related_links_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_created_at_idx\` ON \`_related_links_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_updated_at_idx\` ON \`_related_links_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_related_links_v_latest_idx\` ON \`_related_links_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`photos_id\` integer,
  	\`captions_id\` integer,
  	\`related_links_id\` integer,
  	\`sections_id\` integer,
  	\`tags_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`captions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`related_links_id\`) REFERENCES \`related_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "photos_id", "captions_id", "related_links_id", "sections_id", "tags_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "photos_id", "captions_id", "related_links_id", "sections_id", "tags_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_captions_id_idx\` ON \`payload_locked_documents_rels\` (\`captions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_related_links_id_idx\` ON \`payload_locked_documents_rels\` (\`related_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`four_eyes\`;`)
}
