/**
 * The storage layer's public surface: open the database, run code in a transaction, and
 * one repository per aggregate.
 *
 * One repository style: every repository is a factory taking a `Database` and returning an
 * object of methods (`runsRepository(tx).insertRun(...)`). Chosen over loose functions
 * taking a query builder because the handle a repository is built from is visible at the
 * call site: inside `withTransaction` you build it from `tx`, and every method on it then
 * runs in that transaction (on SQLite a query on the outer handle would wait on the
 * connection the transaction holds). It also keeps one aggregate's queries together, and
 * the repository's type (`ReturnType` of the factory) documents its whole surface.
 */
export { openDatabase, type Database, type OpenOptions, type Dialect } from "./db.js";
export { withTransaction } from "./transaction.js";
export { compactAfterErase } from "./compact.js";
export { refreshAfterBulkLoad, refreshStatistics } from "./statistics.js";
export { LOCAL_USER_ID, ensureUser, listUserIds } from "./users.js";
export { MIGRATIONS, applyMigrations, type Migration } from "./migrations/index.js";
export type * from "./schema.js";
export { isUniqueViolation } from "./errors.js";
export { profileRepository, type ProfileRepository } from "./repositories/profile.js";
export { bodyChecksRepository, type BodyChecksRepository } from "./repositories/body-checks.js";
export type { DayRange } from "./repositories/day-range.js";
export { romTestsRepository, type RomTestsRepository } from "./repositories/rom-tests.js";
export {
  sessionsRepository,
  type SessionsRepository,
  type SessionFilter,
} from "./repositories/sessions.js";
export { painFlagsRepository, type PainFlagsRepository } from "./repositories/pain-flags.js";
export { runComfortRepository, type RunComfortRepository } from "./repositories/run-comfort.js";
export {
  runsRepository,
  type RunsRepository,
  type NewRunRecord,
  type RunFilter,
  type InsertRunResult,
  type StoredRun,
  type LeftOutRun,
  storedRunId,
  DUPLICATE_START_SECONDS,
  DUPLICATE_DISTANCE_FRACTION,
} from "./repositories/runs.js";
export { deletedRunsRepository, type DeletedRunsRepository } from "./repositories/deleted-runs.js";
export {
  journalRepository,
  type JournalRepository,
  JOURNAL_TABLES,
} from "./repositories/journal.js";
export { accountsRepository, type AccountsRepository } from "./repositories/accounts.js";
export {
  authSessionsRepository,
  type AuthSessionsRepository,
} from "./repositories/auth-sessions.js";
export { apiTokensRepository, type ApiTokensRepository } from "./repositories/tokens.js";
export { grantsRepository, type GrantsRepository } from "./repositories/grants.js";
export { plansRepository, type PlansRepository } from "./repositories/plans.js";
export { idempotencyRepository, type IdempotencyRepository } from "./repositories/idempotency.js";
export { rateLimitsRepository, type RateLimitsRepository } from "./repositories/rate-limits.js";
export {
  serverSecretsRepository,
  type ServerSecretsRepository,
} from "./repositories/server-secrets.js";
export {
  takenIdsRepository,
  type TakenIdsRepository,
  type IdTable,
  ID_TABLES,
} from "./repositories/taken-ids.js";
export {
  plannedRunsRepository,
  calendarEventKey,
  type PlannedRunsRepository,
  type CalendarFeed,
} from "./repositories/planned-runs.js";
export {
  loadBaselinesRepository,
  lockRunsOf,
  type LoadBaselinesRepository,
} from "./repositories/load-baselines.js";
