/**
 * Week-plan options as text (CLI flags, API query parameters) -> WeekPlanOptions, with
 * InputErrors that name the field as the caller spelled it.
 */
import { allowed, InputError } from "../../core/errors.js";
import { weekStartsOnOf, type Profile } from "../../core/journal/types.js";
import { MAX_BUDGET_MINUTES, MIN_BUDGET_MINUTES } from "../../core/plan/plan-week.js";
import { WEEKDAYS } from "../../core/vocabulary.js";
import type { WeekPlanOptions } from "./week.js";

export { WEEKDAYS };

/**
 * The week options the coach plans with: what the caller asks for (a flag, a query
 * parameter), else what the runner set in their profile, else the plan's defaults (absent).
 * `limber week`, `limber today`, insights and the API all pass through here, so a budget or
 * week start the runner saved shapes every one of them alike.
 *
 * @example
 * weekOptionsOf({ ...profile, weeklyBudgetMinutes: 60, weekStart: "sunday" }, {});
 * // { budgetMinutes: 60, weekStartsOn: 0 }
 * weekOptionsOf({ ...profile, weeklyBudgetMinutes: 60 }, { budgetMinutes: 90 }); // { budgetMinutes: 90 }
 */
export function weekOptionsOf(profile: Profile | null, asked: WeekPlanOptions): WeekPlanOptions {
  const budgetMinutes = asked.budgetMinutes ?? profile?.weeklyBudgetMinutes;
  const weekStartsOn =
    asked.weekStartsOn ?? (profile?.weekStart ? weekStartsOnOf(profile) : undefined);
  return {
    ...(budgetMinutes !== undefined ? { budgetMinutes } : {}),
    ...(weekStartsOn !== undefined ? { weekStartsOn } : {}),
  };
}

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
