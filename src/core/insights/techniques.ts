/**
 * P5: which techniques go with less next-day stiffness and better ROM for this runner,
 * given their training load.
 *
 * Next-day stiffness: a linear model over days,
 *   stiffness(d+1) ~ 1 + used_1(d) + ... + used_m(d) + load(d) + stiffness(d),
 * fitted by least squares. All techniques go in one model when there are at least six
 * days per coefficient (so techniques done together are not credited for each other);
 * otherwise one model per technique. ROM change: per technique, the change between
 * re-tests (in units of the test's smallest real change) ~ 1 + share of days used + load.
 *
 * A technique "helps" only when its whole interval lies on the good side of zero. The
 * intervals are 95% intervals widened for the number of techniques compared at once
 * (Bonferroni), so one lucky technique among many is not announced as a finding. Fewer than
 * 20 days, or a technique done (or skipped) on fewer than 6 of them: "not enough data yet".
 */
import type { RomTest } from "../journal/types.js";
import { ROM_SIDED } from "../journal/types.js";
import { addDays, daysBetween } from "../time/calendar.js";
import type { DayRow } from "./daily.js";
import { coefficientInterval, ols, type Interval } from "./stats.js";
import { betterDirection, SMALLEST_REAL_CHANGE } from "./thresholds.js";
import type { Association, TechniqueInsight } from "./types.js";

export const MIN_DAYS = 20;
export const MIN_EACH_WAY = 6;
export const MIN_ROM_INTERVALS = 8;
const ROWS_PER_COEFFICIENT = 6;
const LOAD_SCALE = 100;

interface Row {
  y: number;
  used: Set<string>;
  load: number;
  baseline: number;
}

function stiffnessRows(days: Map<string, DayRow>): Row[] {
  const rows: Row[] = [];
  for (const d of days.values()) {
    const next = days.get(addDays(d.date, 1));
    if (d.stiffness === undefined || next?.stiffness === undefined) continue;
    rows.push({
      y: next.stiffness,
      used: d.used,
      load: d.load / LOAD_SCALE,
      baseline: d.stiffness,
    });
  }
  return rows;
}

function pct(level: number): string {
  return `${Math.round(level * 1000) / 10}%`;
}

function r1(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1);
}

function stiffnessMessage(id: string, a: Omit<Association, "message">): string {
  const i = a.interval;
  if (!i || a.verdict === "not-enough-data") {
    return i
      ? `${id}: not enough data yet. Over ${a.n} days the next-day stiffness ranged from ${r1(-i.high)} lower to ${r1(i.low)} higher (${pct(i.level)} interval), which includes no effect.`
      : `${id}: not enough data yet (${a.n} days with stiffness ratings on consecutive days).`;
  }
  if (a.verdict === "helps") {
    return `${id}: on days you did it, the next day started about ${r1(-i.estimate)} points less stiff out of 10 (${pct(i.level)} interval ${r1(-i.high)} to ${r1(-i.low)}), allowing for your running load. Fairly sure this goes with less stiffness for you; it is an association over ${a.n} days, not proof.`;
  }
  return `${id}: on days you did it, the next day started about ${r1(i.estimate)} points stiffer out of 10 (${pct(i.level)} interval ${r1(i.low)} to ${r1(i.high)}), allowing for your running load. Consider a lighter dose or another technique (X5).`;
}

function verdictOf(i: Interval, goodSign: 1 | -1): Association["verdict"] {
  if (goodSign * i.low > 0 && goodSign * i.high > 0) return "helps";
  if (goodSign * i.low < 0 && goodSign * i.high < 0) return "worse";
  return "not-enough-data";
}

/** Next-day stiffness association per technique. */
export function stiffnessAssociations(
  days: Map<string, DayRow>,
  level = 0.95,
): Map<string, Association> {
  const rows = stiffnessRows(days);
  const ids = [...new Set(rows.flatMap((r) => [...r.used]))].sort();
  const out = new Map<string, Association>();
  const eligible = ids.filter((id) => {
    const k = rows.filter((r) => r.used.has(id)).length;
    return k >= MIN_EACH_WAY && rows.length - k >= MIN_EACH_WAY;
  });
  for (const id of ids) {
    if (!eligible.includes(id) || rows.length < MIN_DAYS) {
      const k = rows.filter((r) => r.used.has(id)).length;
      const a = { verdict: "not-enough-data" as const, n: rows.length };
      const why =
        rows.length < MIN_DAYS
          ? `${rows.length} days with stiffness ratings on consecutive days; at least ${MIN_DAYS} are needed`
          : `done on ${k} of ${rows.length} rated days; comparing needs at least ${MIN_EACH_WAY} days with it and ${MIN_EACH_WAY} without`;
      out.set(id, { ...a, message: `${id}: not enough data yet (${why}).` });
    }
  }
  if (rows.length < MIN_DAYS || eligible.length === 0) return out;
  const adjusted = 1 - (1 - level) / eligible.length;
  const y = rows.map((r) => r.y);
  const tail = (r: Row) => [r.load, r.baseline];
  const joint =
    rows.length >= ROWS_PER_COEFFICIENT * (eligible.length + 3)
      ? ols(
          rows.map((r) => [1, ...eligible.map((id) => (r.used.has(id) ? 1 : 0)), ...tail(r)]),
          y,
        )
      : undefined;
  eligible.forEach((id, j) => {
    const fit =
      joint ??
      ols(
        rows.map((r) => [1, r.used.has(id) ? 1 : 0, ...tail(r)]),
        y,
      );
    const index = joint ? 1 + j : 1;
    let a: Omit<Association, "message">;
    if (!fit || !Number.isFinite(fit.standardErrors[index]!))
      a = { verdict: "not-enough-data", n: rows.length };
    else {
      const interval = coefficientInterval(fit, index, adjusted);
      a = { verdict: verdictOf(interval, -1), n: rows.length, interval };
    }
    out.set(id, { ...a, message: stiffnessMessage(id, a) });
  });
  return out;
}

