/**
 * Which stored runs are today's: one decision for the routine (the journal snapshot), the
 * load shaping and the app's offline cache. A module of its own, importing only the
 * calendar, so the app's first screen can use it without the movement library and engine.
 */
import { dayBounds, type InstantLike } from "../time/calendar.js";
import type { RunRecord } from "./types.js";

/**
 * The runs of `day` (the runner's calendar day in `timeZone`), in the order given: not
 * planned, begun before `now` (or before the day's end, for a day already over) and ended at
 * or after the day's start. A run begun before midnight and finished after it is the day's:
 * the post-run session follows it, not yesterday's.
 *
 * @example
 * runsOfToday(window, "2026-11-21", "UTC", new Date("2026-11-21T08:00:00Z"));
 */
export function runsOfToday(
  runs: readonly RunRecord[],
  day: string,
  timeZone: string,
  now: InstantLike,
): RunRecord[] {
  const { from, to } = dayBounds(day, timeZone);
  const nowIso = new Date(now).toISOString();
  const until = nowIso < to ? nowIso : to;
  const fromMs = Date.parse(from);
  return runs.filter(
    (r) =>
      !r.planned &&
      r.activity.startTime < until &&
      Date.parse(r.activity.startTime) + r.activity.elapsedSeconds * 1000 >= fromMs,
  );
}
