/**
 * Runs entered for an earlier day without a time: the run still starts at noon of that day
 * (the load model and every day-based read need an instant), and `date_only = 1` says that
 * noon was not given, so no clock time is shown for it. NULL for every run with a real start
 * time (imported, entered today, planned) and for rows written before this migration.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("runs").addColumn("date_only", "integer").execute();
}

export const runDateOnly0008: Migration = { id: "0008_run_date_only", up };
