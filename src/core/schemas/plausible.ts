/**
 * The one plausibility check of a recorded activity, built on the same schema and ranges
 * as manual entry, the API and `restore` (journal.ts, ranges.ts): an activity an importer
 * accepts is one `restore` accepts later. Values outside are refused, naming the field,
 * rather than stored and counted in load (a run in year 1 or 2099, "Infinity km").
 */
import type { Activity as ActivityType } from "../activity.js";
import { Activity } from "./journal.js";
import { fieldPath } from "./parse.js";
import { implausibleStart, paceText, RANGES } from "./ranges.js";

export interface Implausible {
  field: string;
  message: string;
}

/**
 * Import's own floor on top of the stored ranges: a record of under a minute, a run under
 * 100 m or over 500 km (a manual run's range), or a run's pace outside 1:00-60:00/km is a
 * watch started by mistake or a broken file, not training.
 */
export const IMPORT_FLOOR = {
  minSeconds: 60,
  runKm: RANGES.manualRunKm,
  paceSecondsPerKm: RANGES.paceSecondsPerKm,
} as const;

/** A file's NaN or Infinity said in words: people do not read "got NaN". */
function inWords(message: string): string {
  return message.replace(/got -?(NaN|Infinity)$/, "got a value that is not a real number");
}

function importFloorProblems(a: ActivityType): Implausible[] {
  const out: Implausible[] = [];
  const seconds = a.movingSeconds ?? a.elapsedSeconds;
  if (seconds < IMPORT_FLOOR.minSeconds) {
    out.push({
      field: a.movingSeconds !== undefined ? "movingSeconds" : "elapsedSeconds",
      message: `${seconds} s: must be at least 1 minute`,
    });
  }
  if (a.sport !== "run") return out;
  const [minKm, maxKm] = IMPORT_FLOOR.runKm;
  if (a.distanceMeters !== undefined) {
    const km = Math.round(a.distanceMeters / 10) / 100;
    if (km < minKm || km > maxKm)
      out.push({
        field: "distanceMeters",
        message: `a run of ${km} km: must be ${minKm} to ${maxKm} km`,
      });
  }
  const pace = a.avgPaceSecondsPerKm;
  const [fast, slow] = IMPORT_FLOOR.paceSecondsPerKm;
  if (pace !== undefined && (pace < fast || pace > slow)) {
    out.push({
      field: "avgPaceSecondsPerKm",
      message: `${pace} s/km: must be ${paceText(fast)} to ${paceText(slow)}`,
    });
  }
  return out;
}

/**
 * The fields of an activity that cannot be stored, or that import refuses (its floor),
 * each named with what is allowed; empty when it can be stored. `planned` allows a start
 * in the future (a planned run from a calendar).
 *
 * @example
 * implausibleFields({ ...run, avgHeartRate: 300 }, new Date());
 * // [{ field: "avgHeartRate", message: "must be a number from 20 to 250 bpm, got 300" }]
 * implausibleFields({ ...run, distanceMeters: 0 }, new Date());
 * // [{ field: "distanceMeters", message: "a run of 0 km: must be 0.1 to 500 km" }]
 */
export function implausibleFields(
  activity: ActivityType,
  now: Date,
  opts: { planned?: boolean } = {},
): Implausible[] {
  const out: Implausible[] = [];
  // A start time that reads as a date but lies out of range (year 1, year 275760) is said
  // as such ("is in the future"), not as a malformed date: that is what the runner can act on.
  const start = implausibleStart(activity.startTime, now, opts);
  const parsed = Activity.safeParse(activity);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path) || "activity";
      if (!(start && field === "startTime")) out.push({ field, message: inWords(issue.message) });
    }
  if (start) out.push({ field: "startTime", message: start });
  // The floor only where the stored range already holds, so each field has one message.
  if (parsed.success) out.push(...importFloorProblems(activity));
  return out;
}
