/**
 * Run type from the data (issue: run type): race flag, intervals from lap-to-lap pace or
 * heart-rate swings, long against the runner's own recent runs, hills from climb per km,
 * tempo from heart rate near max or threshold, recovery from short and gentle. Every
 * answer carries its reasons and the guide's rules they lead to; the runner's own choice
 * always wins.
 */
import type { Activity, Lap, RunClassification } from "../activity.js";
import type { RuleId, RunType } from "../vocabulary.js";

export interface ClassifyContext {
  /** Durations in seconds of the runner's runs in the 8 weeks before this one. */
  recentDurations: readonly number[];
  /** Median pace (s/km) of those runs, when known. */
  recentMedianPace?: number;
  maxHeartRate?: number;
  thresholdHeartRate?: number;
  /** Median pace (s/km) of the runner's easy runs in those weeks (easy, recovery or long). */
  easyPace?: number;
}

/** Thresholds, named so the reasons and the tests speak of the same numbers. */
export const CLASSIFY = {
  longFactor: 1.5,
  longAbsoluteSeconds: 90 * 60,
  minRecentForRelative: 3,
  hillsMetersPerKm: 20,
  hillsMinGain: 80,
  tempoMaxHrShare: 0.85,
  tempoThresholdShare: 0.95,
  tempoMinSeconds: 15 * 60,
  intervalsMinLaps: 4,
  intervalsPaceSpread: 0.15,
  intervalsHrSpread: 0.1,
  recoveryShortFactor: 0.7,
  recoveryMaxSeconds: 40 * 60,
  recoveryMaxHrShare: 0.7,
  recoverySlowerPace: 1.08,
  /** Race-like: this much faster than the runner's easy pace over a race distance. */
  raceFasterThanEasy: 0.12,
  /** Tempo from pace: this much faster than easy pace, for at least tempoMinSeconds. */
  tempoFasterThanEasy: 0.08,
  /** Race distances in km and how close a run must come to one (share). */
  raceDistancesKm: [5, 10, 15, 21.0975, 42.195],
  raceDistanceTolerance: 0.03,
} as const;

/** Words in a run's name that say it was a race. */
const RACE_WORDS = /\b(race|parkrun|marathon|half marathon|10k|5k|wettkampf)\b/i;

const RULES: Record<RunType, RuleId[]> = {
  race: ["L1", "L8"],
  intervals: ["L1", "L5"],
  long: ["L2", "L6"],
  hills: ["L1", "L2"],
  tempo: ["L2", "L5"],
  recovery: ["L4"],
  easy: ["L3", "L4", "L7"],
};

/** Median of a list (undefined for an empty list). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function mmss(secondsPerKm: number): string {
  const m = Math.floor(secondsPerKm / 60);
  const s = Math.round(secondsPerKm % 60);
  return `${m}:${String(s).padStart(2, "0")}/km`;
}

function minutes(s: number): string {
  return `${Math.round(s / 60)} min`;
}

/**
 * Classifies one run. `override` (the runner's choice) wins over everything.
 *
 * @example
 * classifyRun(activity, { recentDurations: [2400, 2700, 3000] }).type; // "long" for a 90-min run
 */
export function classifyRun(
  a: Activity,
  ctx: ClassifyContext,
  override?: RunType,
): RunClassification {
  if (override)
    return {
      type: override,
      reasons: [`set by the runner as ${override}`],
      rules: RULES[override],
    };
  const make = (type: RunType, reasons: string[]): RunClassification => ({
    type,
    reasons,
    rules: RULES[type],
  });
  const duration = a.movingSeconds ?? a.elapsedSeconds;

  if (a.raceFlag) return make("race", ["the file or app marks it as a race"]);

  const intervals = intervalEvidence(a.laps);
  if (intervals) return make("intervals", intervals);

  const raceLike = raceEvidence(a, ctx);
  if (raceLike) return make("race", raceLike);

  const med =
    ctx.recentDurations.length >= CLASSIFY.minRecentForRelative
      ? median(ctx.recentDurations)
      : undefined;
  if (duration >= CLASSIFY.longAbsoluteSeconds) {
    return make("long", [
      `${minutes(duration)}: at least ${minutes(CLASSIFY.longAbsoluteSeconds)}`,
    ]);
  }
  if (med !== undefined && duration >= CLASSIFY.longFactor * med) {
    return make("long", [
      `${minutes(duration)}: ${(duration / med).toFixed(1)}x the median of your runs in the last 8 weeks (${minutes(med)})`,
    ]);
  }

  const km = (a.distanceMeters ?? 0) / 1000;
  const gain = a.elevationGainMeters ?? 0;
  if (km >= 1 && gain >= CLASSIFY.hillsMinGain && gain / km >= CLASSIFY.hillsMetersPerKm) {
    return make("hills", [
      `${Math.round(gain)} m of climbing over ${km.toFixed(1)} km (${Math.round(gain / km)} m per km)`,
    ]);
  }

  const hr = a.avgHeartRate;
  if (hr !== undefined && duration >= CLASSIFY.tempoMinSeconds) {
    if (ctx.thresholdHeartRate && hr >= CLASSIFY.tempoThresholdShare * ctx.thresholdHeartRate) {
      return make("tempo", [
        `average heart rate ${hr} bpm, near your threshold of ${ctx.thresholdHeartRate} bpm`,
      ]);
    }
    if (ctx.maxHeartRate && hr >= CLASSIFY.tempoMaxHrShare * ctx.maxHeartRate) {
      return make("tempo", [
        `average heart rate ${hr} bpm is ${Math.round((hr / ctx.maxHeartRate) * 100)}% of your max ${ctx.maxHeartRate} bpm`,
      ]);
    }
  }

  const pace = a.avgPaceSecondsPerKm;
  if (
    pace !== undefined &&
    ctx.easyPace &&
    duration >= CLASSIFY.tempoMinSeconds &&
    pace <= (1 - CLASSIFY.tempoFasterThanEasy) * ctx.easyPace
  ) {
    return make("tempo", [
      `${mmss(pace)} for ${minutes(duration)}, ${Math.round((1 - pace / ctx.easyPace) * 100)}% faster than your easy pace of ${mmss(ctx.easyPace)}`,
    ]);
  }
  const short =
    duration <= CLASSIFY.recoveryMaxSeconds &&
    (med === undefined || duration <= CLASSIFY.recoveryShortFactor * med);
  if (short && med !== undefined) {
    if (
      hr !== undefined &&
      ctx.maxHeartRate &&
      hr <= CLASSIFY.recoveryMaxHrShare * ctx.maxHeartRate
    ) {
      return make("recovery", [
        `${minutes(duration)}, shorter than your usual ${minutes(med)}, at a gentle ${Math.round((hr / ctx.maxHeartRate) * 100)}% of max heart rate`,
      ]);
    }
    if (
      pace !== undefined &&
      ctx.recentMedianPace &&
      pace >= CLASSIFY.recoverySlowerPace * ctx.recentMedianPace
    ) {
      return make("recovery", [
        `${minutes(duration)}, shorter than your usual ${minutes(med)}, at ${mmss(pace)}, slower than your usual ${mmss(ctx.recentMedianPace)}`,
      ]);
    }
  }

  const reasons = [
    `${minutes(duration)} with no race flag, steady laps, modest climbing and no sign of a hard effort`,
  ];
  if (med === undefined) reasons.push("too few recent runs to compare its length with");
  return make("easy", reasons);
}

