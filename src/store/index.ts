/**
 * The storage layer's public surface: open the database, run code in a transaction, and
 * one repository per aggregate. Every repository is a factory taking a `Database` (or the
 * transaction-bound one `withTransaction` hands out) and every method takes the user id.
 */
export { openDatabase, type Database, type OpenOptions, type Dialect } from "./db.js";
export { withTransaction } from "./transaction.js";
export { LOCAL_USER_ID, ensureUser, listUserIds } from "./users.js";
export { MIGRATIONS, applyMigrations, type Migration } from "./migrations/index.js";
export type { Schema } from "./schema.js";
export { profileRepository, type ProfileRepository } from "./repositories/profile.js";
export { bodyChecksRepository, type BodyChecksRepository } from "./repositories/body-checks.js";
export type { DayRange } from "./repositories/day-range.js";
export { romTestsRepository, type RomTestsRepository } from "./repositories/rom-tests.js";
export { sessionsRepository, type SessionsRepository, type SessionFilter } from "./repositories/sessions.js";
export { painFlagsRepository, type PainFlagsRepository } from "./repositories/pain-flags.js";
export { runComfortRepository, type RunComfortRepository } from "./repositories/run-comfort.js";
export {
  runsRepository,
  type RunsRepository,
  type NewRunRecord,
  type RunFilter,
  type InsertRunResult,
  DUPLICATE_START_SECONDS,
  DUPLICATE_DISTANCE_FRACTION,
} from "./repositories/runs.js";
export { journalRepository, type JournalRepository, JOURNAL_TABLES } from "./repositories/journal.js";
