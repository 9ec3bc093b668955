/**
 * Calendar feeds a runner subscribes Limber to (a club schedule, a coach's plan in
 * TrainingPeaks or intervals.icu, an app such as Runna): their address and when they were
 * last read. The planned runs themselves live in `runs` with `planned = 1`, keyed by the
 * event's UID in `source_file_hash` so a re-import updates rather than duplicates.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_synced_at", "text")
    .addColumn("last_error", "text")
    .execute();
  await db.schema
    .createIndex("calendar_feeds_user")
    .on("calendar_feeds")
    .columns(["user_id", "url"])
    .unique()
    .execute();
}

export const calendarFeeds0004: Migration = { id: "0004_calendar_feeds", up };
