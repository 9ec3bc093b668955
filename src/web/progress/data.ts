/**
 * Turns journal records into chart series for the Progress screen: ROM tests per test
 * and side, stiffness / soreness trends, sessions per week against the 3-4 target (T7),
 * training load, and plain-language wins (P4). A session counts on its calendar day in the
 * runner's time zone, as everywhere else.
 */
import type { RomTest, RomTestKind, SessionLog, BodyCheck } from "../../core/journal/types.js";
import {
  adherence as insightsAdherence,
  fromFirstSessionWeek,
  sessionsByWeek,
  weeksSpan,
} from "../../core/insights/adherence.js";
import { addDays, dayLabel, localDay, weekStartOf } from "../../core/time/calendar.js";
import { fromFirstActivity, weekActive, type WeekLoad } from "../../core/load/report.js";
import { romChanges } from "../../core/insights/rom.js";
import { byDayThenLogged } from "../../core/time/logged-order.js";
import { testLabel } from "../../core/insights/thresholds.js";

/**
 * Typical ranges for healthy adults, drawn as a shaded band for orientation only: the
 * goal is the runner's own steady progress (P2), not a population number.
 */
export const ROM_NORMAL: Partial<Record<RomTestKind, { low: number; high: number }>> = {
  "knee-to-wall": { low: 10, high: 15 },
  "straight-leg-raise": { low: 70, high: 90 },
  "thoracic-rotation": { low: 45, high: 60 },
  "sit-and-reach": { low: 0, high: 10 },
};

export interface RomPoint {
  date: string;
  left?: number;
  right?: number;
  value?: number;
}

/** One point per test record, oldest first; Thomas passes count as 1, fails as 0. */
export function romSeries(tests: RomTest[], kind: RomTestKind): RomPoint[] {
  return tests
    .filter((t) => t.test === kind)
    .sort(byDayThenLogged)
    .map((t) => {
      const p: RomPoint = { date: t.date };
      const l = t.left ?? (t.leftPass === undefined ? undefined : t.leftPass ? 1 : 0);
      const r = t.right ?? (t.rightPass === undefined ? undefined : t.rightPass ? 1 : 0);
      if (l !== undefined) p.left = l;
      if (r !== undefined) p.right = r;
      if (t.value !== undefined) p.value = t.value;
      return p;
    });
}

export interface TrendPoint {
  date: string;
  stiffness?: number;
  soreness?: number;
  source: "session" | "check";
}

/**
 * After-session ratings and body-check averages, oldest first, each session on its day in
 * `timeZone`.
 */
