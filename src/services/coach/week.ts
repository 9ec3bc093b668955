/**
 * The week plan for a runner from their journal (`limber week`, GET /api/week).
 */
import { buildLoadReport } from "../../core/load/report.js";
import { heartRateAnchors } from "../../core/load/effort.js";
import { planWeek } from "../../core/plan/plan-week.js";
import type { LoadSignal, WeekPlan } from "../../core/plan/types.js";
import type { Database } from "../../store/index.js";
import { addDays } from "../../core/time/calendar.js";
import type { Trial } from "../../core/plan/types.js";
import { readCoachData } from "./data.js";
import { prescribeFrom } from "./prescription.js";

/** Days of history the plan reads: trials, S8 progression, L9 trends and the load model's warm-up. */
export const PLAN_LOOKBACK_DAYS = 130;

export interface WeekPlanOptions {
  /** Minutes of care the week may hold (default 120, 20-600). */
  budgetMinutes?: number;
  /** 0 = Sunday ... 6 = Saturday (default 1, Monday). */
  weekStartsOn?: number;
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
  const data = await readCoachData(database, userId, now, {
    lookbackDays: PLAN_LOOKBACK_DAYS,
    aheadDays: 7,
  });
  const done = data.runs.filter((r) => !r.planned);
  const load = buildLoadReport(done, {
    now,
    timeZone: data.timeZone,
    weeks: 1,
    heartRate: heartRateAnchors(data.profile ?? undefined),
  });
  const loadSignals: LoadSignal[] = load.state.lighten
    ? [
        {
          reason: load.state.lighten.reason === "load-spike" ? "load-spike" : "fatigue",
          message: load.state.lighten.message,
        },
      ]
    : [];
  const { prescription } = prescribeFrom(data, opts);
  // The prescription's trial (S9) is the one the plan shows: one source for what is on trial.
  const trial: Trial | undefined = prescription.trialMovementId
    ? {
        movementId: prescription.trialMovementId,
        start: prescription.trialSince ?? data.today,
        end: addDays(prescription.trialUntil!, 1),
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
