/**
 * The coach's word on one day, read once: the prescription (S8-S10, H2, X5) and the week
 * plan it shapes. Today's routine takes both from here, and `limber week` plans from the same
 * read and the same functions, so the two never name a different session or trial for today.
 */
import { MOVEMENTS } from "../../core/catalog/index.js";
import { trialLines } from "../../core/plan/prescription.js";
import { kindsLoggedOn } from "../../core/journal/planned-today.js";
import type { Prescription } from "../../core/plan/prescription-types.js";
import type { LoadSignal, WeekPlan } from "../../core/plan/types.js";
import type { RunRecord } from "../../core/journal/types.js";
import type { SessionKind } from "../../core/vocabulary.js";
import type { Database } from "../../store/index.js";
import { readCoachData } from "./data.js";
import { prescribeFrom } from "./prescription.js";
import { PLAN_WINDOW, planFrom } from "./week.js";

/**
 * Today's prescription and the week plan from it, with the week's default options (the ones
 * `limber week` uses without flags). `runs`, when the caller has read them already for
 * PLAN_WINDOW, saves reading them again; a prescription the caller brings wins.
 *
 * @example
 * const { prescription, plan, loggedToday } = await coachDay(database, LOCAL_USER_ID, new Date(), { loadSignals: [] });
 * plan.days[0].sessions.find((s) => !s.done); // what is next today
 * loggedToday; // ["mini"]: the kinds logged today, which mark the plan's sessions done
 */
export async function coachDay(
  database: Database,
  userId: string,
  now: Date,
  opts: { loadSignals: LoadSignal[]; runs?: readonly RunRecord[]; prescription?: Prescription },
): Promise<{ prescription: Prescription; plan: WeekPlan; loggedToday: SessionKind[] }> {
  const data = await readCoachData(database, userId, now, {
    ...PLAN_WINDOW,
    ...(opts.runs ? { runs: opts.runs } : {}),
  });
  const plan = planFrom(
    data,
    opts.loadSignals,
    opts.prescription ? { prescription: opts.prescription } : {},
  );
  return {
    prescription: plan.prescription!,
    plan,
    loggedToday: kindsLoggedOn(data.sessions, data.today, data.timeZone),
  };
}

/**
 * Today's prescription alone, read exactly as `coachDay` reads it, with the trial in words.
 *
 * @example
 * const { prescription, lines } = await prescriptionToday(database, LOCAL_USER_ID, new Date());
 * lines; // ["On trial: Hip circles since Tue 1 Dec, done on 3 of the 6 days it needs; until Tue 15 Dec at the earliest (Tue 5 Jan at the latest); nothing else new until then (S9)."]
 */
export async function prescriptionToday(
  database: Database,
  userId: string,
  now: Date,
): Promise<{ day: string; prescription: Prescription; lines: string[] }> {
  const data = await readCoachData(database, userId, now, PLAN_WINDOW);
  const { prescription } = prescribeFrom(data);
  return { day: data.today, prescription, lines: trialLines(prescription, MOVEMENTS) };
}
