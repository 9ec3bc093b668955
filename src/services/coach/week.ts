/**
 * The week plan for a runner from their journal (`limber week`, GET /api/week), and the same
 * plan from data already read, so today's routine (src/services/journal/snapshot.ts) takes
 * today's session from the plan the week shows instead of a default of its own.
 */
import { MOVEMENTS } from "../../core/catalog/index.js";
import { splitRuleCodes } from "../../core/journal/routine-context.js";
import { trialSentence } from "../../core/plan/prescription.js";
import { planWeek } from "../../core/plan/plan-week.js";
import type { LoadSignal, WeekPlan } from "../../core/plan/types.js";
import type { Prescription } from "../../core/plan/prescription-types.js";
import type { RoutineContext } from "../../core/routine/types.js";
import type { Database } from "../../store/index.js";
import { addDays } from "../../core/time/calendar.js";
import type { Trial } from "../../core/plan/types.js";
import { loadShapingFrom, trainingWindow } from "../imports/load.js";
import { readCoachData, type CoachData } from "./data.js";
import { weekOptionsOf } from "./options.js";
import { prescribeFrom } from "./prescription.js";

/** Days of history the plan reads: trials, S8 progression, L9 trends and the load model's warm-up. */
export const PLAN_LOOKBACK_DAYS = 130;
/** Days ahead the plan reads planned runs for: the seven days it plans. */
export const WEEK_AHEAD_DAYS = 7;
/** The days of the journal the plan reads, back and ahead: `limber week` and today's routine alike. */
export const PLAN_WINDOW = { lookbackDays: PLAN_LOOKBACK_DAYS, aheadDays: WEEK_AHEAD_DAYS };

export interface WeekPlanOptions {
  /** Minutes of care the week may hold (default 120, 20-600). */
  budgetMinutes?: number;
  /** 0 = Sunday ... 6 = Saturday (default 1, Monday). */
  weekStartsOn?: number;
}

/**
 * The load model's "lighten" as the plan takes it (L8, L9): a spike or deep fatigue.
 *
 * @example
 * loadSignalsOf({ reason: "load-spike", rules: ["L9"], message: "..." }); // [{ reason: "load-spike", message: "..." }]
 */
export function loadSignalsOf(lighten: RoutineContext["lighten"] | undefined): LoadSignal[] {
  if (!lighten) return [];
  return [
    {
      reason: lighten.reason === "load-spike" ? "load-spike" : "fatigue",
      message: lighten.message,
    },
  ];
}

/**
 * The week plan from coach data already read (`readCoachData` over PLAN_WINDOW) and the day's
 * load signals. A prescription the caller brings is the
 * one the plan shows; otherwise the coach works it out from the same data.
 *
 * @example
 * const plan = planFrom(data, loadSignalsOf(shaping.lighten));
 * plan.days[0].sessions; // today's sessions, the first not done is the one to do next
 */
export function planFrom(
  data: CoachData,
  loadSignals: LoadSignal[],
  asked: WeekPlanOptions & { prescription?: Prescription } = {},
): WeekPlan {
  // What the caller asks for, else the runner's own budget and week start (their profile).
  const opts = { ...weekOptionsOf(data.profile, asked), prescription: asked.prescription };
  const prescription =
    opts.prescription ??
    prescribeFrom(data, opts.weekStartsOn !== undefined ? { weekStartsOn: opts.weekStartsOn } : {})
      .prescription;
  // The prescription's trial (S9) is the one the plan shows, in the prescription's words
  // (its rule apart, in the trial's reasons): one source for what is on trial.
  const sentence = trialSentence(prescription, MOVEMENTS);
  const trial: Trial | undefined = prescription.trialMovementId
    ? {
        movementId: prescription.trialMovementId,
        start: prescription.trialSince ?? data.today,
        end: addDays(prescription.trialUntil!, 1),
        ...(sentence ? { note: splitRuleCodes(sentence).text } : {}),
      }
    : undefined;
  const plan = planWeek({
    today: data.today,
    timeZone: data.timeZone,
    profile: data.profile,
    runs: data.runs,
    sessions: data.sessions,
    romTests: data.romTests,
    bodyChecks: data.bodyChecks,
    painFlags: data.painFlags,
    targets: data.targets,
    professionalFocus: data.professionalFocus,
    ...(data.professional ? { professional: data.professional } : {}),
    ...(data.endedProfessionalPlan ? { endedProfessionalPlan: data.endedProfessionalPlan } : {}),
    loadSignals,
    ...(opts.budgetMinutes !== undefined ? { weeklyBudgetMinutes: opts.budgetMinutes } : {}),
    ...(opts.weekStartsOn !== undefined ? { weekStartsOn: opts.weekStartsOn } : {}),
    trials: trial ? [trial] : [],
  });
  return { ...plan, prescription };
}

/**
 * Plans the seven days from the runner's today (in their profile's time zone).
 * Throws InputError for a bad option (budget, week start) or a bad stored preference.
 *
 * @example
 * const plan = await weekPlan(database, LOCAL_USER_ID, new Date());
 * plan.days[0].sessions; // [{ kind: "mini", time: "07:30", minutes: 6, reasons: [...] }]
 */
export async function weekPlan(
  database: Database,
  userId: string,
  now: Date,
  opts: WeekPlanOptions = {},
): Promise<WeekPlan> {
  // The same read of runs and the same load model as today's routine (snapshot.ts), so the
  // two agree on whether the day is lightened.
  const window = await trainingWindow(database, userId, now, { weeks: 1, ...PLAN_WINDOW });
  const data = await readCoachData(database, userId, now, { ...PLAN_WINDOW, runs: window.runs });
  return planFrom(data, loadSignalsOf(loadShapingFrom(window, now).lighten), opts);
}
