/**
 * Doses: the steps a movement's dose may take today, each on the coach's grid (grid.ts), and
 * the fitter that moves items up or down those steps so the routine lands on its time.
 * Tight regions get the larger share (A2, L11).
 */
import type { Movement } from "../catalog/types.js";
import { HOLD_STEPS, onGrid, toGrid } from "./grid.js";

/** The part of a chosen item the fitter changes. */
export interface Dosed {
  movement: Movement;
  sides: 1 | 2;
  /** Quantities the dose may take (seconds, reps, hold seconds or rounds), ascending. */
  steps: readonly number[];
  /** Whole-item seconds at each step, both sides included, on the grid. */
  stepSeconds: readonly number[];
  /** Today's step. */
  at: number;
  /** Lowest and highest step today allows. */
  lo: number;
  hi: number;
  /** Weight when time is added; the inverse applies when time is taken away. */
  weight: number;
}

/** Seconds one unit of the quantity costs for this item (before the grid). */
export function unitSeconds(m: Movement, sides: 1 | 2): number {
  const d = m.dose;
  switch (d.kind) {
    case "time":
      return sides;
    case "reps":
      return d.secondsPerRep * sides;
    case "hold":
      return d.holds * sides;
    case "rounds":
      return d.secondsPerRound;
  }
}

/** The movement's default quantity and bounds. */
export function doseBounds(m: Movement): { value: number; min: number; max: number } {
  const d = m.dose;
  const value =
    d.kind === "time"
      ? d.seconds
      : d.kind === "reps"
        ? d.reps
        : d.kind === "hold"
          ? d.holdSeconds
          : d.rounds;
  return { value, min: d.min, max: d.max };
}

/** Sides an item is done on: 2 for a per-side movement, 1 otherwise or when one side is off limits. */
export function sidesOf(m: Movement, oneSideOnly: boolean): 1 | 2 {
  if (m.dose.kind === "rounds" || !m.dose.perSide) return 1;
  return oneSideOnly ? 1 : 2;
}

/** Within this share of the aim a routine counts as fitted. */
export const FIT_TOLERANCE = 0.05;

export interface Steps {
  steps: readonly number[];
  stepSeconds: readonly number[];
  /** Seconds at the movement's default dose, for estimates while choosing. */
  defaultSeconds: number;
}

/** Steps per movement and side count, computed once per movement (the library is static). */
const STEP_CACHE = new WeakMap<Movement, [Steps | undefined, Steps | undefined]>();

function computeSteps(m: Movement, sides: 1 | 2): Steps {
  const out = rawSteps(m, sides);
  const at = nearestStep(out.steps, doseBounds(m).value);
  return { ...out, defaultSeconds: out.stepSeconds[at] ?? 0 };
}

function rawSteps(m: Movement, sides: 1 | 2): Omit<Steps, "defaultSeconds"> {
  const { min, max, value } = doseBounds(m);
  const unit = unitSeconds(m, sides);
  const steps: number[] = [];
  const secs: number[] = [];
  if (m.dose.kind === "hold") {
    for (const h of HOLD_STEPS) if (h >= min && h <= max && onGrid(h * unit)) steps.push(h);
    if (steps.length === 0) {
      let best = HOLD_STEPS[0] ?? 30;
      for (const h of HOLD_STEPS) if (Math.abs(h - value) < Math.abs(best - value)) best = h;
      steps.push(best);
    }
    for (const h of steps) secs.push(toGrid(h * unit));
    // A second hold per side (a second round) when a longer budget needs it, rather than
    // another movement: only where the total stays on the grid.
    const single = steps.length;
    for (let i = 0; i < single; i++) {
      const h = steps[i] ?? 0;
      const two = 2 * h * unit;
      if (onGrid(two) && two > (secs[single - 1] ?? 0)) {
        steps.push(h);
        secs.push(two);
      }
    }
    return { steps, stepSeconds: secs };
  }
  // Long easy cardio moves in whole minutes; everything else in single units.
  const stride = m.dose.kind === "time" && min >= 600 ? 60 : 1;
  for (let q = min; q <= max; q += stride) if (onGrid(q * unit)) steps.push(q);
  if (steps.length >= 2 || (steps.length === 1 && min === max)) {
    for (const q of steps) secs.push(q * unit);
    return { steps, stepSeconds: secs };
  }
  // No exact grid values (breathing rounds, odd rep lengths): the nearest grid time, one step
  // per distinct time, the quantity a coach would say for it (12 reps rather than 11 for
  // 35 s of 3-second reps; see roundness).
  steps.length = 0;
  let last = -1;
  for (let q = min; q <= max; q += stride) {
    const s = toGrid(q * unit);
    if (s === last) {
      const i = steps.length - 1;
      const held = steps[i]!;
      const better =
        roundness(q) - roundness(held) ||
        Math.abs(q * unit - s) - Math.abs(held * unit - s) ||
        q - held;
      if (better < 0) steps[i] = q;
      continue;
    }
    steps.push(q);
    secs.push(s);
    last = s;
  }
  return { steps, stepSeconds: secs };
}

