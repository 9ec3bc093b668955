/**
 * Runs the runner deleted that came from a file: what identifies the activity (the file's
 * hash and the index inside it, and sport, start and distance for the same activity from
 * another file) and when it was deleted, so a later import of the same export leaves it out
 * instead of bringing it back with its load. No other field of the run is kept.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("deleted_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("source_file_hash", "text", (c) => c.notNull())
    .addColumn("source_index", "integer")
    .addColumn("sport", "text", (c) => c.notNull())
    .addColumn("start_time", "text", (c) => c.notNull())
    .addColumn("distance_meters", "double precision")
    .addColumn("deleted_at", "text", (c) => c.notNull())
    .execute();
  // Both lookups of an import (same file, same activity near its start) are per user.
  await db.schema
    .createIndex("deleted_runs_user_start")
    .on("deleted_runs")
    .columns(["user_id", "start_time"])
    .execute();
}

export const deletedRuns0012: Migration = { id: "0012_deleted_runs", up };
