/**
 * Insights for a runner from their journal (`limber insights`, GET /api/insights).
 */
import { TECHNIQUE_WINDOW_DAYS } from "../../core/insights/insights.js";
import type { Insights } from "../../core/insights/types.js";
import type { Database } from "../../store/index.js";
import { readCoachData } from "./data.js";
import { prescribeFrom } from "./prescription.js";

/**
 * Everything the journal can honestly say up to the runner's today: ROM wins and side
 * differences, per-technique associations with intervals, run comfort, adherence.
 *
 * @example
 * const report = await insightsReport(database, LOCAL_USER_ID, new Date());
 * report.techniques[0].verdict; // "helps" | "no-clear-effect" | "worse" | "not-enough-data"
 * report.summary; // three to five plain sentences
 */
export async function insightsReport(
  database: Database,
  userId: string,
  now: Date,
  opts: { weekStartsOn?: number } = {},
): Promise<Insights> {
  const data = await readCoachData(database, userId, now, {
    lookbackDays: TECHNIQUE_WINDOW_DAYS + 1,
    aheadDays: 0,
    allRomTests: true,
    read: { painFlags: false, professionalPlan: false },
  });
  return prescribeFrom(data, opts).insights;
}
