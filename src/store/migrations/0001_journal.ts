import { sql, type Kysely } from "kysely";
import type { Migration } from "./types.js";

/*
 * The journal's tables. Column types are limited to text, integer and double precision so
 * both engines store and return the same values; every table carries user_id so one
 * database serves many runners (a single-user journal uses the fixed "local" user).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  const userRef = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"));

  await db.schema
    .createTable("profiles")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("units", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("equipment", "text", (c) => c.notNull())
    .addColumn("years_running", "double precision")
    .addColumn("weekly_distance_km", "double precision")
    .addColumn("previous_injuries", "text", (c) => c.notNull())
    .addColumn("hours_sitting_per_day", "double precision")
    .addColumn("preferred_session_time", "text")
    .addColumn("goals", "text", (c) => c.notNull())
    .addColumn("new_to_soft_tissue", "integer")
    .addColumn("max_heart_rate", "integer")
    .addColumn("resting_heart_rate", "integer")
    .addColumn("threshold_heart_rate", "integer")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await userRef("body_checks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await userRef("body_check_entries")
    .addColumn("body_check_id", "text", (c) => c.notNull().references("body_checks.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("side", "text")
    .addColumn("stiffness", "integer", (c) => c.notNull())
    .addColumn("tenderness", "integer", (c) => c.notNull())
    .addColumn("fade_seconds", "double precision")
    .addColumn("rebound", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("body_check_entries_pk", ["body_check_id", "position"])
    .execute();

  await userRef("rom_tests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("test", "text", (c) => c.notNull())
    .addColumn("left_value", "double precision")
    .addColumn("right_value", "double precision")
    .addColumn("value", "double precision")
    .addColumn("left_pass", "integer")
    .addColumn("right_pass", "integer")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await userRef("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("routine", "text", (c) => c.notNull())
    .addColumn("before_stiffness", "integer")
    .addColumn("before_soreness", "integer")
    .addColumn("before_pain", "integer")
    .addColumn("after_stiffness", "integer")
    .addColumn("after_soreness", "integer")
    .addColumn("after_pain", "integer")
    .addColumn("mood", "integer")
    .addColumn("energy", "integer")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await userRef("session_items")
    .addColumn("session_id", "text", (c) => c.notNull().references("sessions.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("movement_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("pressure", "text")
    .addPrimaryKeyConstraint("session_items_pk", ["session_id", "position"])
    .execute();

  await userRef("pain_flags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("side", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("notes", "text")
    .execute();

  await userRef("runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sport", "text", (c) => c.notNull())
    .addColumn("sub_sport", "text")
    .addColumn("name", "text")
    .addColumn("start_time", "text", (c) => c.notNull())
    .addColumn("time_zone", "text")
    .addColumn("elapsed_seconds", "double precision", (c) => c.notNull())
    .addColumn("moving_seconds", "double precision")
    .addColumn("distance_meters", "double precision")
    .addColumn("elevation_gain_meters", "double precision")
    .addColumn("avg_heart_rate", "double precision")
    .addColumn("max_heart_rate", "double precision")
    .addColumn("avg_pace_seconds_per_km", "double precision")
    .addColumn("avg_cadence", "double precision")
    .addColumn("laps", "text", (c) => c.notNull())
    .addColumn("source_rpe", "double precision")
    .addColumn("race_flag", "integer")
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_file_name", "text")
    .addColumn("source_file_hash", "text")
    .addColumn("source_index", "integer")
    .addColumn("source_notes", "text")
    .addColumn("classification", "text")
    .addColumn("type_override", "text")
    .addColumn("rpe", "double precision")
    .addColumn("rpe_estimated", "integer")
    .addColumn("planned", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // One stored activity per (file, index inside the file): importing a file twice is a no-op.
  // The index is an expression so activities without an index still collide.
  await sql`CREATE UNIQUE INDEX runs_source_unique ON runs (user_id, source_file_hash, (COALESCE(source_index, -1))) WHERE source_file_hash IS NOT NULL`.execute(
    db,
  );

  await userRef("run_comfort")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("run_id", "text", (c) => c.references("runs.id").onDelete("set null"))
    .addColumn("comfort", "integer", (c) => c.notNull())
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export const journal0001: Migration = { id: "0001_journal", up };
