/**
 * Doses: how long an item takes for a given quantity (seconds, reps, hold length or breathing
 * rounds), within the movement's own min/max, and the fitting that scales the doses so the
 * whole routine lands on the time budget. Tight regions get the larger share (A2, L11).
 */
import type { Movement } from "../catalog/types.js";

/** The part of a chosen item the fitter changes. */
export interface Dosed {
  movement: Movement;
  sides: 1 | 2;
  /** The dose's main quantity (seconds, reps, hold seconds or rounds). */
  quantity: number;
  min: number;
  max: number;
  /** Weight when time is added; the inverse applies when time is taken away. */
  weight: number;
}

/** Seconds one unit of the quantity costs for this item. */
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

/** Whole seconds of an item at a quantity, both sides included. */
export function secondsOf(d: Pick<Dosed, "movement" | "sides" | "quantity">): number {
  return Math.max(1, Math.round(d.quantity * unitSeconds(d.movement, d.sides)));
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

const total = (items: readonly Dosed[]) => items.reduce((s, d) => s + secondsOf(d), 0);

/**
 * Scales quantities in place toward `target` seconds, staying inside each item's bounds.
 * Returns the total reached. Proportional passes first, then single steps for the rest.
 *
 * @example
 * fitDoses(items, 600); // items now sum to 600 s, or as close as their bounds allow
 */
export function fitDoses(items: Dosed[], target: number): number {
  let sum = total(items);
  for (let pass = 0; pass < 4 && sum !== target; pass++) {
    const diff = target - sum;
    const grow = diff > 0;
    let pool = 0;
    for (const d of items) pool += room(d, grow) * share(d, grow);
    if (pool <= 0) break;
    for (const d of items) {
      const r = room(d, grow);
      if (r <= 0) continue;
      const seconds = (diff * r * share(d, grow)) / pool;
      const step = Math.trunc(seconds / unitSeconds(d.movement, d.sides));
      if (step === 0) continue;
      const before = secondsOf(d);
      d.quantity = clamp(d.quantity + step, d.min, d.max);
      sum += secondsOf(d) - before;
    }
  }
  // Single steps: the item whose unit fits the remaining gap, preferring larger weights.
  for (let guard = 0; guard < 400 && sum !== target; guard++) {
    const diff = target - sum;
    const grow = diff > 0;
    let best: Dosed | undefined;
    let bestScore = -Infinity;
    for (const d of items) {
      if (room(d, grow) <= 0) continue;
      const unit = unitSeconds(d.movement, d.sides);
      if (unit > Math.abs(diff)) continue;
      const score = share(d, grow) * unit;
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    if (!best) break;
    const before = secondsOf(best);
    best.quantity += grow ? 1 : -1;
    sum += secondsOf(best) - before;
  }
  return sum;
}

/** Room to move, in seconds. */
function room(d: Dosed, grow: boolean): number {
  const unit = unitSeconds(d.movement, d.sides);
  return (grow ? d.max - d.quantity : d.quantity - d.min) * unit;
}

function share(d: Dosed, grow: boolean): number {
  return grow ? d.weight : 1 / d.weight;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Sum of seconds of the items. */
export function totalSeconds(items: readonly Dosed[]): number {
  return total(items);
}

/** Seconds of the items at their smallest and largest doses. */
export function capacity(items: readonly Dosed[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const d of items) {
    min += secondsOf({ ...d, quantity: d.min });
    max += secondsOf({ ...d, quantity: d.max });
  }
  return { min, max };
}
