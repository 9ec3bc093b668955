/**
 * Week-plan options as text (CLI flags, API query parameters) -> WeekPlanOptions, with
 * InputErrors that name the field as the caller spelled it.
 */
import { allowed, InputError } from "../../core/errors.js";
import { MAX_BUDGET_MINUTES, MIN_BUDGET_MINUTES } from "../../core/plan/plan-week.js";
import type { WeekPlanOptions } from "./week.js";

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/**
 * @example
 * parseWeekOptions({ budget: "90", weekStart: "sunday" }); // { budgetMinutes: 90, weekStartsOn: 0 }
 * parseWeekOptions({ budget: "x" }, { budget: "--budget" }); // throws InputError "--budget: must be ..."
 */
export function parseWeekOptions(
  raw: { budget?: string; weekStart?: string },
  names: { budget?: string; weekStart?: string } = {},
): WeekPlanOptions {
  const out: WeekPlanOptions = {};
  if (raw.budget !== undefined) {
    const n = Number(raw.budget.trim());
    if (!/^\d+$/.test(raw.budget.trim()) || n < MIN_BUDGET_MINUTES || n > MAX_BUDGET_MINUTES) {
      throw new InputError(
        names.budget ?? "budget",
        `must be a whole number of minutes from ${MIN_BUDGET_MINUTES} to ${MAX_BUDGET_MINUTES}, got "${raw.budget}"`,
      );
    }
    out.budgetMinutes = n;
  }
  if (raw.weekStart !== undefined) {
    const i = WEEKDAYS.indexOf(raw.weekStart.trim().toLowerCase() as (typeof WEEKDAYS)[number]);
    if (i < 0)
      throw new InputError(
        names.weekStart ?? "weekStart",
        `must be ${allowed(WEEKDAYS)}, got "${raw.weekStart}"`,
      );
    out.weekStartsOn = i;
  }
  return out;
}
