/**
 * The coach over weeks: week plan, its iCalendar feed and insights, read from the journal.
 *
 * For the HTTP API (all take the journal's database, the user id and "now"; the runner's
 * calendar day and time zone come from their profile):
 * - GET /api/week?budget=MIN&weekStart=DAY
 *     -> weekPlan(database, userId, now, parseWeekOptions({ budget, weekStart })): WeekPlan (JSON)
 * - GET /api/week.ics?budget=MIN&weekStart=DAY
 *     -> weekCalendar(database, userId, now, options): string, served as
 *        `text/calendar; charset=utf-8`; UIDs are stable, so subscriptions update in place.
 * - GET /api/insights -> insightsReport(database, userId, now): Insights (JSON)
 * Bad options throw InputError naming the field (400); nothing is written.
 */
export {
  weekPlan,
  planFrom,
  loadSignalsOf,
  PLAN_LOOKBACK_DAYS,
  WEEK_AHEAD_DAYS,
  PLAN_WINDOW,
  type WeekPlanOptions,
} from "./week.js";
export { insightsReport } from "./insights.js";
export { prescribeFrom } from "./prescription.js";
export { coachDay, prescriptionToday } from "./day.js";
export { weekCalendar, renderWeekCalendar } from "./calendar.js";
export { parseWeekOptions, WEEKDAYS } from "./options.js";
export { readCoachData, type CoachData } from "./data.js";
export type { WeekPlan } from "../../core/plan/types.js";
export type { Insights } from "../../core/insights/types.js";
