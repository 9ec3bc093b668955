/**
 * The days of the week a runner who logs runs after the fact keeps free of training, read
 * from their log (L7, L8): a week plan with no run planned still knows that a runner who has
 * not run on a Tuesday for four weeks will most likely not run next Tuesday either, so that
 * day gets the rest day's longer session instead of the daily mini. And how many days a week
 * they usually train, so that one planned run is not taken for the whole week's running.
 */
import type { RunRecord } from "../journal/types.js";
import { addDays, daysBetween, localDay, weekdayOf } from "../time/calendar.js";

/** Weeks of log read back from today. */
export const HABIT_WEEKS = 4;
/**
 * Weeks of those with at least one logged activity: with fewer, the runner is new to logging
 * (or was away), and a day without a run says nothing about their habit.
 */
export const HABIT_MIN_WEEKS = 3;

/**
 * The weekdays (0 = Sunday ... 6 = Saturday) with no run or cross-training logged in the
 * HABIT_WEEKS weeks before `today`, when the runner logged activities in at least
 * HABIT_MIN_WEEKS of them; an empty set when they did not. Planned runs are not habits: only
 * what was done counts.
 *
 * @example
 * usualFreeWeekdays(runs, "2026-02-02", "Europe/Paris"); // Set { 2, 4 }: no run on a Tuesday or a Thursday since 5 January
 */
export function usualFreeWeekdays(
  runs: readonly RunRecord[],
  today: string,
  timeZone: string,
): Set<number> {
  const { days, weeks } = loggedDays(runs, today, timeZone);
  if (weeks < HABIT_MIN_WEEKS) return new Set();
  const active = new Set([...days].map(weekdayOf));
  return new Set([0, 1, 2, 3, 4, 5, 6].filter((d) => !active.has(d)));
}

/**
 * Days with a run or cross-training logged, per week with any, over the HABIT_WEEKS weeks
 * before `today` (0 with none logged): how many days a week this runner usually trains. A week
 * with fewer runs planned than that is not the whole week's running, only part of it.
 *
 * @example
 * usualActiveDaysPerWeek(runs, "2026-12-07", "Europe/Paris"); // 6: twelve days out of two weeks
 */
export function usualActiveDaysPerWeek(
  runs: readonly RunRecord[],
  today: string,
  timeZone: string,
): number {
  const { days, weeks } = loggedDays(runs, today, timeZone);
  return weeks ? days.size / weeks : 0;
}

/**
 * The days with a run or cross-training done (planned runs are not habits) in the HABIT_WEEKS
 * weeks before `today`, and how many of those weeks, counted back from today so each holds
 * seven whole days, have any.
 */
function loggedDays(
  runs: readonly RunRecord[],
  today: string,
  timeZone: string,
): { days: Set<string>; weeks: number } {
  const from = addDays(today, -7 * HABIT_WEEKS);
  const days = new Set<string>();
  const weeks = new Set<number>();
  for (const r of runs) {
    if (r.planned === true) continue;
    const day = localDay(r.activity.startTime, timeZone);
    if (day < from || day >= today) continue;
    days.add(day);
    weeks.add(Math.floor(daysBetween(from, day) / 7));
  }
  return { days, weeks: weeks.size };
}
