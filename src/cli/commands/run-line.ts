/**
 * How one run reads on the command line: the cells of its row in `limber runs`, and the same
 * figures as words, for a command that names the run it acts on.
 */
import type { Units } from "../../core/journal/types.js";
import type { RunListLine } from "../../services/imports/index.js";
import { distanceText, paceText } from "./display.js";
import { duration } from "./load.js";

export interface RunCells {
  /** The run's day in the runner's time zone. */
  date: string;
  /** The run's type ("*" when the runner set it), "run" when not known, or "cross (sport)". */
  type: string;
  distance: string;
  time: string;
  pace: string;
  load: string;
}

/**
 * A run's row as `limber runs` prints it.
 *
 * @example
 * runCells(line, "metric"); // { date: "2026-11-19", type: "easy*", distance: "8.00 km", time: "40:00", pace: "5:00/km", load: "240 AU" }
 */
export function runCells(l: RunListLine, units: Units): RunCells {
  const isRun = l.sport === "run";
  return {
    date: l.date,
    type: isRun
      ? `${l.type ?? "run"}${l.typeSource === "runner" ? "*" : ""}`
      : `cross (${l.sport})`,
    distance: l.distanceKm !== undefined ? distanceText(l.distanceKm, units) : "-",
    time: duration(l.seconds),
    pace: isRun ? paceText(l.paceSecondsPerKm, units) : "-",
    load: `${l.load} AU${l.rpeEstimated ? " ~" : ""}`,
  };
}

/**
 * The run in words, from the same figures: its day, type, time and distance.
 *
 * @example
 * runWords(line, "metric"); // "the easy run of 2026-11-19 (40:00, 8.00 km)"
 * runWords(ride, "metric"); // "the cycling session of 2026-11-18 (1:05:00, 30.00 km)"
 */
export function runWords(l: RunListLine, units: Units): string {
  const c = runCells(l, units);
  const what = l.sport === "run" ? (l.type ? `${l.type} run` : "run") : `${l.sport} session`;
  const figures = [c.time, ...(l.distanceKm !== undefined ? [c.distance] : [])];
  return `the ${what} of ${c.date} (${figures.join(", ")})`;
}
