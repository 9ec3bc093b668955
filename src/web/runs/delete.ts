/**
 * Deleting a run from the Runs screen: which activities offer it (done ones: a planned run
 * is changed in the week plan) and how the run is named in the button, the question and the
 * answer, with the figures its card shows.
 */
import { runTypeOf, type RunRecord, type Units } from "../../core/journal/types.js";
import { upperFirst } from "../../core/text/first-letter.js";
import { formatDistance, formatDuration } from "../app/units.js";
import { dayWithYear } from "./format.js";

/**
 * Whether the Runs screen offers Delete for this activity: every done one.
 *
 * @example
 * canDelete(importedRun); // true
 * canDelete({ ...run, planned: true }); // false
 */
export function canDelete(r: RunRecord): boolean {
  return !r.planned;
}

/**
 * The activity in words: its type, day, duration and distance.
 *
 * @example
 * runWords(easyRun, "metric"); // "the easy run of Sat 9 Mar 2024 (40 min, 8.0 km)"
 * runWords(ride, "metric"); // "the cycling session of Sat 9 Mar 2024 (65 min)"
 */
export function runWords(r: RunRecord, units: Units): string {
  const a = r.activity;
  const type = runTypeOf(r);
  const what =
    a.sport === "run" ? (type ? `${type} run` : "run") : `${a.sport.replace(/[-_]/g, " ")} session`;
  const figures = [formatDuration(a.elapsedSeconds)];
  if (a.distanceMeters !== undefined) figures.push(formatDistance(a.distanceMeters, units));
  return `the ${what} of ${dayWithYear(a.startTime)} (${figures.join(", ")})`;
}

/**
 * What the runner is told once a run is deleted: what went, and what no longer counts it.
 *
 * @example
 * deletedText(easyRun, "metric");
 * // "Deleted the easy run of Sat 9 Mar 2024 (40 min, 8.0 km). Your training load no longer counts it."
 */
export function deletedText(r: RunRecord, units: Units): string {
  return `Deleted ${runWords(r, units)}. Your training load no longer counts it.`;
}

/**
 * What the runner is told when the run was gone already (deleted on another device).
 *
 * @example
 * alreadyDeletedText(easyRun, "metric");
 * // "The easy run of Sat 9 Mar 2024 (40 min, 8.0 km) was deleted already."
 */
export function alreadyDeletedText(r: RunRecord, units: Units): string {
  return `${upperFirst(runWords(r, units))} was deleted already.`;
}
