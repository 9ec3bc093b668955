/**
 * A stored run for the journal's tests: a manual run starting at `start` (an ISO instant,
 * also its id) that lasts `minutes`.
 *
 * @example
 * runAt("2026-11-20T22:45:00Z", 95); // begun before midnight, ended after it
 */
import type { RunRecord } from "../types.js";

export const runAt = (
  start: string,
  minutes: number,
  extra: Partial<RunRecord> = {},
): RunRecord => ({
  id: start,
  createdAt: start,
  activity: {
    sport: "run",
    startTime: start,
    elapsedSeconds: minutes * 60,
    laps: [],
    source: { kind: "manual" },
  },
  ...extra,
});
