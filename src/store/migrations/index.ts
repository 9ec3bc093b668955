/**
 * The ordered list of schema migrations, applied at start-up by `openDatabase`.
 *
 * To add one: create `NNNN_name.ts` next to this file exporting a `Migration` with
 * `id: "NNNN_name"`, and append it here. Never edit or reorder a shipped migration.
 */
import { journal0001 } from "./0001_journal.js";
import { journalIndexes0002 } from "./0002_journal_indexes.js";
import { accounts0003 } from "./0003_accounts.js";
import { calendarFeeds0004 } from "./0004_calendar_feeds.js";
import { accountHardening0005 } from "./0005_account_hardening.js";
import { loadBaselines0006 } from "./0006_load_baselines.js";
import { saidOrDefault0007 } from "./0007_said_or_default.js";
import { runDateOnly0008 } from "./0008_run_date_only.js";
import { nameGiven0009 } from "./0009_name_given.js";
import { weekSettings0010 } from "./0010_week_settings.js";
import { addedItems0011 } from "./0011_added_items.js";
import { deletedRuns0012 } from "./0012_deleted_runs.js";
import type { Migration } from "./types.js";

export type { Dialect, Migration } from "./types.js";
export { applyMigrations } from "./runner.js";

export const MIGRATIONS: readonly Migration[] = [
  journal0001,
  journalIndexes0002,
  accounts0003,
  calendarFeeds0004,
  accountHardening0005,
  loadBaselines0006,
  saidOrDefault0007,
  runDateOnly0008,
  nameGiven0009,
  weekSettings0010,
  addedItems0011,
  deletedRuns0012,
];
