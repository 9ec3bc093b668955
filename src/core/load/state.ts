/**
 * The runner's load state from daily session loads: acute (7 days) and chronic (28 days)
 * load and their ratio, fitness / fatigue / form as 42- and 7-day exponentially weighted
 * averages, weekly monotony and strain, and whether today's care should be lighter
 * (L8, L9). The ratio is a signal for the routine, never a gate on anything.
 */
import { counted } from "../text/counted.js";
import type { RoutineContext } from "../routine/types.js";
import { addDays, daysBetween } from "../time/calendar.js";
import {
  fitnessFatigue,
  NO_PRIOR,
  RECENT_BLOCK,
  recentBlock,
  type PriorDays,
} from "./recent-block.js";

export interface DailyLoad {
  /** Calendar day "YYYY-MM-DD" in the runner's time zone. */
  date: string;
  /** Sum of session loads that day (AU). */
  load: number;
}

export interface LoadFlags {
  /** Acute:chronic ratio above 1.5. */
  spike: boolean;
  /** Form well below zero for the runner's fitness (judged after 42 days of history). */
  deepFatigue: boolean;
  /** The same load day after day (monotony above 2). */
  monotonous: boolean;
  /** Acute:chronic ratio below 0.8 with a real chronic load: training has dropped off. */
  dropOff: boolean;
  /** Less than 28 days of recent data: the ratio is not shown and nothing is flagged from it. */
  shortHistory: boolean;
}

/** How much recent data the figures stand on (old history does not count as recent). */
export interface LoadHistory {
  /** Days of the recent block (since the last break of 14 days or more), 0 without one. */
  recentDays: number;
  /** The ratio is shown from 28 days of recent data. */
  ratioShown: boolean;
  /** Form is judged from 42 days of recent data. */
  formJudged: boolean;
  /** Plain words when the recent data is too short, e.g. "not enough recent history ...". */
  note?: string;
}

export interface LoadState {
  /** Load of the last 7 days, AU. */
  acute: number;
  /** Weekly average of the last 28 days, AU per week. */
  chronic: number;
  /** acute / chronic; undefined without chronic load or with under 28 days of recent data. */
  ratio?: number;
  fitness: number;
  fatigue: number;
  /** fitness - fatigue. */
  form: number;
  /** Mean / standard deviation of the last 7 daily loads; undefined for a week of rest. */
  monotony?: number;
  /** Weekly load x monotony. */
  strain?: number;
  flags: LoadFlags;
  history: LoadHistory;
  lighten?: RoutineContext["lighten"];
}

export const LOAD = {
  acuteDays: 7,
  chronicDays: 28,
  fitnessDays: 42,
  fatigueDays: 7,
  spikeRatio: 1.5,
  dropOffRatio: 0.8,
  /** Form below this share of fitness (negative) is deep fatigue. */
  deepFatigueShare: -0.3,
  /** Below this fitness, form swings mean little (a few sessions in). */
  minFitnessForFatigue: 10,
  /**
   * Days of recent data before form is judged: in the first weeks of a block every build-up
   * would look like deep fatigue.
   */
  minHistoryForForm: RECENT_BLOCK.formDays,
  monotonyHigh: 2,
  /** A week of identical non-zero loads has no spread; monotony is reported at this cap. */
  monotonyCap: 10,
} as const;

/**
 * Daily loads for every day from `from` to `to` inclusive, zero on rest days.
 *
 * @example
 * dailySeries([{ date: "2024-01-02", load: 300 }], "2024-01-01", "2024-01-03");
 * // [{ date: "2024-01-01", load: 0 }, { date: "2024-01-02", load: 300 }, { date: "2024-01-03", load: 0 }]
 */
export function dailySeries(
  sessions: readonly { date: string; load: number }[],
  from: string,
  to: string,
): DailyLoad[] {
  const days = daysBetween(from, to);
  if (days < 0) return [];
  const series: DailyLoad[] = Array.from({ length: days + 1 }, (_, i) => ({
    date: addDays(from, i),
    load: 0,
  }));
  for (const s of sessions) {
    const i = daysBetween(from, s.date);
    if (i >= 0 && i <= days) series[i]!.load += s.load;
  }
  return series;
}

/**
 * Exponentially weighted average with time constant `days`, one value per day
 * (x_t = x_{t-1} + (load_t - x_{t-1}) / days, starting at 0).
 *
 * @example
 * ewma([70, 0], 7); // [10, 8.571...]
 */
export function ewma(loads: readonly number[], days: number): number[] {
  const out: number[] = [];
  let x = 0;
  for (const l of loads) {
    x += (l - x) / days;
    out.push(x);
  }
  return out;
}

/**
 * Monotony (mean / population standard deviation) of a week's daily loads.
 *
 * @example
 * monotony([0, 100, 0, 100, 0, 100, 0]); // mean 42.86 / sd 49.49 = 0.866
 */
