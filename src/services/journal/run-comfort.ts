/**
 * How the next run felt (P7): comfort 0 (awful) to 10 (great), tied to a run.
 *
 * @example
 * await addRunComfort(database, userId, { comfort: 8 }); // ties to today's latest run if any
 */
import { InputError } from "../../core/errors.js";
import type { RunComfort } from "../../core/journal/types.js";
import { runComfortRepository, runsRepository, type Database } from "../../store/index.js";
import { dayBounds, localDay } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "./context.js";
import { RunComfortBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";

export interface RunComfortInput {
  comfort: unknown;
  /** The run it rates; default the latest run on that day, if any. */
  runId?: unknown;
  /** Calendar day; default today (or the rated run's day). */
  date?: unknown;
  notes?: unknown;
}

/** Records a comfort rating and returns it. */
export async function addRunComfort(
  database: Database,
  userId: string,
  input: RunComfortInput,
  opts: ServiceOptions = {},
): Promise<RunComfort> {
  const body = parseInput(RunComfortBody, input, "", "comfort");
  const now = opts.now ?? new Date();
  const comfort = body.comfort;
  const tz = await userTimeZone(database, userId);
  const runs = runsRepository(database);
  let runId = body.runId ?? undefined;
  let date = body.date;
  if (runId) {
    const run = await runs.getRun(userId, runId);
    if (!run) throw new InputError("run", `no run with id ${runId} (see \`limber runs\`)`);
    date ??= localDay(run.activity.startTime, run.activity.timeZone ?? tz);
  } else {
    date ??= localDay(now, tz);
    const { from, to } = dayBounds(date, tz);
    const sameDay = await runs.listRuns(userId, { from, to, sport: "run", planned: false });
    runId = sameDay.at(-1)?.id;
  }
  const rating: RunComfort = {
    id: crypto.randomUUID(),
    date,
    comfort,
    createdAt: now.toISOString(),
  };
  if (runId) rating.runId = runId;
  if (body.notes) rating.notes = body.notes;
  await runComfortRepository(database).insertRunComfort(userId, rating);
  return rating;
}

/** Comfort ratings, oldest first. */
export async function listRunComfort(database: Database, userId: string): Promise<RunComfort[]> {
  return runComfortRepository(database).listRunComfort(userId);
}
