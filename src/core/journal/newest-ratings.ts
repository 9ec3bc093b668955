/**
 * A1: which body-check rating counts for each region today. Checks may record a few regions
 * each (one region a day in the CLI, or the whole body map in the app), so "the newest
 * check" would forget a region rated two days earlier; instead every region keeps its own
 * newest rating, as long as that rating is inside the window.
 */
import { daysBetween } from "../time/calendar.js";
import type { RegionRef } from "../vocabulary.js";
import type { BodyCheck, BodyCheckEntry } from "./types.js";

/** One region's newest rating and the day of the check it came from. */
export interface RegionRating extends BodyCheckEntry {
  /** Calendar day of the check that holds this rating. */
  date: string;
}

/** The key a rating is stored under: the region with its side, e.g. "calves-left". */
export function regionKey(e: Pick<BodyCheckEntry, "region" | "side">): RegionRef {
  return (e.side ? `${e.region}-${e.side}` : e.region) as RegionRef;
}

/**
 * The newest rating of each region from checks dated `day` or earlier and at most
 * `maxAgeDays` days before it. Ties on the day go to the later `createdAt`; inside one check,
 * a region listed twice keeps its last entry.
 *
 * @example
 * newestRatingPerRegion(
 *   [{ id: "a", date: "2026-05-01", createdAt: "2026-05-01T07:00:00Z", entries: [calves8, hamstrings7] },
 *    { id: "b", date: "2026-05-02", createdAt: "2026-05-02T07:00:00Z", entries: [glutes2] }],
 *   "2026-05-03", 28,
 * ); // calves 8, hamstrings 7 and glutes 2, each with its own date
 */
export function newestRatingPerRegion(
  checks: readonly BodyCheck[],
  day: string,
  maxAgeDays: number,
): Map<RegionRef, RegionRating> {
  const inWindow = checks.filter((c) => {
    const age = daysBetween(c.date, day);
    return age >= 0 && age <= maxAgeDays;
  });
  // Oldest first, so a newer rating overwrites an older one of the same region.
  inWindow.sort((a, b) =>
    a.date === b.date ? a.createdAt.localeCompare(b.createdAt) : a.date.localeCompare(b.date),
  );
  const out = new Map<RegionRef, RegionRating>();
  for (const c of inWindow)
    for (const e of c.entries) out.set(regionKey(e), { ...e, date: c.date });
  return out;
}
