/**
 * L9 signs of too much, read from the journal: after-session soreness or stiffness trending
 * up (the last 14 days against the 28 before), or falling pace at the same heart rate
 * (running speed per heartbeat on easy and long runs, same windows). Either scales the plan
 * back and says why.
 */
import type { RunRecord, SessionLog } from "../journal/types.js";
import { daysBetween, localDay } from "../time/calendar.js";
import { planRunType } from "./runs.js";
import type { LoadSignal, ScaleBack } from "./types.js";

const RECENT_DAYS = 14;
const PRIOR_DAYS = 28;
/** After-ratings up by a full point on the 0-10 scale. */
export const RATING_RISE = 1;
/** Speed per heartbeat down by 5 percent. */
export const EFFICIENCY_DROP = 0.05;
const MIN_EACH = 3;
/** Minutes kept when scaling back. */
export const SCALE_BACK_FACTOR = 0.7;

type Window = "recent" | "prior" | undefined;

function windowOf(day: string, today: string): Window {
  const age = daysBetween(day, today);
  if (age >= 1 && age <= RECENT_DAYS) return "recent";
  if (age > RECENT_DAYS && age <= RECENT_DAYS + PRIOR_DAYS) return "prior";
  return undefined;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Mean after-rating rise per scale, when both windows have enough rated sessions. */
export function ratingTrend(
  sessions: readonly SessionLog[],
  today: string,
  timeZone: string,
): { scale: "soreness" | "stiffness"; recent: number; prior: number }[] {
  const out: { scale: "soreness" | "stiffness"; recent: number; prior: number }[] = [];
  for (const scale of ["soreness", "stiffness"] as const) {
    const recent: number[] = [];
    const prior: number[] = [];
    for (const s of sessions) {
      const v = s.after?.[scale];
      if (v === undefined) continue;
      const w = windowOf(localDay(s.startedAt, timeZone), today);
      if (w === "recent") recent.push(v);
      else if (w === "prior") prior.push(v);
    }
    if (recent.length >= MIN_EACH && prior.length >= MIN_EACH) {
      out.push({ scale, recent: mean(recent), prior: mean(prior) });
    }
  }
  return out;
}

/** Speed (m/s) per heartbeat per minute of one run, when it has the data. */
export function efficiency(r: RunRecord): number | undefined {
  const a = r.activity;
  if (a.sport !== "run" || !a.avgHeartRate || a.avgHeartRate <= 0) return undefined;
  let speed: number | undefined;
  if (a.avgPaceSecondsPerKm && a.avgPaceSecondsPerKm > 0) speed = 1000 / a.avgPaceSecondsPerKm;
  else if (a.distanceMeters && (a.movingSeconds ?? a.elapsedSeconds) > 0) {
    speed = a.distanceMeters / (a.movingSeconds ?? a.elapsedSeconds);
  }
  return speed === undefined ? undefined : speed / a.avgHeartRate;
}

/** Relative change of speed-per-heartbeat on steady runs, recent against prior. */
export function efficiencyTrend(
  runs: readonly RunRecord[],
  today: string,
  timeZone: string,
): { recent: number; prior: number; change: number } | undefined {
  const recent: number[] = [];
  const prior: number[] = [];
  for (const r of runs) {
    if (r.planned) continue;
    const type = planRunType(r);
    if (type !== "easy" && type !== "recovery" && type !== "long") continue;
    const e = efficiency(r);
    if (e === undefined) continue;
    const w = windowOf(localDay(r.activity.startTime, timeZone), today);
    if (w === "recent") recent.push(e);
    else if (w === "prior") prior.push(e);
  }
  if (recent.length < MIN_EACH || prior.length < MIN_EACH) return undefined;
  const r = mean(recent);
  const p = mean(prior);
  return { recent: r, prior: p, change: (r - p) / p };
}

/**
 * Whether to scale the week back, and why (L9).
 *
 * @example
 * scaleBackFor({ sessions, runs, today: "2026-11-23", timeZone: "UTC" }); // undefined or { why: [...] }
 */
export function scaleBackFor(args: {
  sessions: readonly SessionLog[];
  runs: readonly RunRecord[];
  today: string;
  timeZone: string;
  loadSignals?: readonly LoadSignal[];
}): ScaleBack | undefined {
  const why: string[] = [];
  for (const t of ratingTrend(args.sessions, args.today, args.timeZone)) {
    if (t.recent - t.prior >= RATING_RISE) {
      why.push(
        `${t.scale === "soreness" ? "Soreness" : "Stiffness"} after sessions has risen from ${t.prior.toFixed(1)} to ${t.recent.toFixed(1)} out of 10 over the last two weeks.`,
      );
    }
  }
  const eff = efficiencyTrend(args.runs, args.today, args.timeZone);
  if (eff && eff.change <= -EFFICIENCY_DROP) {
    why.push(
      `Steady runs have been ${Math.round(-eff.change * 100)}% slower at the same heart rate over the last two weeks.`,
    );
  }
  for (const s of args.loadSignals ?? []) why.push(s.message);
  if (why.length === 0) return undefined;
  return { reasons: ["L9"], why, factor: SCALE_BACK_FACTOR };
}
