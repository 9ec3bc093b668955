/**
 * Reads what the coach needs from the journal through the store's repositories, in the
 * runner's time zone. Windows are bounded so a journal of many years stays fast: the plan
 * looks back 120 days (trials, S8 progression, L9 trends, the load model's warm-up), the
 * insights one year (plus every ROM test, for wins since the start).
 */
import type { Region } from "../../core/vocabulary.js";
import type {
  BodyCheck,
  PainFlag,
  Profile,
  RomTest,
  RunComfort,
  RunRecord,
  SessionLog,
} from "../../core/journal/types.js";
import { addDays, dayBounds, localDay } from "../../core/time/calendar.js";
import { targetsFromGoals } from "../../core/plan/targets.js";
import type { ProfessionalWeek } from "../../core/plan/training-week.js";
import type { RomTarget } from "../../core/plan/types.js";
import {
  bodyChecksRepository,
  painFlagsRepository,
  profileRepository,
  romTestsRepository,
  runComfortRepository,
  runsRepository,
  sessionsRepository,
  type Database,
} from "../../store/index.js";
import { getPlan } from "../accounts/plans.js";
import { processTimeZone } from "../journal/context.js";

export interface CoachData {
  today: string;
  timeZone: string;
  profile: Profile | null;
  runs: RunRecord[];
  sessions: SessionLog[];
  romTests: RomTest[];
  bodyChecks: BodyCheck[];
  painFlags: PainFlag[];
  runComfort: RunComfort[];
  /** ROM targets: the professional plan's goals (C1), then the runner's own from profile goals. */
  targets: RomTarget[];
  /** Focus regions of an active professional plan. */
  professionalFocus: Region[];
  /** An active professional plan's frequency and end (C1). */
  professional?: ProfessionalWeek;
  /** A professional plan that ended in the last 4 weeks: the runner continues alone. */
  endedProfessionalPlan?: { transitionDate: string };
}

/**
 * Loads the journal slice from `today - lookbackDays` to `today + aheadDays` (runs only
 * ahead: planned runs). ROM tests are read whole when `allRomTests` is set.
 */
export async function readCoachData(
  database: Database,
  userId: string,
  now: Date,
  opts: {
    lookbackDays: number;
    aheadDays: number;
    allRomTests?: boolean;
    /** Which optional parts to read (default all): each is a query saved when not needed. */
    read?: { runComfort?: boolean; painFlags?: boolean; professionalPlan?: boolean };
    /** Runs the caller already read covering the window (filtered to it here), to read them once. */
    runs?: readonly RunRecord[];
  },
): Promise<CoachData> {
  const profile = await profileRepository(database).getProfile(userId);
  const timeZone = profile?.timeZone ?? processTimeZone();
  const today = localDay(now.getTime(), timeZone);
  const fromDay = addDays(today, -opts.lookbackDays);
  const from = dayBounds(fromDay, timeZone).from;
  const toExclusive = dayBounds(addDays(today, opts.aheadDays), timeZone).to;
  const todayEnd = dayBounds(today, timeZone).to;
  const want = { runComfort: true, painFlags: true, professionalPlan: true, ...opts.read };
  const [runs, sessions, romTests, bodyChecks, painFlags, runComfort, plan] = await Promise.all([
    opts.runs
      ? opts.runs.filter((r) => r.activity.startTime >= from && r.activity.startTime < toExclusive)
      : runsRepository(database).listRuns(userId, { from, to: toExclusive }),
    sessionsRepository(database).listSessions(userId, { from, to: todayEnd }),
    romTestsRepository(database).listRomTests(
      userId,
      opts.allRomTests ? { to: today } : { from: fromDay, to: today },
    ),
    bodyChecksRepository(database).listBodyChecks(userId, { from: fromDay, to: today }),
    want.painFlags ? painFlagsRepository(database).listPainFlags(userId) : [],
    want.runComfort
      ? runComfortRepository(database).listRunComfort(userId, { from: fromDay, to: today })
      : [],
    want.professionalPlan ? getPlan(database, userId, today) : null,
  ]);
  return {
    today,
    timeZone,
    profile,
    runs,
    sessions,
    romTests,
    bodyChecks,
    painFlags,
    runComfort,
    // A professional's goals come first, so they win over the runner's own for the same test.
    targets: [
      // once the professional's access is revoked, their goals no longer lead
      ...(plan && plan.status !== "access-revoked" ? plan.goals : []).map((g) => ({
        ...g,
        source: "professional" as const,
      })),
      ...targetsFromGoals(profile?.goals ?? []),
    ],
    professionalFocus: plan?.active ? plan.focusRegions : [],
    ...(plan?.active
      ? {
          professional: {
            sessionsPerWeek: plan.sessionsPerWeek,
            transitionDate: plan.transitionDate,
            ...(plan.professionalEmail ? { professional: plan.professionalEmail } : {}),
          },
        }
      : {}),
    ...(plan?.status === "ended" && plan.transitionDate >= addDays(today, -28)
      ? { endedProfessionalPlan: { transitionDate: plan.transitionDate } }
      : {}),
  };
}
