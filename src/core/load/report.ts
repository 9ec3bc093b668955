/**
 * The load report behind `limber load` and the API: one line per session, the daily
 * series, weekly totals with fitness / fatigue / form, and today's load state.
 */
import type { RunRecord } from "../journal/types.js";
import { runTypeOf } from "../journal/types.js";
import type { ActivitySport } from "../activity.js";
import type { RunType } from "../vocabulary.js";
import { addDays, localDay } from "../time/calendar.js";
import { loadMinutes, sessionLoad, trimp, type HeartRateAnchors } from "./effort.js";
import { rpeOfRecord } from "./record.js";
import { priorOf, type LoadBaseline } from "./baseline.js";
import { fitnessFatigue } from "./recent-block.js";
import { dailySeries, LOAD, loadState, type DailyLoad, type LoadState } from "./state.js";

export interface SessionLoadLine {
  id: string;
  date: string;
  sport: ActivitySport;
  type?: RunType;
  minutes: number;
  distanceKm?: number;
  rpe: number;
  rpeEstimated: boolean;
  /** RPE x minutes, AU. */
  load: number;
  /** Banister TRIMP, when the activity has heart rate. */
  trimp?: number;
}

export interface WeekLoad {
  /** First day of the 7-day block (blocks end today). */
  start: string;
  end: string;
  load: number;
  sessions: number;
  runKm: number;
  trimp: number;
  /** Values on the block's last day. */
  fitness: number;
  fatigue: number;
  form: number;
}

export interface LoadReport {
  today: string;
  timeZone: string;
  heartRate: HeartRateAnchors;
  state: LoadState;
  weeks: WeekLoad[];
  days: DailyLoad[];
  sessions: SessionLoadLine[];
}

/**
 * Load of each stored activity (planned runs left out), dated in the runner's time zone.
 */
export function sessionLoads(
  records: readonly RunRecord[],
  timeZone: string,
  hr: HeartRateAnchors,
): SessionLoadLine[] {
  return records
    .filter((r) => !r.planned)
    .map((r) => {
      const a = r.activity;
      const minutes = loadMinutes(a);
      const { rpe, estimated } = rpeOfRecord(r, hr);
      const line: SessionLoadLine = {
        id: r.id,
        date: localDay(a.startTime, timeZone),
        sport: a.sport,
        minutes: Math.round(minutes * 10) / 10,
        rpe,
        rpeEstimated: estimated,
        load: Math.round(sessionLoad(rpe, minutes)),
      };
      const type = runTypeOf(r);
      if (type && a.sport === "run") line.type = type;
      if (a.distanceMeters !== undefined) line.distanceKm = Math.round(a.distanceMeters / 10) / 100;
      if (a.avgHeartRate !== undefined)
        line.trimp = Math.round(trimp(minutes, a.avgHeartRate, hr) * 10) / 10;
      return line;
    });
}

/**
 * The latest day a baseline may cover for a report of `weeks` weeks ending on `today`: the
 * day before the report's first week, and at least 28 days (the chronic window) before today.
 *
 * @example
 * baselineDayFor("2026-12-04", 1); // "2026-11-06"
 */
export function baselineDayFor(today: string, weeks: number): string {
  return addDays(today, -Math.max(weeks * 7, LOAD.chronicDays));
}

/**
 * Builds the report for `weeks` 7-day blocks ending on the runner's today. With a
 * `baseline` (the load state at the end of an earlier day, see baseline.ts), `records`
 * need only hold the activities after its day (older ones are ignored) and the result is
 * the same as from the whole history; its day must be on or before `baselineDayFor`.
 *
 * @example
 * buildLoadReport(runs, { now: new Date(), timeZone: "Europe/Berlin", weeks: 12, heartRate: heartRateAnchors(profile) });
 */
export function buildLoadReport(
  records: readonly RunRecord[],
  opts: {
    now: Date;
    timeZone: string;
    weeks: number;
    heartRate: HeartRateAnchors;
    baseline?: LoadBaseline;
  },
): LoadReport {
  const today = localDay(opts.now, opts.timeZone);
  const base = opts.baseline;
  if (base && base.asOf > baselineDayFor(today, opts.weeks))
    throw new Error(
      `load baseline of ${base.asOf} is too late for ${opts.weeks} weeks to ${today}`,
    );
  const sessions = sessionLoads(records, opts.timeZone, opts.heartRate).filter(
    (s) => s.date <= today && (!base || s.date > base.asOf),
  );
  const windowStart = addDays(today, -opts.weeks * 7 + 1);
  // the averages need the whole history to warm up (42-day constant), not just the window;
  // a baseline carries that history in a few numbers
  const first = sessions.reduce((m, s) => (s.date < m ? s.date : m), windowStart);
  const seriesStart = base
    ? addDays(base.asOf, 1)
    : first < addDays(windowStart, -LOAD.fitnessDays * 3)
      ? first
      : addDays(windowStart, -LOAD.fitnessDays * 3);
  const all = dailySeries(sessions, seriesStart, today);
  const prior = priorOf(base);
  const { fitness, fatigue } = fitnessFatigue(
    all.map((d) => d.load),
    LOAD.fitnessDays,
    LOAD.fatigueDays,
    prior,
  );
  const offset = all.length - opts.weeks * 7;
  const weeks: WeekLoad[] = [];
  for (let w = 0; w < opts.weeks; w++) {
    const i0 = offset + w * 7;
    const i1 = i0 + 6;
    const block = all.slice(i0, i1 + 1);
    const start = block[0]?.date ?? addDays(windowStart, w * 7);
    const end = block.at(-1)?.date ?? addDays(start, 6);
    const inBlock = sessions.filter((s) => s.date >= start && s.date <= end);
    const fit = fitness[i1] ?? 0;
    const fat = fatigue[i1] ?? 0;
    weeks.push({
      start,
      end,
      load: Math.round(block.reduce((a, d) => a + d.load, 0)),
      sessions: inBlock.length,
      runKm:
        Math.round(
          inBlock.filter((s) => s.sport === "run").reduce((a, s) => a + (s.distanceKm ?? 0), 0) *
            10,
        ) / 10,
      trimp: Math.round(inBlock.reduce((a, s) => a + (s.trimp ?? 0), 0)),
      fitness: Math.round(fit * 10) / 10,
      fatigue: Math.round(fat * 10) / 10,
      form: Math.round((fit - fat) * 10) / 10,
    });
  }
  return {
    today,
    timeZone: opts.timeZone,
    heartRate: opts.heartRate,
    state: loadState(all, prior),
    weeks,
    days: all.slice(Math.max(0, offset)),
    sessions: sessions.filter((s) => s.date >= windowStart),
  };
}

/**
 * The weeks from the first one with any load, session, distance or fitness on: those before
 * it say nothing. At least the last week, so an empty journal still shows a row.
 *
 * @example
 * fromFirstActivity(report.weeks); // 12 weeks asked, first run in week 9: weeks 9-12
 *
 * `limber load` and the app's load chart both start where the journal does.
 */
export function fromFirstActivity<W extends WeekLoad>(weeks: readonly W[]): W[] {
  const first = weeks.findIndex(weekActive);
  return weeks.slice(first === -1 ? Math.max(weeks.length - 1, 0) : first);
}

/** A week with anything on it: load, a session, distance, or fitness still carried. */
export const weekActive = (w: WeekLoad) =>
  w.load > 0 || w.sessions > 0 || w.runKm > 0 || w.fitness > 0 || w.fatigue > 0;
