/**
 * L12, the big-run signal: a single run (done or planned) more than 10% longer, in distance
 * or in time, than the longest run of the previous 30 days. In a cohort of 5,205 runners
 * this raised the injury rate (about 1.6x for 10-30% longer, about 2.3x for more than
 * double), while the acute:chronic ratio showed no such link (Frandsen et al., Br J Sports
 * Med 2025). The thresholds are data so the README, the messages and the tests share them.
 */
import type { RunRecord } from "../journal/types.js";
import type { RuleId } from "../vocabulary.js";
import { addDays, dayLabel, localDay } from "../time/calendar.js";

export const BIG_RUN = {
  /** Days before the run whose longest run is the comparison. */
  windowDays: 30,
  /** More than this share longer is flagged. */
  threshold: 0.1,
  /** Injury-rate figures by how much longer, from the source. */
  bands: [
    { over: 0.1, upTo: 0.3, risk: "about 1.6 times the injury rate" },
    { over: 0.3, upTo: 1.0, risk: "an injury rate above 1.6 times, rising toward 2.3 times" },
    { over: 1.0, upTo: Infinity, risk: "about 2.3 times the injury rate" },
  ],
  source: "Frandsen et al., Br J Sports Med 2025 (5,205 runners)",
  rules: ["L12", "L2", "L6"] as RuleId[],
} as const;

export interface BigRunSignal {
  runId: string;
  date: string;
  planned: boolean;
  /** Which measure crossed the threshold (the larger excess when both did). */
  measure: "distance" | "time";
  /** This run's figure: km or minutes. */
  value: number;
  /** The longest of the previous 30 days in the same measure, and its day. */
  longest: number;
  longestDate: string;
  /** Share longer, e.g. 0.4 for 40% longer. */
  excess: number;
  unit: "km" | "min";
  risk: string;
  source: string;
  rules: RuleId[];
  /** One plain sentence with the figures and the source. */
  message: string;
}

interface Measured {
  id: string;
  date: string;
  planned: boolean;
  km?: number;
  min: number;
}

function measure(r: RunRecord, timeZone: string): Measured {
  const a = r.activity;
  const m: Measured = {
    id: r.id,
    date: localDay(a.startTime, timeZone),
    planned: r.planned === true,
    min: (a.movingSeconds ?? a.elapsedSeconds) / 60,
  };
  if (a.distanceMeters !== undefined && a.distanceMeters > 0) m.km = a.distanceMeters / 1000;
  return m;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Big-run signals for every run (done or planned) dated from `from` to `to` inclusive,
 * each compared with the done runs of the 30 days before its day. Runs with nothing to
 * compare with (no done run in those 30 days) are not flagged.
 *
 * @example
 * bigRunSignals(runs, "2026-11-01", "2026-11-07", "Europe/Berlin")[0]?.message;
 * // "Sunday's run of 28 km is 40% longer than your longest in the previous 30 days (20 km on 2026-10-18): ..."
 */
export function bigRunSignals(
  runs: readonly RunRecord[],
  from: string,
  to: string,
  timeZone: string,
): BigRunSignal[] {
  const all = runs.filter((r) => r.activity.sport === "run").map((r) => measure(r, timeZone));
  const done = all.filter((r) => !r.planned);
  const out: BigRunSignal[] = [];
  for (const run of all) {
    if (run.date < from || run.date > to) continue;
    // a planned run already matched by a done run that day is that run; skip the plan
    if (run.planned && done.some((d) => d.date === run.date)) continue;
    const start = addDays(run.date, -BIG_RUN.windowDays);
    const before = done.filter((d) => d.date >= start && d.date < run.date);
    if (before.length === 0) continue;
    const candidates: {
      measure: "distance" | "time";
      value: number;
      longest: Measured;
      base: number;
      unit: "km" | "min";
    }[] = [];
    const byKm = before.filter((d) => d.km !== undefined).sort((a, b) => b.km! - a.km!)[0];
    if (run.km !== undefined && byKm)
      candidates.push({
        measure: "distance",
        value: run.km,
        longest: byKm,
        base: byKm.km!,
        unit: "km",
      });
    const byMin = [...before].sort((a, b) => b.min - a.min)[0]!;
    candidates.push({
      measure: "time",
      value: run.min,
      longest: byMin,
      base: byMin.min,
      unit: "min",
    });
    const best = candidates
      .filter((c) => c.base > 0)
      .map((c) => ({ ...c, excess: c.value / c.base - 1 }))
      .sort((a, b) => b.excess - a.excess)[0];
    // a hair of tolerance: 22 km after 20 km is exactly 10%, not more
    if (!best || best.excess <= BIG_RUN.threshold + 1e-9) continue;
    const band =
      BIG_RUN.bands.find((b) => best.excess > b.over && best.excess <= b.upTo) ?? BIG_RUN.bands[0];
    const pct = Math.round(best.excess * 100);
    const fig = (v: number) => (best.unit === "km" ? `${round1(v)} km` : `${Math.round(v)} min`);
    const what = run.planned ? "The planned run" : "This run";
    out.push({
      runId: run.id,
      date: run.date,
      planned: run.planned,
      measure: best.measure,
      value: best.unit === "km" ? round1(best.value) : Math.round(best.value),
      longest: best.unit === "km" ? round1(best.base) : Math.round(best.base),
      longestDate: best.longest.date,
      excess: Math.round(best.excess * 100) / 100,
      unit: best.unit,
      risk: band.risk,
      source: BIG_RUN.source,
      rules: [...BIG_RUN.rules],
      message:
        `${what} on ${dayLabel(run.date)} (${fig(best.value)}) is ${pct}% longer than your longest in the previous ${BIG_RUN.windowDays} days ` +
        `(${fig(best.base)} on ${dayLabel(best.longest.date)}). Runs more than ${Math.round(BIG_RUN.threshold * 100)}% longer than that went with ` +
        `${band.risk} (${BIG_RUN.source}). Build up in smaller steps if you can, and give your legs fuller care after it.`,
    });
  }
  return out;
}
