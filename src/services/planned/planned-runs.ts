/**
 * Planned runs: typed by the runner (or their coach with plan access) for today or a later
 * day, or imported from a calendar. Only planned runs may lie in the future; a done run
 * on the same day later takes the plan's place (matchPlannedRuns).
 *
 * @example
 * const { run } = await addPlannedRun(database, userId, { date: "2026-12-08", type: "tempo", minutes: 50 });
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { Activity } from "../../core/activity.js";
import { matchPlannedRuns } from "../../core/calendar-plan/match.js";
import type { RunRecord } from "../../core/journal/types.js";
import { addDays } from "../../core/time/calendar.js";
import { instantOf } from "../../core/time/calendar.js";
import { type RunType } from "../../core/vocabulary.js";
import {
  plannedRunsRepository,
  runsRepository,
  storedRunId,
  type Database,
} from "../../store/index.js";
import { dayBounds, localDay, localNoon } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "../journal/context.js";
import { parseInput } from "../../core/schemas/parse.js";
import { DayWindow, PlannedRunBody } from "../../core/schemas/planned.js";

/** How far ahead a run may be planned. */
export const PLAN_AHEAD_DAYS = 366;

export interface PlannedRunInput {
  date: unknown;
  type: unknown;
  minutes: unknown;
  km?: unknown;
  /** Local start "HH:MM"; without it the plan has no time and is kept at noon. */
  time?: unknown;
  name?: unknown;
}

export interface PlannedRunLine {
  id: string;
  date: string;
  type?: RunType;
  minutes: number;
  km?: number;
  name?: string;
  /** Where it came from: "you", or the calendar file or feed. */
  source: string;
  /** The done run that fulfilled it, when it happened. */
  doneRunId?: string;
}

/**
 * Plans a run for today or a later day (at most a year ahead).
 *
 * @example
 * await addPlannedRun(database, userId, { date: "2026-12-08", type: "long", minutes: 100, km: 20 });
 */
export async function addPlannedRun(
  database: Database,
  userId: string,
  input: PlannedRunInput,
  opts: ServiceOptions = {},
): Promise<{ run: RunRecord }> {
  const o = parseInput(PlannedRunBody, input, "", "run");
  const now = opts.now ?? new Date();
  const tz = await userTimeZone(database, userId);
  const today = localDay(now, tz);
  const date = o.date;
  if (date < today)
    throw new InputError(
      "date",
      `a planned run must be today (${today}) or later, got ${date}; use "limber run add" for a run already done`,
    );
  const last = addDays(today, PLAN_AHEAD_DAYS);
  if (date > last)
    throw new InputError("date", `must be at most a year ahead (${last}), got ${date}`);
  const type = o.type;
  const minutes = o.minutes;
  const km = o.km ?? undefined;
  const time = o.time ?? undefined;
  const startTime = time ? new Date(instantOf(date, time, tz)).toISOString() : localNoon(date, tz);
  const activity: Activity = {
    sport: "run",
    startTime,
    timeZone: tz,
    elapsedSeconds: Math.round(minutes * 60),
    laps: [],
    source: { kind: "manual" },
  };
  if (km !== undefined) activity.distanceMeters = Math.round(km * 1000);
  if (o.name) activity.name = o.name;
  const repo = runsRepository(database);
  // planned: never left out as deleted
  const id = storedRunId(
    await repo.insertRun(userId, {
      activity,
      typeOverride: type,
      planned: true,
      createdAt: now.toISOString(),
    }),
  );
  const run = await repo.getRun(userId, id);
  if (!run) throw new NotFoundError(`run ${id}`);
  return { run };
}

/**
 * Planned runs from `from` (default today) for `days` days (default 28), each with the
 * done run that fulfilled it, if any.
 *
 * @example
 * (await listPlannedRuns(database, userId)).map((p) => `${p.date} ${p.type} ${p.minutes} min`);
 */
export async function listPlannedRuns(
  database: Database,
  userId: string,
  opts: { from?: unknown; days?: unknown; now?: Date } = {},
): Promise<PlannedRunLine[]> {
  const tz = await userTimeZone(database, userId);
  const today = localDay(opts.now ?? new Date(), tz);
  const window = parseInput(DayWindow, { from: opts.from, days: opts.days });
  const from = window.from ?? today;
  const days = window.days ?? 28;
  const runs = await runsRepository(database).listRuns(userId, {
    from: dayBounds(from, tz).from,
    to: dayBounds(addDays(from, Math.round(days) - 1), tz).to,
  });
  const matches = new Map(matchPlannedRuns(runs, tz).map((m) => [m.plannedId, m.doneId]));
  return runs
    .filter((r) => r.planned)
    .map((r) => {
      const a = r.activity;
      const line: PlannedRunLine = {
        id: r.id,
        date: localDay(new Date(a.startTime), tz),
        minutes: Math.round(a.elapsedSeconds / 60),
        source: a.source.fileHash?.startsWith("ics:") ? (a.source.fileName ?? "calendar") : "you",
      };
      if (r.typeOverride) line.type = r.typeOverride;
      if (a.distanceMeters !== undefined) line.km = Math.round(a.distanceMeters / 100) / 10;
      if (a.name) line.name = a.name;
      const done = matches.get(r.id);
      if (done) line.doneRunId = done;
      return line;
    });
}

/** Deletes one planned run (done runs are not deleted here). */
export async function deletePlannedRun(
  database: Database,
  userId: string,
  id: string,
): Promise<void> {
  const n = await plannedRunsRepository(database).deletePlanned(userId, [id]);
  if (n === 0) throw new NotFoundError(`planned run ${id}`);
}
