/**
 * Load for `limber load`, the API and `limber today`: the report over recent weeks, and
 * how today's load state shapes the routine (L1, L8, L9).
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import { BIG_RUN, bigRunSignals, type BigRunSignal } from "../../core/load/big-run.js";
import { emptyBaseline, settledBaselines, type LoadBaseline } from "../../core/load/baseline.js";
import { runTypeOf, type RunRecord } from "../../core/journal/types.js";
import { runsOfToday } from "../../core/journal/todays-runs.js";
import { addDays, dayBounds, daysBetween, localDay } from "../../core/time/calendar.js";
import { heartRateAnchors, type HeartRateAnchors } from "../../core/load/effort.js";
import {
  baselineDayFor,
  buildLoadReport,
  sessionLoads,
  type LoadReport,
  type SessionLoadLine,
} from "../../core/load/report.js";
import type { LoadState } from "../../core/load/state.js";
import type { RoutineContext } from "../../core/routine/types.js";
import type { RuleId, RunType } from "../../core/vocabulary.js";
import {
  loadBaselinesRepository,
  lockRunsOf,
  profileRepository,
  runsRepository,
  withTransaction,
  type Database,
} from "../../store/index.js";
import { parseInput } from "../../core/schemas/parse.js";
import { DayWindow } from "../../core/schemas/planned.js";
import { processTimeZone } from "../journal/context.js";

/** What the stored load baselines were computed with: a change to either recomputes them. */
function baselineInputs(timeZone: string, heartRate: HeartRateAnchors): string {
  return JSON.stringify({ timeZone, heartRate });
}

/** How old the newest stored baseline may get before a read stores a newer one. */
const BASELINE_REFRESH_DAYS = 56;

/**
 * The load baseline at the end of `day` or shortly before (see core/load/baseline.ts): the
 * stored one when it is recent enough, else computed forward from the newest stored one
 * (or from the first run) and stored. The runs are locked meanwhile so a run written at the
 * same time cannot leave a stale baseline behind.
 */
async function baselineFor(
  database: Database,
  userId: string,
  who: { timeZone: string; heartRate: HeartRateAnchors },
  day: string,
): Promise<LoadBaseline> {
  const inputs = baselineInputs(who.timeZone, who.heartRate);
  const stored = await loadBaselinesRepository(database).latest(userId, inputs, day);
  if (stored && daysBetween(stored.asOf, day) <= BASELINE_REFRESH_DAYS) return stored;
  return withTransaction(database, async (tx) => {
    await lockRunsOf(tx, userId);
    const repo = loadBaselinesRepository(tx);
    const start = await repo.latest(userId, inputs, day);
    const runs = await runsRepository(tx).listRuns(userId, {
      ...(start ? { from: dayBounds(addDays(start.asOf, 1), who.timeZone).from } : {}),
      to: dayBounds(day, who.timeZone).to,
      planned: false,
    });
    const first = runs[0];
    if (!first) return start ?? emptyBaseline(day);
    const from =
      start ?? emptyBaseline(addDays(localDay(first.activity.startTime, who.timeZone), -1));
    const sessions = sessionLoads(runs, who.timeZone, who.heartRate).filter(
      (s) => s.date > from.asOf,
    );
    const points = settledBaselines(from, sessions, day);
    if (points.length > 0) await repo.save(userId, inputs, points);
    return points.at(-1) ?? from;
  });
}

/**
 * One bounded read of the runner's runs for a day's decisions: the load baseline for a
 * report of `weeks` weeks, and the runs (done and planned, up to two days ahead or
 * `aheadDays`) from the
 * day after it, or from `lookbackDays` back when that is earlier. Its cost does not grow
 * with years of history.
 *
 * @example
 * const w = await trainingWindow(database, userId, new Date(), { weeks: 1, lookbackDays: 120 });
 * buildLoadReport(w.runs.filter((r) => !r.planned), { ...w, now, weeks: 1 });
 */
export async function trainingWindow(
  database: Database,
  userId: string,
  now: Date,
  opts: { weeks: number; lookbackDays?: number; aheadDays?: number },
): Promise<TrainingWindow> {
  const profile = await profileRepository(database).getProfile(userId);
  const timeZone = profile?.timeZone ?? processTimeZone();
  const heartRate = heartRateAnchors(profile ?? undefined);
  const today = localDay(now, timeZone);
  const baseline = await baselineFor(
    database,
    userId,
    { timeZone, heartRate },
    baselineDayFor(today, opts.weeks),
  );
  const after = addDays(baseline.asOf, 1);
  const lookback = addDays(today, -(opts.lookbackDays ?? 0));
  const from = lookback < after ? lookback : after;
  const runs = await runsRepository(database).listRuns(userId, {
    from: dayBounds(from, timeZone).from,
    to: dayBounds(addDays(today, opts.aheadDays ?? 2), timeZone).to,
  });
  return { today, timeZone, heartRate, baseline, runs };
}

