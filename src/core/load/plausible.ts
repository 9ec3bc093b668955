/**
 * Plausible values for a recorded activity: what a watch, a file or a person can really
 * give. Values outside are refused, naming the field, rather than stored and counted in
 * load (a run in year 1 or 2099, "Infinity km", a zero-kilometre run).
 */
import type { Activity } from "../activity.js";
import { EARLIEST_RUN_DAY, FUTURE_SLACK_MS, RANGES } from "../schemas/ranges.js";

/**
 * What an imported activity must look like to count, built on the one set of plausible ranges
 * in src/core/schemas/ranges.ts (which manual entry, the API and restore use), so whatever an
 * import stores, a backup brings back. The only additions are import's own floor: a record of
 * under a minute, or a run of under 100 m, is a watch started by mistake, not training.
 */
export const PLAUSIBLE = {
  earliestYear: Number(EARLIEST_RUN_DAY.slice(0, 4)),
  /** A start this far after now is a clock error (time zones allow a day). */
  futureToleranceHours: FUTURE_SLACK_MS / 3_600_000,
  seconds: { min: 60, max: RANGES.activitySeconds[1] },
  runKm: { min: RANGES.manualRunKm[0], max: RANGES.manualRunKm[1] },
  otherKm: { min: 0.01, max: RANGES.activityMeters[1] / 1000 },
  paceSecondsPerKm: { min: RANGES.paceSecondsPerKm[0], max: RANGES.paceSecondsPerKm[1] },
  heartRate: { min: RANGES.heartRate[0], max: RANGES.heartRate[1] },
  elevationGainMeters: { min: RANGES.elevationMeters[0], max: RANGES.elevationMeters[1] },
} as const;

export interface Implausible {
  field: string;
  message: string;
}

/** A figure with its unit, or plain words when the file holds no real number there. */
function figure(v: number, unit: string): string {
  return Number.isFinite(v) ? `${v} ${unit}` : "a value that is not a real number";
}

/** "2:00/km" from seconds per km. */
function paceText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}/km`;
}

/**
 * The fields of an activity outside plausible ranges (empty when all are plausible).
 * `planned` allows a start in the future.
 *
 * @example
 * implausibleFields({ ...run, distanceMeters: 0 }, new Date());
 * // [{ field: "distanceMeters", message: "a run of 0 km: must be 0.1 to 500 km" }]
 */
export function implausibleFields(
  a: Activity,
  now: Date,
  opts: { planned?: boolean } = {},
): Implausible[] {
  const out: Implausible[] = [];
  const bad = (field: string, message: string) => out.push({ field, message });
  const t = Date.parse(a.startTime);
  if (!Number.isFinite(t)) bad("startTime", `is not a date and time: ${a.startTime}`);
  else {
    const year = new Date(t).getUTCFullYear();
    if (year < PLAUSIBLE.earliestYear)
      bad("startTime", `year ${year} is before ${PLAUSIBLE.earliestYear}`);
    if (!opts.planned && t > now.getTime() + PLAUSIBLE.futureToleranceHours * 3_600_000) {
      bad("startTime", `${a.startTime} is in the future; only planned runs may be`);
    }
  }
  const seconds = a.movingSeconds ?? a.elapsedSeconds;
  if (
    !Number.isFinite(seconds) ||
    seconds < PLAUSIBLE.seconds.min ||
    seconds > PLAUSIBLE.seconds.max
  ) {
    bad(
      a.movingSeconds !== undefined ? "movingSeconds" : "elapsedSeconds",
      `${figure(seconds, "s")}: must be 1 minute to ${PLAUSIBLE.seconds.max / 86_400} days`,
    );
  }
  if (a.distanceMeters !== undefined) {
    const km = a.distanceMeters / 1000;
    const range = a.sport === "run" ? PLAUSIBLE.runKm : PLAUSIBLE.otherKm;
    if (!Number.isFinite(km) || km < range.min || km > range.max) {
      bad(
        "distanceMeters",
        `a ${a.sport === "run" ? "run" : a.sport} of ${figure(Math.round(km * 100) / 100, "km")}: must be ${range.min} to ${range.max} km`,
      );
    }
  }
  const pace = a.avgPaceSecondsPerKm;
  if (
    a.sport === "run" &&
    pace !== undefined &&
    (!Number.isFinite(pace) ||
      pace < PLAUSIBLE.paceSecondsPerKm.min ||
      pace > PLAUSIBLE.paceSecondsPerKm.max)
  ) {
    bad(
      "avgPaceSecondsPerKm",
      `${figure(pace, "s/km")}: must be ${paceText(PLAUSIBLE.paceSecondsPerKm.min)} to ${paceText(PLAUSIBLE.paceSecondsPerKm.max)}`,
    );
  }
  for (const k of ["avgHeartRate", "maxHeartRate"] as const) {
    const v = a[k];
    if (
      v !== undefined &&
      (!Number.isFinite(v) || v < PLAUSIBLE.heartRate.min || v > PLAUSIBLE.heartRate.max)
    ) {
      bad(
        k,
        `${figure(v, "bpm")}: must be ${PLAUSIBLE.heartRate.min} to ${PLAUSIBLE.heartRate.max} bpm`,
      );
    }
  }
  const gain = a.elevationGainMeters;
  if (
    gain !== undefined &&
    (!Number.isFinite(gain) || gain < 0 || gain > PLAUSIBLE.elevationGainMeters.max)
  ) {
    bad(
      "elevationGainMeters",
      `${figure(gain, "m")}: must be 0 to ${PLAUSIBLE.elevationGainMeters.max} m`,
    );
  }
  return out;
}
