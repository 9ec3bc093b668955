/**
 * What an activity adds to the journal besides itself: the run type it suggests and the
 * RPE used for load. Pure; the import service calls it with the runner's recent runs.
 */
import type { Activity, RunClassification } from "../activity.js";
import type { RunRecord } from "../journal/types.js";
import { runTypeOf } from "../journal/types.js";
import { CLASSIFY, classifyRun, median, type ClassifyContext } from "./classify.js";
import { sessionRpe, type HeartRateAnchors } from "./effort.js";

/** How far back "recent runs" reach for the long-run comparison. */
export const RECENT_DAYS = 56;

/**
 * The classification context for a run from the runner's other runs: those that started
 * in the 8 weeks before it.
 *
 * @example
 * recentContext(activity, journalRuns, { maxHeartRate: 185 }).recentDurations.length;
 */
export function recentContext(
  a: Activity,
  others: readonly Pick<RunRecord, "activity" | "planned" | "classification" | "typeOverride">[],
  profile: { maxHeartRate?: number; thresholdHeartRate?: number } = {},
): ClassifyContext {
  const start = Date.parse(a.startTime);
  const from = start - RECENT_DAYS * 86_400_000;
  const recent = others.filter((r) => {
    if (r.planned || r.activity.sport !== "run") return false;
    const t = Date.parse(r.activity.startTime);
    return t >= from && t < start - 60_000;
  });
  const ctx: ClassifyContext = {
    recentDurations: recent.map((r) => r.activity.movingSeconds ?? r.activity.elapsedSeconds),
  };
  const paces = recent
    .map((r) => r.activity.avgPaceSecondsPerKm)
    .filter((p): p is number => p !== undefined);
  const medPace = median(paces);
  if (medPace !== undefined) ctx.recentMedianPace = medPace;
  // easy pace: from runs typed easy, recovery or long (the runner's own type wins)
  const easyPaces = recent
    .filter((r) => {
      const t = r.typeOverride ?? r.classification?.type;
      return t === undefined || t === "easy" || t === "recovery" || t === "long";
    })
    .map((r) => r.activity.avgPaceSecondsPerKm)
    .filter((p): p is number => p !== undefined);
  const easyPace =
    easyPaces.length >= CLASSIFY.minRecentForRelative ? median(easyPaces) : undefined;
  if (easyPace !== undefined) ctx.easyPace = easyPace;
  if (profile.maxHeartRate) ctx.maxHeartRate = profile.maxHeartRate;
  else {
    // without a profile max, the highest heart rate seen in recent runs is a floor for it
    const seen = recent.map((r) => r.activity.maxHeartRate ?? 0).filter((v) => v > 0 && v < 230);
    if (seen.length >= 3) ctx.maxHeartRate = Math.max(...seen, a.maxHeartRate ?? 0);
  }
  if (profile.thresholdHeartRate) ctx.thresholdHeartRate = profile.thresholdHeartRate;
  return ctx;
}

/**
 * The journal record for an imported activity (without id and createdAt): runs get a
 * classification; every activity gets the RPE used for load, marked when estimated.
 *
 * @example
 * const rec = recordFor(activity, recentContext(activity, runs), anchors);
 * rec.classification?.type; // "easy"
 */
export function recordFor(
  a: Activity,
  ctx: ClassifyContext,
  hr: HeartRateAnchors,
): Pick<RunRecord, "activity" | "classification" | "rpe" | "rpeEstimated"> {
  let classification: RunClassification | undefined;
  if (a.sport === "run") classification = classifyRun(a, ctx);
  const r = sessionRpe(a, classification?.type, hr);
  const out: Pick<RunRecord, "activity" | "classification" | "rpe" | "rpeEstimated"> = {
    activity: a,
    rpe: r.rpe,
    rpeEstimated: r.estimated,
  };
  if (classification) out.classification = classification;
  return out;
}

/**
 * The RPE a stored record contributes to load: the runner's own, else estimated now from
 * heart rate or the current run type.
 *
 * @example
 * rpeOfRecord({ ...record, typeOverride: "race", rpe: 3, rpeEstimated: true }, anchors); // { rpe: 9, estimated: true } without heart rate
 */
export function rpeOfRecord(
  r: RunRecord,
  hr: HeartRateAnchors,
): { rpe: number; estimated: boolean } {
  // the runner's own rating stands; an estimate is made again from the current type, so
  // changing the type changes the load
  if (r.rpe !== undefined && r.rpeEstimated !== true) return { rpe: r.rpe, estimated: false };
  const e = sessionRpe(r.activity, runTypeOf(r), hr);
  return { rpe: e.rpe, estimated: e.estimated };
}
