/**
 * The load baseline: the state of the load model (fitness, fatigue, the running training
 * block) at the end of one day, so today's state needs only the runs after that day instead
 * of every run ever recorded. The baseline is derived data: it is recomputed from the runs
 * whenever they change before its day (the store drops it), and it equals what the whole
 * history gives (proved by baseline.test.ts for random journals).
 *
 * Only days whose stored state no later run can change are kept ("settled" days): each
 * block's starting level is the mean of its first 28 days, so a day counts when the last
 * block began at least 27 days before it, or when it ends a break of 14 days and the next
 * day starts a block (which sets fitness and fatigue afresh), or before any activity. A run
 * added, changed or deleted on or before a stored day makes the store drop that day.
 */
import { addDays, daysBetween } from "../time/calendar.js";
import { fitnessFatigue, NO_PRIOR, RECENT_BLOCK, type PriorDays } from "./recent-block.js";
import { dailySeries, LOAD } from "./state.js";

export interface LoadBaseline {
  /** The last day the state covers, "YYYY-MM-DD" in the runner's time zone. */
  asOf: string;
  /** Fitness (42-day average) at the end of `asOf`. */
  fitness: number;
  /** Fatigue (7-day average) at the end of `asOf`. */
  fatigue: number;
  /** Rest days in a row ending on `asOf`, capped at the break (14 days). */
  restDays: number;
  /** First day of the training block running on `asOf`; absent after a break or before any run. */
  blockStart?: string;
}

/** How far apart stored baselines are, so any window finds one shortly before it. */
export const BASELINE_SPACING_DAYS = 28;

/**
 * The state before any activity, as of `asOf` (the day before the first run, or any
 * earlier day).
 *
 * @example
 * emptyBaseline("2020-01-01"); // { asOf: "2020-01-01", fitness: 0, fatigue: 0, restDays: 14 }
 */
export function emptyBaseline(asOf: string): LoadBaseline {
  return { asOf, fitness: 0, fatigue: 0, restDays: RECENT_BLOCK.breakDays };
}

/**
 * The baseline as the model's prior for a series starting the day after `asOf`.
 *
 * @example
 * loadState(dailySeries(sessions, addDays(b.asOf, 1), today), priorOf(b));
 */
export function priorOf(b: LoadBaseline | undefined): PriorDays {
  if (!b) return NO_PRIOR;
  const prior: PriorDays = { restDays: b.restDays, fitness: b.fitness, fatigue: b.fatigue };
  if (b.blockStart !== undefined) prior.blockDays = daysBetween(b.blockStart, b.asOf) + 1;
  return prior;
}

/**
 * Settled baselines from `from` up to `until` (inclusive), given the dated session loads
 * after `from.asOf` (later ones are ignored): the latest settled day, and earlier ones at
 * least `BASELINE_SPACING_DAYS` apart, oldest first. Empty when no day in the range is
 * settled.
 *
 * @example
 * const points = settledBaselines(emptyBaseline("2019-12-31"), sessions, "2026-08-01");
 * points.at(-1)?.asOf; // "2026-07-31" (or the last settled day before)
 */
export function settledBaselines(
  from: LoadBaseline,
  sessions: readonly { date: string; load: number }[],
  until: string,
): LoadBaseline[] {
  const first = addDays(from.asOf, 1);
  if (until < first) return [];
  const loads = dailySeries(sessions, first, until).map((d) => d.load);
  const { fitness, fatigue } = fitnessFatigue(
    loads,
    LOAD.fitnessDays,
    LOAD.fatigueDays,
    priorOf(from),
  );
  // walk the days forward, keeping the rest streak, the running block's first day and the
  // latest block start (undefined: long enough ago, or none)
  const states: LoadBaseline[] = [];
  let restDays = from.restDays;
  let blockStart = from.blockStart;
  let latestStart: string | undefined;
  for (let i = 0; i < loads.length; i++) {
    const day = addDays(first, i);
    if (loads[i]! > 0) {
      if (restDays >= RECENT_BLOCK.breakDays) blockStart = latestStart = day;
      restDays = 0;
    } else if (restDays < RECENT_BLOCK.breakDays) restDays++;
    if (restDays >= RECENT_BLOCK.breakDays) blockStart = undefined;
    const seeded =
      latestStart === undefined || daysBetween(latestStart, day) >= RECENT_BLOCK.ratioDays - 1;
    const startsNext =
      restDays >= RECENT_BLOCK.breakDays && i + 1 < loads.length && loads[i + 1]! > 0;
    if (!seeded && !startsNext) continue;
    const b: LoadBaseline = { asOf: day, fitness: fitness[i]!, fatigue: fatigue[i]!, restDays };
    if (blockStart !== undefined) b.blockStart = blockStart;
    states.push(b);
  }
  // newest first, then every BASELINE_SPACING_DAYS back
  const out: LoadBaseline[] = [];
  for (let i = states.length - 1; i >= 0; i--) {
    const s = states[i]!;
    const prev = out.at(-1);
    if (!prev || daysBetween(s.asOf, prev.asOf) >= BASELINE_SPACING_DAYS) out.push(s);
  }
  return out.reverse();
}