export interface TrainingWindow {
  /** The runner's calendar day. */
  today: string;
  timeZone: string;
  heartRate: HeartRateAnchors;
  /** The load model's state at the end of a day before the window's load series. */
  baseline: LoadBaseline;
  /** Runs done and planned from the window's first day to two days ahead, oldest first. */
  runs: RunRecord[];
}

function reportFrom(w: TrainingWindow, now: Date, weeks: number): LoadReport {
  return buildLoadReport(
    w.runs.filter((r) => !r.planned),
    { now, timeZone: w.timeZone, weeks, heartRate: w.heartRate, baseline: w.baseline },
  );
}

/**
 * The load report for the last `weeks` weeks (1-104, default 12).
 *
 * @example
 * const report = await loadReport(database, userId, { weeks: 12, now: new Date() });
 * report.state.ratio; // 1.12
 */
export async function loadReport(
  database: Database,
  userId: string,
  opts: { weeks?: unknown; now?: Date } = {},
): Promise<LoadReport> {
  const weeks = opts.weeks === undefined ? 12 : Number(opts.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) {
    throw new InputError(
      "weeks",
      `must be a whole number from 1 to 104, got ${String(opts.weeks)}`,
    );
  }
  const now = opts.now ?? new Date();
  return reportFrom(await trainingWindow(database, userId, now, { weeks }), now, weeks);
}

export interface TodayLoadShaping {
  /** Type of the latest run today (the runner's override wins). */
  run?: RunType;
  lighten?: RoutineContext["lighten"];
  reasons: RuleId[];
  state: LoadState;
}

/**
 * What today's routine should take from the runs: the latest run's type today and, when
 * load spiked or fatigue runs deep, a lighter session with capped pressure and a
 * suggestion of rest or active recovery. The ratio never blocks anything; it shapes.
 *
 * @example
 * const { run, lighten, reasons } = await todayLoadShaping(database, userId, new Date());
 */
export async function todayLoadShaping(
  database: Database,
  userId: string,
  now: Date = new Date(),
): Promise<TodayLoadShaping> {
  return loadShapingFrom(await trainingWindow(database, userId, now, { weeks: 1 }), now);
}

/** Today's load shaping from a window already read (see `todayLoadShaping`). */
export function loadShapingFrom(w: TrainingWindow, now: Date): TodayLoadShaping {
  const report = reportFrom(w, now, 1);
  const today = report.today;
  // Today's runs as the routine sees them (runsOfToday): one begun before midnight and
  // finished after it is today's, so this answer and today's routine name the same run.
  const todays = runsOfToday(w.runs, today, w.timeZone, now).filter(
    (r: RunRecord) => r.activity.sport === "run",
  );
  const latest = todays.at(-1);
  const out: TodayLoadShaping = { reasons: [], state: report.state };
  const type = latest ? runTypeOf(latest) : undefined;
  if (type) {
    out.run = type;
    for (const r of latest?.classification?.rules ?? [])
      if (!out.reasons.includes(r)) out.reasons.push(r);
  }
  if (report.state.lighten) {
    out.lighten = report.state.lighten;
    for (const r of report.state.lighten.rules) if (!out.reasons.includes(r)) out.reasons.push(r);
  }
  return out;
}

export interface RunListLine extends SessionLoadLine {
  startTime: string;
  /** Moving time when known, else elapsed, seconds. */
  seconds: number;
  name?: string;
  /** Seconds per km (runs). */
  paceSecondsPerKm?: number;
  typeSource?: "runner" | "data";
  source: string;
}

/**
 * Stored activities, oldest first, with the load each counts for: all of them, or the
 * `newest` few (a page read from the store, not the whole journal).
 *
 * @example
 * (await listRunsWithLoad(database, userId, { newest: 50 })).map((r) => `${r.date} ${r.type} ${r.load}`);
 */
export async function listRunsWithLoad(
  database: Database,
  userId: string,
  opts: { newest?: number } = {},
): Promise<RunListLine[]> {
  const runs = await runsRepository(database).listRuns(userId, {
    planned: false,
    ...(opts.newest !== undefined ? { newest: opts.newest } : {}),
  });
  return listLines(database, userId, runs);
}

/**
 * One done run as `listRunsWithLoad` lists it, or null when the runner has no done run with
 * that id (to name a run before changing it).
 *
 * @example
 * (await runWithLoad(database, userId, id))?.load; // 240
 */
export async function runWithLoad(
  database: Database,
  userId: string,
  id: string,
): Promise<RunListLine | null> {
  const run = await runsRepository(database).getRun(userId, id);
  if (!run || run.planned) return null;
  return (await listLines(database, userId, [run]))[0] ?? null;
}