export function trendSeries(
  sessions: SessionLog[],
  checks: BodyCheck[],
  timeZone: string,
): TrendPoint[] {
  const pts: TrendPoint[] = [];
  for (const s of sessions) {
    const r = s.after ?? s.before;
    if (!r) continue;
    const p: TrendPoint = { date: localDay(s.startedAt, timeZone), source: "session" };
    if (r.stiffness !== undefined) p.stiffness = r.stiffness;
    if (r.soreness !== undefined) p.soreness = r.soreness;
    pts.push(p);
  }
  for (const c of checks) {
    if (c.entries.length === 0) continue;
    const avg = c.entries.reduce((a, e) => a + e.stiffness, 0) / c.entries.length;
    pts.push({ date: c.date, stiffness: Math.round(avg * 10) / 10, source: "check" });
  }
  return pts.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Sessions per week for the last `weeks` weeks, ending with the week of `today`: weeks start
 * on the runner's own first day (`weekStartsOn`, 1 = Monday) and sessions count as the
 * insights count them (`sessionsByWeek`: something done, on the runner's day). As in the
 * insights' adherence, weeks before the first session are left out (a new runner's chart
 * showed seven empty weeks they never had a chance to fill); none at all before a first one.
 *
 * @example
 * adherence(sessions, "2026-11-22", 8, "Europe/Berlin", 1); // [{ week: "2026-09-28", sessions: 2 }, ...]
 */
export function adherence(
  sessions: SessionLog[],
  today: string,
  weeks: number,
  timeZone: string,
  weekStartsOn: number,
): { week: string; sessions: number }[] {
  const counts = sessionsByWeek(sessions, today, timeZone, weekStartsOn);
  const last = weekStartOf(today, weekStartsOn);
  const all = Array.from({ length: weeks }, (_, i) => addDays(last, -7 * (weeks - 1 - i)));
  return fromFirstSessionWeek(all, counts).map((week) => ({
    week,
    sessions: counts.get(week) ?? 0,
  }));
}

export interface LoadPoint {
  date: string;
  fitness?: number;
  fatigue?: number;
  form?: number;
}

/**
 * Fitness, fatigue and form over time from the load report: its weekly blocks carry them
 * (dated by each block's last day), from the first week with any activity; other array names
 * are read the same way.
 *
 * @example
 * loadSeries({ weeks: [{ end: "2026-11-22", fitness: 30, fatigue: 42, form: -12 }] });
 */
export function loadSeries(doc: unknown): LoadPoint[] {
  if (!doc || typeof doc !== "object") return [];
  const o = doc as Record<string, unknown>;
  const hasFitness = (v: unknown) =>
    Array.isArray(v) && v.some((p) => p && typeof p === "object" && ("fitness" in p || "ctl" in p));
  const found = (["weeks", "series", "days", "daily", "points"].map((k) => o[k]).find(hasFitness) ??
    (Array.isArray(doc) ? doc : [])) as Record<string, unknown>[];
  // The report's weeks start where the journal does, as in `limber load`.
  const arr: Record<string, unknown>[] =
    found === o.weeks ? fromFirstWeek(found as unknown as WeekLoad[]) : found;
  const num = (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) ? Math.round(v * 10) / 10 : undefined;
  return arr.map((p) => {
    const pt: LoadPoint = { date: String(p.end ?? p.date ?? p.day ?? "") };
    const fit = num(p.fitness ?? p.ctl);
    const fat = num(p.fatigue ?? p.atl);
    const form = num(p.form ?? p.tsb);
    if (fit !== undefined) pt.fitness = fit;
    if (fat !== undefined) pt.fatigue = fat;
    if (form !== undefined) pt.form = form;
    return pt;
  });
}

/** The weeks from the first with any activity; none at all before one (nothing to chart). */
function fromFirstWeek(weeks: WeekLoad[]): Record<string, unknown>[] {
  const from = weeks.some(weekActive) ? fromFirstActivity(weeks) : [];
  return from as unknown as Record<string, unknown>[];
}

/** The load report's current state, when it has one (acute and chronic load in AU). */
export function loadState(
  doc: unknown,
): { acute?: number; chronic?: number; ratio?: number; form?: number } | null {
  const st = doc && typeof doc === "object" ? (doc as { state?: unknown }).state : undefined;
  if (!st || typeof st !== "object") return null;
  const s = st as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  const out: { acute?: number; chronic?: number; ratio?: number; form?: number } = {};
  const acute = num(s.acute);
  const chronic = num(s.chronic);
  const ratio = num(s.ratio);
  const form = num(s.form);
  if (acute !== undefined) out.acute = acute;
  if (chronic !== undefined) out.chronic = chronic;
  if (ratio !== undefined) out.ratio = ratio;
  if (form !== undefined) out.form = form;
  return out;
}

/**
 * Measurable wins in plain words (P4): ROM gains, lower stiffness, steady weeks. A ROM gain is
 * a win only beyond the test's smallest real change (P2), judged by the same `romChanges` the
 * insights' wins come from, so the two never disagree about a centimetre of noise.
 */
export function wins(
  tests: RomTest[],
  sessions: SessionLog[],
  fmtLen: (cm: number) => string,
  today: string,
  timeZone: string,
  weekStartsOn: number,
): string[] {
  const out: string[] = [];
  for (const c of romChanges(tests).filter((x) => x.win)) {
    const label = testLabel(c.test, c.side);
    const since = dayLabel(c.fromDate, today);
    const gain = Math.abs(c.change);
    if (c.unit === "pass") out.push(`${label}: passes now, not at first on ${since}`);
    else
      out.push(
        `${label}: +${c.unit === "cm" ? fmtLen(gain) : `${Math.round(gain)}°`} since ${since}`,
      );
  }
  const rated = sessions.filter(
    (s) => s.before?.stiffness !== undefined && s.after?.stiffness !== undefined,
  );
  const eased = rated.filter((s) => (s.after?.stiffness ?? 0) < (s.before?.stiffness ?? 0)).length;
  if (eased > 0) out.push(`${eased} of ${rated.length} sessions left you less stiff than before`);
  // The insights' own count: complete weeks, against the guide's 3 a week (T7).
  const steady = insightsAdherence({ sessions, today, timeZone, weekStartsOn });
  const met = steady.weeks.filter((w) => w.met).length;
  if (met > 0)
    out.push(
      steady.weeks.length === 1
        ? `Your first full week had ${steady.target.min} or more sessions`
        : `${met} of ${weeksSpan(steady.weeks.length)} with ${steady.target.min} or more sessions`,
    );
  return out;
}
