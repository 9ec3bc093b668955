/**
 * Which stored runs are today's: one decision for the routine (the journal snapshot), the
 * load shaping and the app's offline cache. A module of its own, with nothing but types
 * imported, so the app's first screen can use it without the movement library and engine.
 */
import type { RunRecord } from "./types.js";

/**
 * The runs that are today's, of those stored (oldest first): not planned, begun before
 * `until` (now, or the day's end) and ended at or after `from`, the start of the runner's
 * day. A run begun before midnight and finished after it is today's: the post-run session
 * follows it, not yesterday's.
 *
 * @example
 * runsOfToday(window, "2026-11-20T23:00:00.000Z", "2026-11-21T00:20:00.000Z");
 */
export function runsOfToday(runs: readonly RunRecord[], from: string, until: string): RunRecord[] {
  const fromMs = Date.parse(from);
  return runs.filter(
    (r) =>
      !r.planned &&
      r.activity.startTime < until &&
      Date.parse(r.activity.startTime) + r.activity.elapsedSeconds * 1000 >= fromMs,
  );
}
