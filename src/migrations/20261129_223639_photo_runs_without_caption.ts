import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`photos\` ADD \`runs_without_caption\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_runs_without_caption\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`runs_without_caption\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_runs_without_caption\`;`)
}