/**
 * A race-like effort: a race distance run well faster than the runner's easy pace, or a
 * race distance with a race word in its name. Returns the reasons, or undefined.
 *
 * @example
 * raceEvidence({ ...run, distanceMeters: 10010, avgPaceSecondsPerKm: 222 }, { recentDurations: [], easyPace: 330 });
 * // ["3:42/km over 10.0 km, 33% faster than your easy pace of 5:30/km", "10.0 km is a race distance (10 km)"]
 */
export function raceEvidence(a: Activity, ctx: ClassifyContext): string[] | undefined {
  const km = (a.distanceMeters ?? 0) / 1000;
  const distance = CLASSIFY.raceDistancesKm.find(
    (d) => Math.abs(km - d) <= CLASSIFY.raceDistanceTolerance * d,
  );
  if (distance === undefined) return undefined;
  const atDistance = `${km.toFixed(1)} km is a race distance (${distance} km)`;
  const pace = a.avgPaceSecondsPerKm ?? (a.movingSeconds ?? a.elapsedSeconds) / km;
  if (ctx.easyPace && pace <= (1 - CLASSIFY.raceFasterThanEasy) * ctx.easyPace) {
    return [
      `${mmss(pace)} over ${km.toFixed(1)} km, ${Math.round((1 - pace / ctx.easyPace) * 100)}% faster than your easy pace of ${mmss(ctx.easyPace)}`,
      atDistance,
    ];
  }
  if (a.name && RACE_WORDS.test(a.name)) return [`named "${a.name}"`, atDistance];
  return undefined;
}

/**
 * Intervals show as laps that swing between fast and slow (or high and low heart rate)
 * several times. Returns the reasons when they do, undefined otherwise.
 */
export function intervalEvidence(laps: readonly Lap[]): string[] | undefined {
  const paced = laps.filter(
    (l) =>
      l.avgPaceSecondsPerKm !== undefined &&
      l.elapsedSeconds >= 20 &&
      (l.distanceMeters ?? 0) >= 50,
  );
  if (paced.length >= CLASSIFY.intervalsMinLaps) {
    const paces = paced.map((l) => l.avgPaceSecondsPerKm!);
    const swings = countSwings(paces, CLASSIFY.intervalsPaceSpread);
    if (swings.count >= 3) {
      return [
        `lap paces swing between ${mmss(swings.low)} and ${mmss(swings.high)} ${swings.count} times (${paced.length} laps)`,
      ];
    }
  }
  const hrLaps = laps.filter((l) => l.avgHeartRate !== undefined && l.elapsedSeconds >= 20);
  if (hrLaps.length >= CLASSIFY.intervalsMinLaps) {
    const hrs = hrLaps.map((l) => l.avgHeartRate!);
    const swings = countSwings(hrs, CLASSIFY.intervalsHrSpread);
    if (swings.count >= 3) {
      return [
        `lap heart rate swings between ${Math.round(swings.low)} and ${Math.round(swings.high)} bpm ${swings.count} times`,
      ];
    }
  }
  return undefined;
}

/**
 * Counts direction changes between laps that differ from the median by more than
 * `spread` (as a share), e.g. fast-slow-fast-slow gives 3.
 */
function countSwings(
  values: readonly number[],
  spread: number,
): { count: number; low: number; high: number } {
  const med = median(values) ?? 0;
  const marks = values
    .map((v) => (v > med * (1 + spread / 2) ? 1 : v < med * (1 - spread / 2) ? -1 : 0))
    .filter((m) => m !== 0);
  let count = 0;
  for (let i = 1; i < marks.length; i++) if (marks[i] !== marks[i - 1]) count++;
  return { count, low: Math.min(...values), high: Math.max(...values) };
}
