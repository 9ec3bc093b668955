/**
 * Load for `limber load`, the API and `limber today`: the report over recent weeks, and
 * how today's load state shapes the routine (L1, L8, L9).
 */
import { InputError } from "../../core/errors.js";
import { runTypeOf, type RunRecord } from "../../core/journal/types.js";
import { dayKey } from "../../core/load/days.js";
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
import { systemTimeZone } from "../journal/clock.js";

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
      dayKey(r.activity.startTime, j.timeZone) === today &&
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