interface RomRow {
  delta: number;
  from: string;
  to: string;
}

/** Consecutive re-tests 3-28 days apart, changes in smallest-real-change units (better > 0). */
function romIntervals(tests: readonly RomTest[]): RomRow[] {
  const out: RomRow[] = [];
  const kinds = [...new Set(tests.map((t) => t.test))];
  for (const kind of kinds) {
    const series = tests
      .filter((t) => t.test === kind)
      .map((t) => {
        const vals = ROM_SIDED[kind]
          ? [t.left, t.right].filter((v): v is number => v !== undefined)
          : t.value !== undefined
            ? [t.value]
            : [];
        return {
          date: t.date,
          value: vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : undefined,
        };
      })
      .filter((p): p is { date: string; value: number } => p.value !== undefined)
      .sort((a, b) => a.date.localeCompare(b.date));
    for (let i = 1; i < series.length; i++) {
      const a = series[i - 1]!;
      const b = series[i]!;
      const gap = daysBetween(a.date, b.date);
      if (gap < 3 || gap > 28) continue;
      out.push({
        delta: ((b.value - a.value) * betterDirection(kind)) / SMALLEST_REAL_CHANGE[kind],
        from: a.date,
        to: b.date,
      });
    }
  }
  return out;
}

function romMessage(id: string, a: Omit<Association, "message">): string {
  const i = a.interval;
  if (!i || a.verdict === "not-enough-data") {
    return `${id}: not enough data yet to link it to range-of-motion changes (${a.n} re-test intervals${i ? `; the interval ${r1(i.low)} to ${r1(i.high)} includes no effect` : ""}).`;
  }
  return a.verdict === "helps"
    ? `${id}: weeks with more of it went with larger range-of-motion gains (about ${r1(i.estimate)} real-change units going from never to daily, ${pct(i.level)} interval ${r1(i.low)} to ${r1(i.high)}), allowing for load.`
    : `${id}: weeks with more of it went with range-of-motion losses (${pct(i.level)} interval ${r1(i.low)} to ${r1(i.high)}), allowing for load.`;
}

/** ROM change association per technique. */
export function romAssociations(
  days: Map<string, DayRow>,
  tests: readonly RomTest[],
  ids: readonly string[],
  level = 0.95,
): Map<string, Association> {
  const intervals = romIntervals(tests);
  const features = intervals.map((iv) => {
    const span = daysBetween(iv.from, iv.to);
    const usedDays = new Map<string, number>();
    let load = 0;
    for (let k = 1; k <= span; k++) {
      const d = days.get(addDays(iv.from, k));
      if (!d) continue;
      load += d.load;
      for (const id of d.used) usedDays.set(id, (usedDays.get(id) ?? 0) + 1);
    }
    return {
      share: (id: string) => (usedDays.get(id) ?? 0) / span,
      load: load / span / LOAD_SCALE,
      y: iv.delta,
    };
  });
  const out = new Map<string, Association>();
  const testable = ids.filter((id) => {
    const shares = features.map((f) => f.share(id));
    return features.length >= MIN_ROM_INTERVALS && Math.max(...shares) - Math.min(...shares) > 0.1;
  });
  const adjusted = 1 - (1 - level) / Math.max(1, testable.length);
  for (const id of ids) {
    let a: Omit<Association, "message"> = { verdict: "not-enough-data", n: features.length };
    if (testable.includes(id)) {
      const fit = ols(
        features.map((f) => [1, f.share(id), f.load]),
        features.map((f) => f.y),
      );
      if (fit && Number.isFinite(fit.standardErrors[1]!) && fit.df >= 3) {
        const interval = coefficientInterval(fit, 1, adjusted);
        a = { verdict: verdictOf(interval, 1), n: features.length, interval };
      }
    }
    out.set(id, { ...a, message: romMessage(id, a) });
  }
  return out;
}

/** Both associations for every technique done at least once, most used first. */
export function techniqueInsights(
  days: Map<string, DayRow>,
  tests: readonly RomTest[],
): TechniqueInsight[] {
  const usage = new Map<string, number>();
  for (const d of days.values()) for (const id of d.used) usage.set(id, (usage.get(id) ?? 0) + 1);
  const ids = [...usage.keys()].sort((a, b) => usage.get(b)! - usage.get(a)! || a.localeCompare(b));
  const stiffness = stiffnessAssociations(days);
  const rom = romAssociations(days, tests, ids);
  return ids.map((id) => ({
    movementId: id,
    daysUsed: usage.get(id)!,
    nextDayStiffness: stiffness.get(id) ?? {
      verdict: "not-enough-data",
      n: 0,
      message: `${id}: not enough data yet (no stiffness ratings on consecutive days).`,
    },
    romChange: rom.get(id)!,
    reasons: ["P5", "S9"],
  }));
}
