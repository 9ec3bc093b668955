/**
 * How a run card reads: the day with its year, what the activity was (a run with its type,
 * or cross-training such as a ride or a swim) and its load in arbitrary units.
 */
import type { RunRecord } from "../../core/journal/types.js";

/** One line of the load report: the server's load for a run (RPE x minutes, AU). */
export interface LoadLine {
  id: string;
  load: number;
  rpeEstimated: boolean;
}

/**
 * The server's load when it has one, else session-RPE load from the record itself.
 *
 * @example
 * loadText(run, new Map()); // "load 240 AU" (40 min at RPE 6)
 */
export function loadText(r: RunRecord, lines: ReadonlyMap<string, LoadLine>): string | undefined {
  const line = lines.get(r.id);
  const au = line
    ? Math.round(line.load)
    : r.rpe === undefined
      ? undefined
      : Math.round((r.activity.elapsedSeconds / 60) * r.rpe);
  if (au === undefined || !Number.isFinite(au)) return undefined;
  const estimated = line ? line.rpeEstimated : (r.rpeEstimated ?? false);
  return `load ${au} AU${estimated ? " (estimated)" : ""}`;
}

/**
 * "Run" or "Cross-training: ride", from the activity's sport.
 *
 * @example
 * sportText(rideRecord); // "Cross-training: ride"
 */
export function sportText(r: RunRecord): string {
  if (r.activity.sport === "run") return "Run";
  return `Cross-training: ${r.activity.sport.replace(/[-_]/g, " ")}`;
}

/**
 * The day an activity started, with its year, in the device's zone.
 *
 * @example
 * dayWithYear("2024-03-09T07:00:00Z"); // "Sat 9 Mar 2024"
 */
export function dayWithYear(instant: string): string {
  return new Date(instant).toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}
