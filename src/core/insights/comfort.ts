/**
 * P7: how runs feel after a thorough session against runs with no session before them.
 * A session is "thorough" when 80% or more of its items were done; it counts for a run
 * when it started in the 36 hours before the run. Runs after only a partial session are
 * left out of both groups.
 */
import { routineItemsOf } from "../journal/logged-items.js";
import type { RunComfort, RunRecord, SessionLog } from "../journal/types.js";
import { instantOf } from "../time/calendar.js";
import { mean, welchInterval } from "./stats.js";
import type { ComfortInsight } from "./types.js";

const WINDOW_MS = 36 * 3_600_000;
export const THOROUGH_SHARE = 0.8;
export const MIN_PER_GROUP = 5;

/** Sessions (sorted by start) that started in [from, to), by binary search. */
function startsBetween<T extends { at: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.at < to; i++) out.push(sorted[i]!);
  return out;
}

/** Share of the routine's items that were done (techniques added beside it not counted). */
export function doneShare(s: SessionLog): number {
  const items = routineItemsOf(s);
  if (items.length === 0) return 0;
  return items.filter((i) => i.status === "done").length / items.length;
}

/**
 * Compares comfort after thorough sessions with comfort after none.
 *
 * @example
 * comfortInsight({ comfort, runs, sessions, timeZone: "UTC" }).verdict; // "helps" | "worse" | "not-enough-data"
 */
export function comfortInsight(args: {
  comfort: readonly RunComfort[];
  runs: readonly RunRecord[];
  sessions: readonly SessionLog[];
  timeZone: string;
}): ComfortInsight {
  const runStart = new Map(args.runs.map((r) => [r.id, Date.parse(r.activity.startTime)]));
  const starts = args.sessions
    .map((s) => ({ at: Date.parse(s.startedAt), share: doneShare(s) }))
    .sort((a, b) => a.at - b.at);
  const thorough: number[] = [];
  const skipped: number[] = [];
  for (const c of args.comfort) {
    // Without a linked run, the run is taken as mid-day of the comfort's date.
    const at =
      (c.runId ? runStart.get(c.runId) : undefined) ?? instantOf(c.date, "12:00", args.timeZone);
    const before = startsBetween(starts, at - WINDOW_MS, at);
    if (before.length === 0) skipped.push(c.comfort);
    else if (before.some((s) => s.share >= THOROUGH_SHARE)) thorough.push(c.comfort);
  }
  const base = {
    thorough: { n: thorough.length, ...(thorough.length ? { mean: mean(thorough) } : {}) },
    skipped: { n: skipped.length, ...(skipped.length ? { mean: mean(skipped) } : {}) },
    reasons: ["P7", "P5"] as ComfortInsight["reasons"],
  };
  if (thorough.length < MIN_PER_GROUP || skipped.length < MIN_PER_GROUP) {
    return {
      ...base,
      verdict: "not-enough-data",
      message: `Run comfort: not enough data yet (${thorough.length} runs after a thorough session, ${skipped.length} after none; ${MIN_PER_GROUP} of each are needed).`,
    };
  }
  const d = welchInterval(thorough, skipped, 0.95)!;
  const verdict = d.low > 0 ? "helps" : d.high < 0 ? "worse" : "not-enough-data";
  const f = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
  const message =
    verdict === "helps"
      ? `Runs after a thorough session felt ${f(d.estimate)} points better out of 10 than runs after none (95% interval ${f(d.low)} to ${f(d.high)}; ${thorough.length} vs ${skipped.length} runs). Fairly sure the sessions go with better runs.`
      : verdict === "worse"
        ? `Runs after a thorough session felt ${f(-d.estimate)} points worse out of 10 than runs after none (95% interval ${f(d.low)} to ${f(d.high)}). Try lighter sessions before runs.`
        : `Run comfort: not enough data yet to tell a difference (${f(d.estimate)} points, 95% interval ${f(d.low)} to ${f(d.high)}, includes none).`;
  return { ...base, difference: d, verdict, message };
}
