/**
 * Reads the journal snapshot a routine depends on (src/core/journal/routine-context.ts):
 * kit, body checks of the last 28 days, pain flags open or recently resolved, today's
 * activity, the load shaping, recent sessions and a professional's focus. The CLI's
 * `today`, GET /api/today and (through the snapshot sent with /api/today) the offline app
 * all turn it into a routine with the same core function.
 *
 * @example
 * const snapshot = await journalSnapshot(database, userId, { now: new Date() });
 * const { routine } = routineFromJournal(snapshot, { now: new Date() });
 */
import {
  recentMovements,
  persistentTenderness,
  STREAK_LOOKBACK,
} from "../../core/journal/recent-sessions.js";
import {
  BODY_CHECK_MAX_AGE_DAYS,
  RECOVERY_DAYS,
  todaysActivity,
  type JournalSnapshot,
} from "../../core/journal/routine-context.js";
import { runsOfToday } from "../../core/journal/todays-runs.js";
import type { Prescription } from "../../core/plan/prescription-types.js";
import { coachDay } from "../coach/day.js";
import { PLAN_WINDOW, loadSignalsOf } from "../coach/week.js";
import { plannedToday } from "../../core/journal/planned-today.js";
import { addDays, localDay } from "../../core/time/calendar.js";
import {
  bodyChecksRepository,
  painFlagsRepository,
  profileRepository,
  sessionsRepository,
  type Database,
} from "../../store/index.js";
import { planFocusRegions } from "../accounts/plans.js";
import {
  BIG_RUN_LOOKBACK_DAYS,
  dayTrainingContext,
  trainingWindow,
  type DayTrainingContext,
} from "../imports/load.js";
import { processTimeZone } from "./context.js";

export interface SnapshotOptions {
  /** "Now"; default the real clock. */
  now?: Date;
  /**
   * The coach's technique choices for the day (src/core/plan), copied into the routine
   * context by the core function. Left out, the coach computes them for the day.
   */
  prescription?: Prescription;
}

/** The journal as a routine sees it at `now`. */
export async function journalSnapshot(
  database: Database,
  userId: string,
  opts: SnapshotOptions = {},
): Promise<JournalSnapshot> {
  return (await readJournalSnapshot(database, userId, opts)).snapshot;
}

/**
 * The snapshot, with the day's L12 signal as read for it: the snapshot keeps a big run only
 * when it was done today, while `limber today` also names one planned today or done
 * yesterday. One read of the training window serves both.
 *
 * @example
 * const { snapshot, bigRun } = await readJournalSnapshot(database, userId, { now: new Date() });
 * if (bigRun) console.log(bigRun.message);
 */
export async function readJournalSnapshot(
  database: Database,
  userId: string,
  opts: SnapshotOptions = {},
): Promise<{ snapshot: JournalSnapshot; bigRun?: DayTrainingContext["bigRun"] }> {
  const now = opts.now ?? new Date();
  const nowIso = now.toISOString();
  const profile = await profileRepository(database).getProfile(userId);
  const timeZone = profile?.timeZone ?? processTimeZone();
  const day = localDay(now, timeZone);

  const checks = bodyChecksRepository(database);
  const bodyChecks = await checks.listBodyChecks(userId, {
    from: addDays(day, -BODY_CHECK_MAX_AGE_DAYS),
    to: day,
  });
  const lastBodyCheckDate =
    bodyChecks.at(-1)?.date ?? (await checks.latestBodyCheck(userId, day))?.date;

  const recoveredSince = now.getTime() - RECOVERY_DAYS * 86_400_000;
  const painFlags = (await painFlagsRepository(database).listPainFlags(userId)).filter(
    (f) =>
      !f.resolvedAt ||
      (Date.parse(f.resolvedAt) >= recoveredSince && Date.parse(f.resolvedAt) <= now.getTime()),
  );

  // one bounded read of runs for the load model, L12, today's activity, the prescription and
  // the week plan (its planned runs ahead)
  const window = await trainingWindow(database, userId, now, {
    weeks: 1,
    lookbackDays: Math.max(PLAN_WINDOW.lookbackDays, BIG_RUN_LOOKBACK_DAYS),
    aheadDays: PLAN_WINDOW.aheadDays,
  });
  const todays = runsOfToday(window.runs, day, timeZone, now);
  const activity = todaysActivity(todays, now);

  const { load: shaping, bigRun } = await dayTrainingContext(database, userId, now, window);

  const recent = await sessionsRepository(database).listSessions(userId, {
    limit: STREAK_LOOKBACK,
    to: nowIso,
  });
  const movements = recentMovements(recent);
  const oldest = recent.at(-1);
  const sessionChecks = oldest
    ? await checks.listBodyChecks(userId, { from: localDay(oldest.startedAt, timeZone), to: day })
    : [];

  const snapshot: JournalSnapshot = {
    takenAt: nowIso,
    day,
    timeZone,
    profile: profile
      ? {
          equipment: profile.equipment,
          ...(profile.newToSoftTissue ? { newToSoftTissue: true } : {}),
        }
      : null,
    bodyChecks,
    painFlags,
    recentMovementIds: movements.ids,
    recentSessions: movements.sessions,
    persistentTenderness: persistentTenderness(recent, sessionChecks, timeZone),
    focusRegions: await planFocusRegions(database, userId, day),
  };
  if (lastBodyCheckDate) snapshot.lastBodyCheckDate = lastBodyCheckDate;
  if (activity) snapshot.todaysActivity = activity;
  if (shaping.lighten) snapshot.lighten = shaping.lighten;
  // L12 shapes today's routine only when the big run is one that ended today.
  if (
    bigRun &&
    !bigRun.planned &&
    activity?.sport === "run" &&
    todays.some((r) => r.id === bigRun.runId)
  )
    snapshot.bigRun = { message: bigRun.message };
  // The coach's technique choices for the day (S8-S10, H2, X5), unless the caller brings them,
  // and the week plan's sessions for today, which name the session to do next.
  const coach = await coachDay(database, userId, now, {
    runs: window.runs,
    loadSignals: loadSignalsOf(shaping.lighten),
    ...(opts.prescription ? { prescription: opts.prescription } : {}),
  });
  snapshot.prescription = coach.prescription;
  // Empty when the plan holds no care today: a routine then promises no later session.
  snapshot.plannedToday = plannedToday(coach.plan);
  if (coach.loggedToday.length > 0) snapshot.loggedToday = coach.loggedToday;
  return bigRun ? { snapshot, bigRun } : { snapshot };
}
