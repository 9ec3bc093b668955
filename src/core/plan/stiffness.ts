/**
 * L11: a region that stays stiff across self-checks gets a larger share of the time.
 * "Stays stiff" = stiffness 5/10 or more in at least two of the last three body checks of
 * the past 28 days (sides merged by their higher value).
 */
import type { BodyCheck } from "../journal/types.js";
import { byDayThenLogged } from "../time/logged-order.js";
import type { Region } from "../vocabulary.js";
import { daysBetween } from "../time/calendar.js";
import type { StiffRegion } from "./types.js";

export const STIFF_THRESHOLD = 5;
const LOOKBACK_DAYS = 28;
const CHECKS = 3;

/**
 * Regions that stayed stiff, stiffest first.
 *
 * @example
 * stiffRegions(bodyChecks, "2026-11-23"); // [{ region: "calves", stiffness: 6.5, checks: 2 }]
 */
export function stiffRegions(bodyChecks: readonly BodyCheck[], today: string): StiffRegion[] {
  const recent = bodyChecks
    .filter((c) => {
      const age = daysBetween(c.date, today);
      return age >= 0 && age <= LOOKBACK_DAYS;
    })
    .sort(byDayThenLogged)
    .slice(-CHECKS);
  const seen = new Map<Region, number[]>();
  for (const check of recent) {
    const perRegion = new Map<Region, number>();
    for (const e of check.entries)
      perRegion.set(e.region, Math.max(perRegion.get(e.region) ?? 0, e.stiffness));
    for (const [region, s] of perRegion) seen.set(region, [...(seen.get(region) ?? []), s]);
  }
  const out: StiffRegion[] = [];
  for (const [region, values] of seen) {
    const stiff = values.filter((v) => v >= STIFF_THRESHOLD);
    if (stiff.length >= 2) {
      out.push({
        region,
        stiffness: round1(stiff.reduce((a, b) => a + b, 0) / stiff.length),
        checks: stiff.length,
      });
    }
  }
  return out.sort((a, b) => b.stiffness - a.stiffness || a.region.localeCompare(b.region));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
