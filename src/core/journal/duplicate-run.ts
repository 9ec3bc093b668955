/**
 * When two activity records are the same activity: the rule that keeps one run from being
 * stored twice when it arrives from two sources (a watch's FIT file and a TCX export of it,
 * or a Strava export next to the original files). The store asks it inside its write
 * transaction; imports and manual entry go through the store, so the rule lives only here.
 */
import type { ActivitySport } from "../activity.js";

/** Same activity if start times are this close... */
export const DUPLICATE_START_SECONDS = 60;
/** ...and distances differ by at most this fraction of the longer one. */
export const DUPLICATE_DISTANCE_FRACTION = 0.03;

/** What the rule compares: sport, start instant (ISO) and distance when known. */
export interface ActivityKey {
  sport: ActivitySport | string;
  startTime: string;
  distanceMeters?: number | null;
}

/**
 * The start instants [from, to] (ISO) in which a duplicate of an activity starting at
 * `startTime` may start: the window the store searches.
 *
 * @example
 * duplicateStartWindow("2026-11-20T07:00:00.000Z");
 * // { from: "2026-11-20T06:59:00.000Z", to: "2026-11-20T07:01:00.000Z" }
 */
export function duplicateStartWindow(startTime: string): { from: string; to: string } {
  const t = Date.parse(startTime);
  return {
    from: new Date(t - DUPLICATE_START_SECONDS * 1000).toISOString(),
    to: new Date(t + DUPLICATE_START_SECONDS * 1000).toISOString(),
  };
}

/** True when two distances agree within 3 % (both unknown also agree; one unknown does not). */
export function sameDistance(a: number | null | undefined, b: number | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  const larger = Math.max(x, y);
  return larger === 0 || Math.abs(x - y) <= DUPLICATE_DISTANCE_FRACTION * larger;
}

/**
 * True when `a` and `b` are the same activity: same sport, starts within 60 s, distances
 * within 3 %.
 *
 * @example
 * isSameActivity(
 *   { sport: "run", startTime: "2026-11-20T07:00:00Z", distanceMeters: 10_000 },
 *   { sport: "run", startTime: "2026-11-20T07:00:40Z", distanceMeters: 10_150 },
 * ); // true
 */
export function isSameActivity(a: ActivityKey, b: ActivityKey): boolean {
  if (a.sport !== b.sport) return false;
  if (Math.abs(Date.parse(a.startTime) - Date.parse(b.startTime)) > DUPLICATE_START_SECONDS * 1000)
    return false;
  return sameDistance(a.distanceMeters, b.distanceMeters);
}
