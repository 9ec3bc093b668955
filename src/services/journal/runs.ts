/**
 * Manual runs (until a file import is at hand), the runner's own run type, and deleting a
 * run logged or imported by mistake. Imported activities go through the same repository
 * (`runsRepository(database).insertRun`).
 *
 * @example
 * const { run } = await addManualRun(database, userId, { type: "long", minutes: 95, km: 18, rpe: 6 });
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { Activity } from "../../core/activity.js";
import type { RunRecord } from "../../core/journal/types.js";
import { runsRepository, storedRunId, type Database, type RunFilter } from "../../store/index.js";
import { dayBounds, localDay, localNoon } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "./context.js";
import { ManualRunBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";
import { RunType } from "../../core/schemas/vocabulary.js";

export interface ManualRunInput {
  type: unknown;
  minutes: unknown;
  km?: unknown;
  rpe?: unknown;
  /**
   * Calendar day; default today. Today's run ends now (one dated today that would then start
   * the day before starts at midnight instead); an earlier day's run is kept at noon of that
   * day. Both of those are marked `dateOnly` (no time was given).
   */
  date?: unknown;
  /** Exact start instant, instead of date. */
  startTime?: unknown;
  name?: unknown;
}

/** Records a run typed in by hand; `duplicateOf` is set when the same run was already stored. */
export async function addManualRun(
  database: Database,
  userId: string,
  input: ManualRunInput,
  opts: ServiceOptions = {},
): Promise<{ run: RunRecord; duplicateOf?: string }> {
  const o = parseInput(ManualRunBody, input, "", "run");
  const now = opts.now ?? new Date();
  const { type, minutes } = o;
  const km = o.km ?? undefined;
  const rpe = o.rpe ?? undefined;
  if (o.date !== undefined && o.startTime !== undefined)
    throw new InputError("date", "give either date or startTime, not both");
  const tz = await userTimeZone(database, userId);
  const today = localDay(now, tz);
  let startTime: string;
  // An earlier day without a time: the run needs an instant, so noon of that day, marked as
  // a day only so it is never shown as a time the runner gave.
  let dateOnly = false;
  if (o.startTime !== undefined) {
    startTime = o.startTime;
  } else {
    const day = o.date ?? today;
    if (day > today) throw new InputError("date", `must not be after today (${today}), got ${day}`);
    if (day !== today) {
      dateOnly = true;
      startTime = localNoon(day, tz);
    } else {
      const endingNow = new Date(now.getTime() - minutes * 60_000).toISOString();
      const midnight = dayBounds(today, tz).from;
      // A run the runner dated today keeps that day: logged soon after midnight, "ending now"
      // would start it the day before, so it starts at the day's first minute instead, with
      // no time of day (the runner gave none).
      dateOnly = o.date !== undefined && endingNow < midnight;
      startTime = dateOnly ? midnight : endingNow;
    }
  }
  if (Date.parse(startTime) > now.getTime())
    throw new InputError("startTime", `must not be in the future, got ${startTime}`);
  const activity: Activity = {
    sport: "run",
    startTime,
    ...(dateOnly ? { dateOnly: true } : {}),
    timeZone: tz,
    elapsedSeconds: Math.round(minutes * 60),
    laps: [],
    source: { kind: "manual" },
  };
  if (km !== undefined) {
    activity.distanceMeters = Math.round(km * 1000);
    activity.avgPaceSecondsPerKm = Math.round((minutes * 60) / km);
  }
  if (o.name) activity.name = o.name;
  const record_: Omit<RunRecord, "id"> = {
    activity,
    typeOverride: type,
    createdAt: now.toISOString(),
  };
  if (rpe !== undefined) {
    record_.rpe = rpe;
    record_.rpeEstimated = false;
  }
  const repo = runsRepository(database);
  const inserted = await repo.insertRun(userId, record_);
  const { duplicateOf } = inserted;
  const id = storedRunId(inserted); // entered by hand: never left out as deleted
  const run = await repo.getRun(userId, id);
  if (!run) throw new NotFoundError(`run ${id}`);
  return duplicateOf ? { run, duplicateOf } : { run };
}

/** Runs and other activities by start time, oldest first. */
export async function listRuns(
  database: Database,
  userId: string,
  filter: RunFilter = {},
): Promise<RunRecord[]> {
  return runsRepository(database).listRuns(userId, filter);
}

/** Sets (or with null clears) the runner's own type for a stored run. */
export async function setRunType(
  database: Database,
  userId: string,
  id: string,
  type: unknown,
): Promise<RunRecord> {
  const t = type === null ? null : parseInput(RunType, type, "type");
  const run = await runsRepository(database).setRunTypeOverride(userId, id, t);
  if (!run) throw new NotFoundError(`run ${id}`);
  return run;
}

/**
 * Deletes a done run (imported twice, or typed in wrong) and returns it as it was, so the
 * caller can say what went. The load it fed is recomputed without it. A plan it fulfilled
 * needs nothing: plans are matched to done runs on every read (matchPlannedRuns), so the
 * plan counts as not done again, or as done by another run of that day. NotFoundError when
 * the user has no such done run; planned runs are deleted with `deletePlannedRun`.
 *
 * A run imported from a file is remembered as deleted, so a later import of the same export
 * leaves it out (`limber import --include-deleted` brings it back).
 *
 * @example
 * const gone = await deleteRun(database, userId, id); // gone.activity.startTime, ...
 */
export async function deleteRun(
  database: Database,
  userId: string,
  id: string,
  opts: ServiceOptions = {},
): Promise<RunRecord> {
  const repo = runsRepository(database);
  const run = await repo.getRun(userId, id);
  if (!run || run.planned || !(await repo.deleteRun(userId, id, opts)))
    throw new NotFoundError(`run ${id}`);
  return run;
}
