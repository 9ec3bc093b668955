/**
 * Plausible values for a recorded activity: what a watch, a file or a person can really
 * give. Values outside are refused, naming the field, rather than stored and counted in
 * load (a run in year 1 or 2099, "Infinity km", a zero-kilometre run).
 */
import type { Activity } from "../activity.js";

export const PLAUSIBLE = {
  earliestYear: 1980,
  /** A start this far after now is a clock error (time zones allow a day). */
  futureToleranceHours: 24,
  seconds: { min: 60, max: 48 * 3600 },
  runKm: { min: 0.1, max: 500 },
  otherKm: { min: 0.01, max: 2000 },
  /** Seconds per km: 2:00/km to 30:00/km. */
  paceSecondsPerKm: { min: 120, max: 1800 },
  heartRate: { min: 25, max: 250 },
  elevationGainMeters: { min: 0, max: 15_000 },
} as const;

/** A figure with its unit as a runner reads it; a value that is no number says so in words. */
function figure(v: number, unit: string): string {
  return Number.isNaN(v) ? "not a number" : `${v} ${unit}`;
}

export interface Implausible {
  field: string;
  message: string;
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
      `${figure(seconds, "s")}: must be 1 minute to 48 hours`,
    );
  }
  if (a.distanceMeters !== undefined) {
    const km = a.distanceMeters / 1000;
    const range = a.sport === "run" ? PLAUSIBLE.runKm : PLAUSIBLE.otherKm;
    if (!Number.isFinite(km) || km < range.min || km > range.max) {
      bad(
        "distanceMeters",
        `a ${a.sport === "run" ? "run" : a.sport} of ${Number.isFinite(km) ? Math.round(km * 100) / 100 : String(km)} km: must be ${range.min} to ${range.max} km`,
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
    bad("avgPaceSecondsPerKm", `${figure(pace, "s/km")}: must be 2:00/km to 30:00/km`);
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
