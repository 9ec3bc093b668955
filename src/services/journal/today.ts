/**
 * Today's routine from the journal: the snapshot (snapshot.ts), then the one core function
 * the CLI, the API and the offline app share (src/core/journal/routine-context.ts).
 *
 * @example
 * const { context, explanation } = await todayContext(database, userId, { minutes: 10 });
 * // or in one step:
 * const { routine, snapshot } = await todayRoutine(database, userId, { minutes: 10 });
 */
import {
  routineContextFromJournal,
  routineFromJournal,
  type JournalContext,
  type JournalRoutine,
  type JournalSnapshot,
} from "../../core/journal/routine-context.js";
import type { SessionKind } from "../../core/vocabulary.js";
import type { Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import type { DayTrainingContext } from "../imports/load.js";
import { journalSnapshot, readJournalSnapshot, type SnapshotOptions } from "./snapshot.js";

export { BODY_CHECK_MAX_AGE_DAYS } from "../../core/journal/routine-context.js";
export {
  persistentTenderness,
  RECENT_ROUTINES,
  TENDER_LEVEL,
  TENDER_STREAK,
} from "../../core/journal/recent-sessions.js";

export interface TodayOptions extends ServiceOptions, Pick<SnapshotOptions, "prescription"> {
  /** Time budget; the engine's default for the session otherwise. */
  minutes?: number;
  /** Session kind; post-run after a run logged today, the engine's default otherwise. */
  session?: SessionKind;
}

export type TodayContext = JournalContext;

function routineOptions(now: Date, opts: TodayOptions) {
  return {
    now,
    ...(opts.minutes !== undefined ? { minutes: opts.minutes } : {}),
    ...(opts.session !== undefined ? { session: opts.session } : {}),
  };
}

/** Builds the routine context for now from the journal, with an explanation of each input. */
export async function todayContext(
  database: Database,
  userId: string,
  opts: TodayOptions = {},
): Promise<TodayContext> {
  const now = opts.now ?? new Date();
  const snapshot = await journalSnapshot(database, userId, {
    now,
    ...(opts.prescription ? { prescription: opts.prescription } : {}),
  });
  return routineContextFromJournal(snapshot, routineOptions(now, opts));
}

/**
 * Today's routine in one call, with the snapshot it was built from (the offline app caches
 * it) and the day's L12 signal (a big run today, planned today or done yesterday), read once
 * with the snapshot for the command's closing line.
 */
export async function todayRoutine(
  database: Database,
  userId: string,
  opts: TodayOptions & { seed?: number } = {},
): Promise<JournalRoutine & { snapshot: JournalSnapshot; bigRun?: DayTrainingContext["bigRun"] }> {
  const now = opts.now ?? new Date();
  const { snapshot, bigRun } = await readJournalSnapshot(database, userId, {
    now,
    ...(opts.prescription ? { prescription: opts.prescription } : {}),
  });
  const built = routineFromJournal(snapshot, {
    ...routineOptions(now, opts),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
  });
  return bigRun ? { ...built, snapshot, bigRun } : { ...built, snapshot };
}
