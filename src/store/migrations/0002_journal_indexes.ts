import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

/*
 * Lookup indexes for the queries the journal runs on every call: newest sessions first
 * (history, today's variety and tenderness), runs by start time (today's run, duplicate
 * check), latest body check, open pain flags. Both engines accept these statements as is.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();
  await index("sessions_user_started", "sessions", ["user_id", "started_at"]);
  await index("session_items_user", "session_items", ["user_id"]);
  await index("runs_user_start", "runs", ["user_id", "start_time"]);
  await index("body_checks_user_date", "body_checks", ["user_id", "date"]);
  await index("body_check_entries_user", "body_check_entries", ["user_id"]);
  await index("rom_tests_user_date", "rom_tests", ["user_id", "date"]);
  await index("pain_flags_user_opened", "pain_flags", ["user_id", "opened_at"]);
  await index("run_comfort_user_date", "run_comfort", ["user_id", "date"]);
}

export const journalIndexes0002: Migration = { id: "0002_journal_indexes", up };