/**
 * How a count sounds when said (lower is rounder): a multiple of five, then an even number,
 * then any other. Coaches say 10 or 12 reps, 8 a side, rarely 11 or 9.
 *
 * @example
 * [roundness(10), roundness(12), roundness(11)]; // [0, 1, 2]
 */
export function roundness(q: number): number {
  return q % 5 === 0 ? 0 : q % 2 === 0 ? 1 : 2;
}

/**
 * The dose steps of a movement done on `sides` sides.
 *
 * @example
 * stepsOf(figureFour, 2); // { steps: [30, 45], stepSeconds: [60, 90] }
 */
export function stepsOf(m: Movement, sides: 1 | 2): Steps {
  let entry = STEP_CACHE.get(m);
  if (!entry) {
    entry = [undefined, undefined];
    STEP_CACHE.set(m, entry);
  }
  const i = sides - 1;
  let s = entry[i];
  if (!s) {
    s = computeSteps(m, sides);
    entry[i] = s;
  }
  return s;
}

/** The step whose quantity is nearest to `q` (the lower one on a tie). */
export function nearestStep(steps: readonly number[], q: number): number {
  let best = 0;
  for (let i = 1; i < steps.length; i++) {
    if (Math.abs((steps[i] ?? 0) - q) < Math.abs((steps[best] ?? 0) - q)) best = i;
  }
  return best;
}

/** Whole seconds of an item at its current step. */
export function secondsOf(d: Pick<Dosed, "stepSeconds" | "at">): number {
  return d.stepSeconds[d.at] ?? 0;
}

/** The item's quantity at its current step. */
export function quantityOf(d: Pick<Dosed, "steps" | "at">): number {
  return d.steps[d.at] ?? 0;
}

/** Sum of seconds of the items. */
export function totalSeconds(items: readonly Dosed[]): number {
  let sum = 0;
  for (const d of items) sum += secondsOf(d);
  return sum;
}

/** Seconds of the items at their smallest and largest allowed steps. */
export function capacity(items: readonly Dosed[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const d of items) {
    min += d.stepSeconds[d.lo] ?? 0;
    max += d.stepSeconds[d.hi] ?? 0;
  }
  return { min, max };
}

/**
 * Moves items up or down their steps, one step at a time, toward `target` seconds: each step
 * goes to the item that most deserves it (weight, spread over the items) and only when it
 * brings the total closer. Returns the total reached.
 *
 * @example
 * fitDoses(items, 600); // items now sum to 600 s, or as close as their steps allow
 */
export function fitDoses(
  items: (Dosed & { phase?: string })[],
  target: number,
  phase?: string,
): number {
  let sum = 0;
  for (const d of items) if (phase === undefined || d.phase === phase) sum += secondsOf(d);
  if (sum === 0 && phase !== undefined) return 0;
  for (let guard = 0; guard < 1000 && sum !== target; guard++) {
    const diff = target - sum;
    const grow = diff > 0;
    let best: Dosed | undefined;
    let bestScore = -Infinity;
    let bestDelta = 0;
    for (const d of items) {
      if (phase !== undefined && d.phase !== phase) continue;
      const next = grow ? d.at + 1 : d.at - 1;
      if (next < d.lo || next > d.hi) continue;
      const delta = (d.stepSeconds[next] ?? 0) - (d.stepSeconds[d.at] ?? 0);
      if (Math.abs(diff - delta) >= Math.abs(diff)) continue;
      const taken = 1 + d.at - d.lo;
      const score = grow ? d.weight / taken : taken / d.weight;
      if (score > bestScore) {
        bestScore = score;
        best = d;
        bestDelta = delta;
      }
    }
    if (!best) break;
    best.at += grow ? 1 : -1;
    sum += bestDelta;
  }
  return sum;
}
