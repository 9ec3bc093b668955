/**
 * Profile edits from Settings: only the fields the runner changed are sent, lists are
 * comma separated, and the time zone must be one the browser knows.
 */
import type { Profile } from "../../core/journal/types.js";
import { RANGES } from "../../core/schemas/ranges.js";
import type { Weekday } from "../../core/vocabulary.js";
import { commaList } from "../onboarding/about.js";

export interface ProfileEdit {
  equipment: Profile["equipment"];
  goals: string;
  injuries: string;
  timeZone: string;
  units: Profile["units"];
  /** Minutes of care a week as typed; empty = not set (the plan's default). */
  weekBudget: string;
  /** The week's first day; empty = not set (Monday). */
  weekStart: Weekday | "";
}

/** The editable fields as the form shows them. */
export function editFromProfile(p: Profile): ProfileEdit {
  return {
    equipment: p.equipment,
    goals: p.goals.join(", "),
    injuries: p.previousInjuries.join(", "),
    timeZone: p.timeZone,
    units: p.units,
    weekBudget: p.weeklyBudgetMinutes === undefined ? "" : String(p.weeklyBudgetMinutes),
    weekStart: p.weekStart ?? "",
  };
}

/** True when `tz` is an IANA zone this browser can use. */
export function knownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * The PUT /api/profile body holding only what changed, or a problem in words. A setting
 * emptied is sent as null, which clears it (the plan's default then applies).
 *
 * @example
 * profilePatch(profile, { ...editFromProfile(profile), goals: "sub-3 marathon" });
 * // { patch: { goals: ["sub-3 marathon"] } }
 */
export function profilePatch(
  p: Profile,
  e: ProfileEdit,
): { patch: { [K in keyof Profile]?: Profile[K] | null } } | { problem: string } {
  if (!knownTimeZone(e.timeZone))
    return {
      problem: `Time zone "${e.timeZone}" is not one this device knows, e.g. Europe/Berlin.`,
    };
  const [least, most] = RANGES.weeklyBudgetMinutes;
  const budget = e.weekBudget.trim();
  if (budget !== "" && !(/^\d+$/.test(budget) && +budget >= least && +budget <= most))
    return {
      problem: `Minutes a week must be a whole number from ${least} to ${most}, or empty for the default.`,
    };
  const patch: { [K in keyof Profile]?: Profile[K] | null } = {};
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(e.equipment, p.equipment)) patch.equipment = e.equipment;
  const goals = commaList(e.goals);
  if (!same(goals, p.goals)) patch.goals = goals;
  const injuries = commaList(e.injuries);
  if (!same(injuries, p.previousInjuries)) patch.previousInjuries = injuries;
  if (e.timeZone.trim() !== p.timeZone) patch.timeZone = e.timeZone.trim();
  if (e.units !== p.units) patch.units = e.units;
  const minutes = budget === "" ? undefined : Number(budget);
  if (minutes !== p.weeklyBudgetMinutes) patch.weeklyBudgetMinutes = minutes ?? null;
  const start = e.weekStart === "" ? undefined : e.weekStart;
  if (start !== p.weekStart) patch.weekStart = start ?? null;
  return { patch };
}
