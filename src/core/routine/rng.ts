/**
 * The engine's only source of chance: a seeded PRNG (pure-rand's xoroshiro128+), so the
 * same seed always gives the same routine and another seed another one (S10).
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";

export interface Rng {
  /** Whole number in [from, to]. */
  int(from: number, to: number): number;
  /** Index into `weights`, drawn in proportion to each weight; -1 when all are zero. */
  weighted(weights: readonly number[]): number;
  /** The same over the first `n` entries of a reused buffer. */
  weightedN(weights: Float64Array, n: number): number;
}

const SCALE = 1_000_000;

/**
 * A seeded generator. Seeds are folded to 32 bits, so any safe integer works.
 *
 * @example
 * const rng = createRng(20261122);
 * rng.weighted([1, 0, 3]); // 0 or 2, never 1
 */
export function createRng(seed: number): Rng {
  const gen = xoroshiro128plus(Math.trunc(seed) | 0);
  const int = (from: number, to: number): number => uniformInt(gen, from, to);
  const weightedN = (weights: ArrayLike<number>, n: number): number => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i] ?? 0;
      total += w > 0 ? w : 0;
    }
    if (total <= 0) return -1;
    let r = (int(0, SCALE - 1) / SCALE) * total;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const w = weights[i] ?? 0;
      if (w <= 0) continue;
      last = i;
      if (r < w) return i;
      r -= w;
    }
    return last;
  };
  return {
    int,
    weightedN,
    weighted(weights) {
      let total = 0;
      for (const w of weights) total += w > 0 ? w : 0;
      if (total <= 0) return -1;
      let r = (int(0, SCALE - 1) / SCALE) * total;
      let last = -1;
      for (let i = 0; i < weights.length; i++) {
        const w = weights[i] ?? 0;
        if (w <= 0) continue;
        last = i;
        if (r < w) return i;
        r -= w;
      }
      return last;
    },
  };
}