export function monotony(week: readonly number[]): number | undefined {
  if (week.length === 0) return undefined;
  const mean = week.reduce((a, b) => a + b, 0) / week.length;
  if (mean === 0) return undefined;
  const sd = Math.sqrt(week.reduce((a, b) => a + (b - mean) ** 2, 0) / week.length);
  return sd === 0 ? LOAD.monotonyCap : Math.min(LOAD.monotonyCap, mean / sd);
}

/**
 * The load state on the last day of `series` (which should reach back far enough to hold
 * the runner's recent block; older history may be in it and is not counted as recent).
 * The ratio needs 28 days of recent data and form 42; before that the state says "not
 * enough recent history" and flags nothing from them. With `prior` (a stored baseline, see
 * baseline.ts) the series may start after older history: it then needs 28 days at least.
 *
 * @example
 * loadState(dailySeries(sessions, firstDay, today)).flags.spike;
 */
export function loadState(series: readonly DailyLoad[], prior: PriorDays = NO_PRIOR): LoadState {
  const loads = series.map((d) => d.load);
  const n = loads.length;
  const sum = (from: number) => loads.slice(Math.max(0, n - from)).reduce((a, b) => a + b, 0);
  const acute = sum(LOAD.acuteDays);
  const chronic = sum(LOAD.chronicDays) / (LOAD.chronicDays / 7);
  const ff = fitnessFatigue(loads, LOAD.fitnessDays, LOAD.fatigueDays, prior);
  const fitness = ff.fitness.at(-1) ?? prior.fitness;
  const fatigue = ff.fatigue.at(-1) ?? prior.fatigue;
  const form = fitness - fatigue;
  const week = loads.slice(Math.max(0, n - 7));
  const mono = monotony(week);
  const block = recentBlock(loads, prior);
  const history: LoadHistory = {
    recentDays: block.days,
    ratioShown: block.days >= RECENT_BLOCK.ratioDays,
    formJudged: block.days >= RECENT_BLOCK.formDays,
  };
  if (!history.ratioShown) {
    history.note =
      block.days === 0
        ? `not enough recent history: no activity in the last ${RECENT_BLOCK.breakDays} days, so there is no load ratio or form to judge`
        : `not enough recent history: ${counted(block.days, "day")} of recent training; the load ratio needs ${RECENT_BLOCK.ratioDays} days and form ${RECENT_BLOCK.formDays}`;
  } else if (!history.formJudged) {
    history.note = `not enough recent history to judge form: ${block.days} of ${RECENT_BLOCK.formDays} days`;
  }
  const flags: LoadFlags = {
    shortHistory: !history.ratioShown,
    spike: false,
    deepFatigue: false,
    monotonous: mono !== undefined && mono > LOAD.monotonyHigh,
    dropOff: false,
  };
  const state: LoadState = {
    acute: round(acute),
    chronic: round(chronic),
    fitness: round(fitness),
    fatigue: round(fatigue),
    form: round(form),
    flags,
    history,
  };
  if (chronic > 0 && history.ratioShown) {
    state.ratio = Math.round((acute / chronic) * 100) / 100;
    flags.spike = acute / chronic > LOAD.spikeRatio;
    flags.dropOff = acute / chronic < LOAD.dropOffRatio;
  }
  flags.deepFatigue =
    history.formJudged &&
    fitness >= LOAD.minFitnessForFatigue &&
    form < LOAD.deepFatigueShare * fitness;
  if (mono !== undefined) {
    state.monotony = Math.round(mono * 100) / 100;
    state.strain = round(acute * mono);
  }
  // The advice is said once, in words a runner reads at a glance, for every edge (the
  // routine's warning, Today, the week plan, `limber load`); the figures behind it are in the
  // state itself, each with its unit where it is shown.
  if (flags.spike) {
    state.lighten = {
      reason: "load-spike",
      rules: ["L9", "L8"],
      message: `This week's load is ${ratioWords(acute / chronic)} your usual week: keep today's care light, no firm pressure, and consider rest or easy cycling or swimming.`,
    };
  } else if (flags.deepFatigue) {
    state.lighten = {
      reason: "fatigue",
      rules: ["L9", "L8"],
      message:
        "Your fatigue is well above your usual: keep today's care light and gentle, and consider a rest or active-recovery day.",
    };
  }
  return state;
}

/**
 * A week's load against the usual one, as a runner would say it.
 *
 * @example
 * ratioWords(1.42); // "about 40 % more than"
 * ratioWords(2.31); // "about 2.3 times"
 */
export function ratioWords(ratio: number): string {
  if (ratio >= 1.9) return `about ${Math.round(ratio * 10) / 10} times`;
  return `about ${Math.round((ratio - 1) * 10) * 10} % more than`;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