/** The list lines of done runs, in the runner's zone and with their heart-rate anchors. */
async function listLines(
  database: Database,
  userId: string,
  runs: readonly RunRecord[],
): Promise<RunListLine[]> {
  const profile = await profileRepository(database).getProfile(userId);
  const timeZone = profile?.timeZone ?? processTimeZone();
  const byId = new Map(runs.map((r) => [r.id, r]));
  return sessionLoads(runs, timeZone, heartRateAnchors(profile ?? undefined)).map((line) => {
    const r = byId.get(line.id)!;
    const out: RunListLine = {
      ...line,
      startTime: r.activity.startTime,
      seconds: r.activity.movingSeconds ?? r.activity.elapsedSeconds,
      source: r.activity.source.fileName ?? r.activity.source.kind,
    };
    if (r.activity.name) out.name = r.activity.name;
    if (r.activity.avgPaceSecondsPerKm !== undefined)
      out.paceSecondsPerKm = r.activity.avgPaceSecondsPerKm;
    if (line.type) out.typeSource = r.typeOverride ? "runner" : "data";
    return out;
  });
}

/**
 * Sets the runner's own RPE (1-10) on any run, manual or imported; `null` clears it so
 * the load is estimated again from heart rate or the run type. The load follows at once.
 *
 * @example
 * await setRunRpe(database, userId, runId, 7);
 */
export async function setRunRpe(
  database: Database,
  userId: string,
  id: string,
  rpe: unknown,
): Promise<RunRecord> {
  let value: number | null = null;
  if (rpe !== null) {
    const n = typeof rpe === "string" && rpe.trim() !== "" ? Number(rpe) : rpe;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 10) {
      throw new InputError(
        "rpe",
        `must be a whole number from 1 to 10 (or clear), got ${String(rpe)}`,
      );
    }
    value = n;
  }
  const repo = runsRepository(database);
  const before = await repo.getRun(userId, id);
  if (!before || before.planned) throw new NotFoundError(`run ${id}`);
  const run = await repo.setRunAssessment(
    userId,
    id,
    value === null ? { rpe: null, rpeEstimated: null } : { rpe: value, rpeEstimated: false },
  );
  return run!;
}

export interface DayTrainingContext {
  /** The runner's calendar day. */
  date: string;
  /**
   * L12: a run today (done or planned) or yesterday (done) much longer than the longest
   * of the 30 days before it, with its figures and source. The routine after it follows
   * L2 and L6 (treat the day as after a long run).
   */
  bigRun?: BigRunSignal;
  /** How today's load shapes the routine (type of today's run, lighter care). */
  load: TodayLoadShaping;
}

/**
 * What today's routine should take from the runner's training: the load shaping and the
 * big-run flag (L12). For the journal's routine context: when `bigRun` is set, plan the
 * routine as after a long run (L2, L6) and show `bigRun.message`.
 *
 * @example
 * const { bigRun, load } = await dayTrainingContext(database, userId, new Date());
 */
export async function dayTrainingContext(
  database: Database,
  userId: string,
  now: Date = new Date(),
  window?: TrainingWindow,
): Promise<DayTrainingContext> {
  const w =
    window ??
    (await trainingWindow(database, userId, now, {
      weeks: 1,
      lookbackDays: BIG_RUN_LOOKBACK_DAYS,
    }));
  const load = loadShapingFrom(w, now);
  const date = w.today;
  const from = addDays(date, -1);
  const signals = bigRunSignals(w.runs, from, date, w.timeZone).filter(
    (s) => s.date === date || !s.planned,
  );
  const out: DayTrainingContext = { date, load };
  const pick = signals.find((s) => s.date === date) ?? signals[0];
  if (pick) out.bigRun = pick;
  return out;
}

/** Days back L12 compares yesterday's and today's runs with (the 30 days before yesterday). */
export const BIG_RUN_LOOKBACK_DAYS = BIG_RUN.windowDays + 1;

/**
 * L12 signals for the runner's runs (done and planned) from `from` for `days` days.
 *
 * @example
 * await bigRuns(database, userId, { from: "2026-12-01", days: 14 });
 */
export async function bigRuns(
  database: Database,
  userId: string,
  opts: { from?: unknown; days?: unknown; now?: Date } = {},
): Promise<BigRunSignal[]> {
  const profile = await profileRepository(database).getProfile(userId);
  const timeZone = profile?.timeZone ?? processTimeZone();
  const today = localDay(opts.now ?? new Date(), timeZone);
  const window = parseInput(DayWindow, { from: opts.from, days: opts.days });
  const from = window.from ?? addDays(today, -27);
  const days = window.days ?? 35;
  const to = addDays(from, days - 1);
  // each run is compared with the 30 days before it: read from then, not the whole journal
  const runs = await runsRepository(database).listRuns(userId, {
    from: dayBounds(addDays(from, -BIG_RUN.windowDays), timeZone).from,
    to: dayBounds(to, timeZone).to,
  });
  return bigRunSignals(runs, from, to, timeZone);
}
