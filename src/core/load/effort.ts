/**
 * How hard a session was: perceived exertion (given, or estimated from heart-rate reserve
 * or the run type), session-RPE load (RPE x minutes) and Banister's TRIMP.
 */
import type { Activity } from "../activity.js";
import type { RunType } from "../vocabulary.js";

/** Heart-rate anchors with where they came from (the runner's profile or a default). */
export interface HeartRateAnchors {
  max: number;
  rest: number;
  source: "profile" | "default";
}

/** Defaults when the profile has no heart-rate values: a typical adult's resting and max. */
export const DEFAULT_HR = { max: 190, rest: 60 } as const;

/**
 * Anchors from profile values, each falling back to the default.
 *
 * @example
 * heartRateAnchors({ maxHeartRate: 182 }); // { max: 182, rest: 60, source: "profile" }
 */
export function heartRateAnchors(
  profile: { maxHeartRate?: number; restingHeartRate?: number } | undefined,
): HeartRateAnchors {
  const max = profile?.maxHeartRate;
  const rest = profile?.restingHeartRate;
  const usable = (v: number | undefined, lo: number, hi: number) =>
    v !== undefined && v >= lo && v <= hi;
  const m = usable(max, 120, 230) ? max! : DEFAULT_HR.max;
  const r = usable(rest, 30, 100) && (rest as number) < m - 20 ? rest! : DEFAULT_HR.rest;
  return {
    max: m,
    rest: r,
    source: m !== DEFAULT_HR.max || r !== DEFAULT_HR.rest ? "profile" : "default",
  };
}

/** Typical RPE (CR-10) of each run type, for runs without heart rate or a rating. */
export const RPE_BY_TYPE: Record<RunType, number> = {
  recovery: 2,
  easy: 3,
  long: 5,
  hills: 6,
  tempo: 7,
  intervals: 8,
  race: 9,
};

/** Cross-training (easy cycling or swimming, L8 active recovery) without a rating. */
export const RPE_CROSS = 3;

export interface Rpe {
  rpe: number;
  estimated: boolean;
  method: "given" | "heart-rate" | "run-type" | "cross-default";
}

/** Share of heart-rate reserve used, 0-1 (clamped). */
export function hrReserveShare(avgHr: number, hr: HeartRateAnchors): number {
  return Math.min(1, Math.max(0, (avgHr - hr.rest) / (hr.max - hr.rest)));
}

/**
 * The RPE for load: the runner's rating when there is one; else from heart-rate reserve
 * (30% of reserve is RPE 1, each further 7% one point, capped at 10); else the typical
 * RPE of the run type. Estimates are marked.
 *
 * @example
 * sessionRpe({ ...run, avgHeartRate: 155 }, "easy", { max: 190, rest: 60, source: "default" });
 * // 95/130 = 73% reserve -> 1 + (0.731 - 0.3) / 0.07 = 7.2 -> 7 (heart-rate)
 */
export function sessionRpe(a: Activity, type: RunType | undefined, hr: HeartRateAnchors): Rpe {
  if (a.rpe !== undefined && a.rpe >= 1 && a.rpe <= 10)
    return { rpe: a.rpe, estimated: false, method: "given" };
  if (a.avgHeartRate !== undefined && a.avgHeartRate > 0) {
    const share = hrReserveShare(a.avgHeartRate, hr);
    const rpe = Math.min(10, Math.max(1, Math.round(1 + (share - 0.3) / 0.07)));
    return { rpe, estimated: true, method: "heart-rate" };
  }
  if (a.sport !== "run" || !type)
    return { rpe: RPE_CROSS, estimated: true, method: "cross-default" };
  return { rpe: RPE_BY_TYPE[type], estimated: true, method: "run-type" };
}

/** Minutes that count for load: moving time when known, else elapsed. */
export function loadMinutes(a: Activity): number {
  return (a.movingSeconds ?? a.elapsedSeconds) / 60;
}

/**
 * Session-RPE load (Foster): RPE x minutes, in arbitrary units (AU).
 *
 * @example
 * sessionLoad(6, 50); // 300
 */
export function sessionLoad(rpe: number, minutes: number): number {
  return rpe * minutes;
}

/**
 * Banister's TRIMP: minutes x HRr x 0.64 x e^(1.92 x HRr), HRr the share of heart-rate
 * reserve. The 1.92 weighting is the published one for men; without the runner's sex it
 * is used for everyone (the 1.67 female weighting gives about 15% less at HRr 0.7).
 *
 * @example
 * trimp(60, 150, { max: 190, rest: 60, source: "default" }); // 60 x 0.692 x 0.64 x e^(1.329) = 100.6
 */
export function trimp(minutes: number, avgHr: number, hr: HeartRateAnchors): number {
  const x = hrReserveShare(avgHr, hr);
  return minutes * x * 0.64 * Math.exp(1.92 * x);
}
