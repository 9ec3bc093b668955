/**
 * The runner's recent block of training: the stretch of days since they last came back
 * after a long break. Load ratios and form only mean something inside such a block; years
 * of imported history are history, not the last four weeks (issue: training context).
 */

/** Thresholds of the recent block, named so the messages and tests speak of the same numbers. */
export const RECENT_BLOCK = {
  /** This many days without any activity end a block: what follows is a fresh start. */
  breakDays: 14,
  /** Days of recent data before the acute:chronic ratio is shown (the 28-day chronic window). */
  ratioDays: 28,
  /** Days of recent data before form (fitness - fatigue) is judged (the 42-day fitness constant). */
  formDays: 42,
} as const;

/**
 * What the days before a series hold, for a series that starts after older history (a
 * stored load baseline, src/core/load/baseline.ts): rest days in a row just before it
 * (capped at `breakDays`) and, when a block was running, how many days of it lay before.
 */
export interface PriorDays {
  restDays: number;
  /** Days of the running block before the series, its first active day included. */
  blockDays?: number;
  /** Fitness and fatigue on the day before the series. */
  fitness: number;
  fatigue: number;
}

/** No history before the series. */
export const NO_PRIOR: PriorDays = { restDays: RECENT_BLOCK.breakDays, fitness: 0, fatigue: 0 };

export interface RecentBlock {
  /**
   * Index into the series of the block's first active day; undefined without a recent block
   * or when it started before the series.
   */
  startIndex?: number;
  /** Days from the block's first active day to the series' last day, inclusive (0 without a block). */
  days: number;
}

/**
 * The recent block of a daily load series (oldest first, ending today): it starts at the
 * first active day after the last break of `breakDays` or more, and there is none when the
 * last activity itself is that long ago.
 *
 * With `prior`, a block running before the series counts its days before it too.
 *
 * @example
 * recentBlock([50, 0, 0, 60, 0, 70]); // { startIndex: 0, days: 6 }
 */
export function recentBlock(loads: readonly number[], prior: PriorDays = NO_PRIOR): RecentBlock {
  const n = loads.length;
  let last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (loads[i]! > 0) {
      last = i;
      break;
    }
  }
  // the block reaches back before the series: it started `prior.blockDays` days before it
  const fromPrior = (gap: number): RecentBlock =>
    prior.blockDays !== undefined && gap + prior.restDays < RECENT_BLOCK.breakDays
      ? { days: n + prior.blockDays }
      : { days: 0 };
  if (last < 0) return fromPrior(n);
  if (n - 1 - last >= RECENT_BLOCK.breakDays) return { days: 0 };
  let start = last;
  let gap = 0;
  for (let i = last - 1; i >= 0; i--) {
    if (loads[i]! > 0) {
      start = i;
      gap = 0;
    } else if (++gap >= RECENT_BLOCK.breakDays) return { startIndex: start, days: n - start };
  }
  // the loop ran out with `start` rest days before the block's first day in the series
  const before = fromPrior(start);
  return before.days > 0 ? before : { startIndex: start, days: n - start };
}

/**
 * Block starts of a whole series: every first active day after a break of `breakDays` or
 * more (and the very first active day). Fitness and fatigue start afresh at each.
 *
 * @example
 * blockStarts([0, 10, ...Array(14).fill(0), 20]); // [1, 16]
 */
export function blockStarts(loads: readonly number[]): number[] {
  const out: number[] = [];
  let gap: number = RECENT_BLOCK.breakDays;
  loads.forEach((l, i) => {
    if (l > 0) {
      if (gap >= RECENT_BLOCK.breakDays) out.push(i);
      gap = 0;
    } else gap++;
  });
  return out;
}

/**
 * Fitness (42-day) and fatigue (7-day) exponentially weighted averages, one value per day.
 * At each block start both begin at the block's mean daily load over its first 28 days
 * (or fewer, when the block is shorter) instead of at zero: someone who trains steadily is
 * not "fatigued" in week six just because the 42-day average had not caught up yet.
 *
 * `prior` carries the state of older history (a stored baseline) into a shorter series.
 *
 * @example
 * fitnessFatigue([100, 100, 0], 42, 7).fitness; // [100, 100, 97.6...]
 */
export function fitnessFatigue(
  loads: readonly number[],
  fitnessDays: number,
  fatigueDays: number,
  prior: PriorDays = NO_PRIOR,
): { fitness: number[]; fatigue: number[] } {
  const fitness: number[] = [];
  const fatigue: number[] = [];
  let fit = prior.fitness;
  let fat = prior.fatigue;
  let gap = prior.restDays;
  for (let i = 0; i < loads.length; i++) {
    const l = loads[i]!;
    if (l > 0) {
      if (gap >= RECENT_BLOCK.breakDays) {
        const end = Math.min(loads.length, i + RECENT_BLOCK.ratioDays);
        let sum = 0;
        for (let j = i; j < end; j++) sum += loads[j]!;
        fit = sum / (end - i);
        fat = fit;
      }
      gap = 0;
    } else gap++;
    fit += (l - fit) / fitnessDays;
    fat += (l - fat) / fatigueDays;
    fitness.push(fit);
    fatigue.push(fat);
  }
  return { fitness, fatigue };
}
