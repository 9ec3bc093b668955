/**
 * One schema per shape (zod), for every layer: the journal's records as stored and sent
 * (journal.ts), what clients send (bodies.ts), the routine contract (routine.ts), the journal
 * snapshot a routine is built from (snapshot.ts), the routine options of the CLI and the API
 * (routine-options.ts), GET /api/today (today.ts), the coach's
 * reports (reports.ts, week-plan.ts), the plausible ranges (ranges.ts) and the import check
 * built on them (plausible.ts). parseInput (parse.ts) turns a failed parse into an InputError
 * naming the field.
 */
export * from "./bodies.js";
export * from "./journal.js";
export * from "./plausible.js";
export * from "./ranges.js";
export * from "./parse.js";
export { Routine, RoutineItem, RoutineWarning, FollowUp } from "./routine.js";
export {
  RoutineOptions,
  TodayOptions,
  type RoutineOptionsInput,
  type RoutineOptionsOutput,
} from "./routine-options.js";
export { JournalSnapshot, Prescription, Lighten } from "./snapshot.js";
export { TodayRoutine, TodayFacts, type TodayAnswer } from "./today.js";
export { Insights, LoadReport, LoadState } from "./reports.js";
export { WeekPlan } from "./week-plan.js";
