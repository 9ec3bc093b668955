/**
 * Journal services: every function takes (database, userId, input, options?), checks its
 * input (InputError naming the field) and writes in one transaction. The CLI and the HTTP
 * API call these; neither talks to the repositories for journal writes.
 */
export type { ServiceOptions } from "./context.js";
export { localDay, dayBounds } from "../../core/time/calendar.js";
export {
  getProfile,
  updateProfile,
  applyProfileInput,
  emptyProfile,
  type ProfileInput,
} from "./profile.js";
export {
  addBodyCheck,
  deleteBodyCheck,
  getBodyCheck,
  listBodyChecks,
  parseBodyCheckInput,
  type BodyCheckInput,
  type BodyCheckEntryInput,
} from "./body-checks.js";
export {
  addRomTest,
  deleteRomTest,
  getRomTest,
  listRomTests,
  ROM_RANGES,
  type RomTestInput,
} from "./rom-tests.js";
export {
  deleteSession,
  editSession,
  logSession,
  listSessions,
  getSession,
  type SessionInput,
} from "./sessions.js";
export { addPainFlag, listPainFlags, resolvePainFlag, type PainFlagInput } from "./pain-flags.js";
export { addManualRun, listRuns, setRunType, type ManualRunInput } from "./runs.js";
export { addRunComfort, listRunComfort, type RunComfortInput } from "./run-comfort.js";
export { journalHistory, type HistoryEntry } from "./history.js";
export {
  exportJournal,
  restoreJournal,
  validateJournalExport,
  type RestoreResult,
} from "./export.js";
export { forgetMe } from "./forget.js";
export {
  todayContext,
  todayRoutine,
  persistentTenderness,
  type TodayContext,
  type TodayOptions,
} from "./today.js";
export { journalSnapshot, type SnapshotOptions } from "./snapshot.js";
export { openLocalJournal, withLocalJournal } from "./open.js";
