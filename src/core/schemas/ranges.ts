/**
 * Plausible values, defined once: manual entry, the API, `restore` and the importers all
 * check against these, so a value one of them stores is a value the others accept.
 * Each range is [min, max], inclusive, in the unit its name says.
 */
import { ROM_UNITS, type RomTestKind } from "../journal/types.js";

export const RANGES = {
  /** 0-10 self-ratings: stiffness, tenderness, soreness, pain, next-run comfort. */
  score: [0, 10],
  /** 1-5 mood and energy after a session. */
  moodEnergy: [1, 5],
  /** Rate of perceived exertion, 0-10 (CR-10). */
  rpe: [0, 10],
  /** A run entered by hand, minutes. */
  manualRunMinutes: [1, 24 * 60],
  /** A run entered by hand, km. */
  manualRunKm: [0.1, 500],
  /**
   * The pace of a run entered or planned by hand, seconds per km: 2:00/km (faster than
   * anyone runs for a minute; the 800 m world record is about 2:06/km) to 60:00/km.
   */
  manualRunPaceSecondsPerKm: [120, 3600],
  /** RPE a runner gives by hand, whole 1-10. */
  manualRpe: [1, 10],
  /** One activity's duration, seconds (up to a 7-day ultra). */
  activitySeconds: [0, 7 * 86_400],
  /** One activity's distance, metres. */
  activityMeters: [0, 1_000_000],
  /** Elevation gain of one activity, metres. */
  elevationMeters: [0, 30_000],
  /** Heart rate, beats per minute. */
  heartRate: [20, 250],
  /** Pace, seconds per km (1:00/km to 60:00/km). */
  paceSecondsPerKm: [60, 3600],
  /** Cadence, steps or revolutions per minute. */
  cadence: [0, 300],
  /** Profile anchors, beats per minute. */
  maxHeartRate: [100, 230],
  restingHeartRate: [25, 120],
  thresholdHeartRate: [80, 230],
  yearsRunning: [0, 80],
  weeklyDistanceKm: [0, 500],
  hoursSittingPerDay: [0, 24],
  /** Minutes of care a week may hold (the week plan's budget). */
  weeklyBudgetMinutes: [20, 600],
  /** Seconds for a pressed spot's sensation to fade (A1). */
  fadeSeconds: [0, 600],
  /** Routine items in one logged session (the engine gives far fewer). */
  routineItems: [0, 100],
  /** Techniques a runner adds to one logged session beyond its routine. */
  addedItems: [0, 20],
  /** Seconds the runner spent on a technique they added to a session: 10 s to an hour. */
  addedSeconds: [10, 3600],
  /** Regions in one body check. */
  bodyCheckEntries: [1, 45],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * A pace as people read it.
 *
 * @example
 * paceText(125); // "2:05/km"
 */
export function paceText(secondsPerKm: number): string {
  const s = Math.round(secondsPerKm);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}/km`;
}

/**
 * Why `minutes` and `km` of a run entered or planned by hand make a pace no runner runs, or
 * null when the pace is plausible.
 *
 * @example
 * manualPaceProblem(30, 500);
 * // "500 km in 30 minutes is a pace of 0:04/km; a run's pace must be 2:00/km to 60:00/km: check minutes and km"
 */
export function manualPaceProblem(minutes: number, km: number): string | null {
  const pace = (minutes * 60) / km;
  const [fast, slow] = RANGES.manualRunPaceSecondsPerKm;
  if (pace >= fast && pace <= slow) return null;
  return `${km} km in ${minutes} minutes is a pace of ${paceText(pace)}; a run's pace must be ${paceText(fast)} to ${paceText(slow)}: check minutes and km`;
}

/**
 * A4 range-of-motion results by test, in the test's unit (GUIDE A4): knee-to-wall, the
 * knee's reach in cm; straight-leg raise and thoracic rotation in degrees; the Thomas test's
 * hip angle in degrees from the table (negative below it); sit-and-reach in cm past the
 * toes (negative short of them).
 */
export const ROM_RANGES: Record<RomTestKind, readonly [number, number]> = {
  "knee-to-wall": [0, 30],
  "straight-leg-raise": [0, 150],
  "thoracic-rotation": [0, 120],
  thomas: [-60, 60],
  "sit-and-reach": [-40, 60],
};

/**
 * Why `value` cannot be a result of ROM test `test`, or null when it can. Entry, the API
 * and restore check each result with it.
 *
 * @example
 * romValueProblem("knee-to-wall", 999999); // "must be a number from 0 to 30 cm, got 999999"
 */
export function romValueProblem(test: RomTestKind, value: number): string | null {
  const [min, max] = ROM_RANGES[test];
  if (Number.isFinite(value) && value >= min && value <= max) return null;
  const unit = ROM_UNITS[test] === "cm" ? "cm" : "degrees";
  return `must be a number from ${min} to ${max} ${unit}, got ${value}`;
}

/** Done runs start on or after this day: no GPS watch logged a run earlier. */
export const EARLIEST_RUN_DAY = "1990-01-01";
/**
 * ...and at most this long after "now" (clock skew between a watch or a device and the
 * journal). Sessions share it: see startsInFuture.
 */
export const FUTURE_SLACK_MS = 86_400_000;

/**
 * True when something already done (a run, a session) starts after `now` by more than the
 * clock-skew allowance FUTURE_SLACK_MS.
 *
 * @example
 * startsInFuture("2026-11-21T12:00:00Z", new Date("2026-11-20T18:00:00Z")); // false
 * startsInFuture("2026-11-22T12:00:00Z", new Date("2026-11-20T18:00:00Z")); // true
 */
export function startsInFuture(startTime: string, now: Date): boolean {
  return Date.parse(startTime) > now.getTime() + FUTURE_SLACK_MS;
}

/**
 * Why an activity's start time is implausible at `now`, or null when it is fine. Only a
 * planned run may start in the future.
 *
 * @example
 * implausibleStart("1989-12-31T00:00:00Z", new Date()); // "starts before 1990-01-01"
 * implausibleStart("2099-06-01T07:00:00Z", new Date()); // "2099-06-01T07:00:00Z is in the future; only planned runs may be"
 */
export function implausibleStart(
  startTime: string,
  now: Date,
  opts: { planned?: boolean } = {},
): string | null {
  const t = Date.parse(startTime);
  if (Number.isNaN(t)) return "has no valid start time";
  if (t < Date.parse(`${EARLIEST_RUN_DAY}T00:00:00Z`)) return `starts before ${EARLIEST_RUN_DAY}`;
  if (!opts.planned && startsInFuture(startTime, now))
    return `${startTime} is in the future; only planned runs may be`;
  return null;
}
