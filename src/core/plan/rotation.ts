/**
 * S10: the week's emphasis rotates through region groups in blocks of three weeks, so the
 * work changes before it bores the runner and tissues stay responsive. The block follows
 * from the date alone (weeks counted from a fixed Monday), so every device agrees.
 */
import type { Region } from "../vocabulary.js";
import { addDays, daysBetween, weekStartOf } from "../time/calendar.js";
import type { Emphasis } from "./types.js";

/** Region groups in rotation order. */
export const EMPHASIS_GROUPS: readonly { group: string; regions: Region[] }[] = [
  { group: "lower legs", regions: ["calves", "ankles", "feet", "shins"] },
  { group: "hips", regions: ["glutes", "hip-flexors", "adductors", "hips", "it-band"] },
  { group: "thighs", regions: ["hamstrings", "quads"] },
  { group: "spine and shoulders", regions: ["thoracic", "lower-back", "shoulders", "neck"] },
];

/** Weeks per emphasis block (S10: every 3-4 weeks). */
export const BLOCK_WEEKS = 3;

/** A Monday far enough back that every plausible date comes after it. */
const EPOCH = "2000-01-03";

/**
 * The emphasis of the week that holds `date`.
 *
 * @example
 * emphasisFor("2026-11-23", 1).group; // one of the EMPHASIS_GROUPS, the same for 3 weeks
 */
export function emphasisFor(date: string, weekStartsOn = 1): Emphasis {
  const weekStart = weekStartOf(date, weekStartsOn);
  const epoch = weekStartOf(EPOCH, weekStartsOn);
  const week = Math.floor(daysBetween(epoch, weekStart) / 7);
  const block = Math.floor(week / BLOCK_WEEKS);
  const chosen =
    EMPHASIS_GROUPS[
      ((block % EMPHASIS_GROUPS.length) + EMPHASIS_GROUPS.length) % EMPHASIS_GROUPS.length
    ]!;
  const blockStart = addDays(epoch, block * BLOCK_WEEKS * 7);
  return {
    group: chosen.group,
    regions: [...chosen.regions],
    blockStart,
    nextChange: addDays(blockStart, BLOCK_WEEKS * 7),
    reasons: ["S10"],
  };
}
