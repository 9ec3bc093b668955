/**
 * Load for `limber load`, the API and `limber today`: the report over recent weeks, and
 * how today's load state shapes the routine (L1, L8, L9).
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import { bigRunSignals, type BigRunSignal } from "../../core/load/big-run.js";
import { runTypeOf, type RunRecord } from "../../core/journal/types.js";
import { addDays, localDay } from "../../core/time/calendar.js";
import { heartRateAnchors } from "../../core/load/effort.js";
import {
  buildLoadReport,
  sessionLoads,
  type LoadReport,
  type SessionLoadLine,
} from "../../core/load/report.js";
import type { LoadState } from "../../core/load/state.js";
import type { RoutineContext } from "../../core/routine/types.js";
import type { RuleId, RunType } from "../../core/vocabulary.js";
import { profileRepository, runsRepository, type Database } from "../../store/index.js";
import { systemTimeZone } from "../../core/time/calendar.js";
import { parseInput } from "../../core/schemas/parse.js";
import { DayWindow } from "../../core/schemas/planned.js";

async function journal(database: Database, userId: string) {
  const profile = await profileRepository(database).getProfile(userId);
  const runs = await runsRepository(database).listRuns(userId, { planned: false });
  return {
    runs,
    timeZone: profile?.timeZone ?? systemTimeZone(),
    heartRate: heartRateAnchors(profile ?? undefined),
  };
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
  const j = await journal(database, userId);
  return buildLoadReport(j.runs, {
    now: opts.now ?? new Date(),
    timeZone: j.timeZone,
    weeks,
    heartRate: j.heartRate,
  });
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
  const j = await journal(database, userId);
  const report = buildLoadReport(j.runs, {
    now,
    timeZone: j.timeZone,
    weeks: 1,
    heartRate: j.heartRate,
  });
  const today = report.today;
  const todays = j.runs.filter(
    (r: RunRecord) =>
      r.activity.sport === "run" &&
      localDay(r.activity.startTime, j.timeZone) === today &&
      Date.parse(r.activity.startTime) <= now.getTime(),
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
 * Every stored activity, oldest first, with the load it counts for.
 *
 * @example
 * (await listRunsWithLoad(database, userId)).map((r) => `${r.date} ${r.type} ${r.load}`);
 */
export async function listRunsWithLoad(database: Database, userId: string): Promise<RunListLine[]> {
  const j = await journal(database, userId);
  const byId = new Map(j.runs.map((r) => [r.id, r]));
  return sessionLoads(j.runs, j.timeZone, j.heartRate).map((line) => {
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
): Promise<DayTrainingContext> {
  const j = await journal(database, userId);
  const load = await todayLoadShaping(database, userId, now);
  const date = localDay(now, j.timeZone);
  const from = addDays(date, -1);
  const planned = await runsRepository(database).listRuns(userId, {
    from: new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString(),
    to: new Date(Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000).toISOString(),
  });
  const all = [...j.runs, ...planned.filter((r) => r.planned)];
  const signals = bigRunSignals(all, from, date, j.timeZone).filter(
    (s) => s.date === date || !s.planned,
  );
  const out: DayTrainingContext = { date, load };
  const pick = signals.find((s) => s.date === date) ?? signals[0];
  if (pick) out.bigRun = pick;
  return out;
}

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
  const j = await journal(database, userId);
  const today = localDay(opts.now ?? new Date(), j.timeZone);
  const window = parseInput(DayWindow, { from: opts.from, days: opts.days });
  const from = window.from ?? addDays(today, -27);
  const days = window.days ?? 35;
  const to = addDays(from, days - 1);
  const planned = (await runsRepository(database).listRuns(userId)).filter((r) => r.planned);
  return bigRunSignals([...j.runs, ...planned], from, to, j.timeZone);
}
