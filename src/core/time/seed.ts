/**
 * The default routine seed, one meaning everywhere (CLI `routine` and `today`, the API's
 * `/api/routine` and `/api/today`, the offline app): the runner's calendar day, so a day
 * gives the same routine on every device and a new one tomorrow.
 */
import { localDay, type InstantLike } from "./calendar.js";

/**
 * The seed of a calendar day `YYYY-MM-DD`: the day as the number yyyymmdd.
 *
 * @example
 * daySeed("2026-11-21"); // 20261121
 */
export function daySeed(day: string): number {
  return Number(day.replaceAll("-", ""));
}

/**
 * The default seed at an instant for a runner in `timeZone`.
 *
 * @example
 * defaultSeed("2026-11-20T23:30:00Z", "Europe/Berlin"); // 20261121 (already Saturday in Berlin)
 */
export function defaultSeed(now: InstantLike, timeZone: string): number {
  return daySeed(localDay(now, timeZone));
}
