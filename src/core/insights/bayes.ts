/**
 * A linear model with a sceptical prior on the technique effects (P5): every technique is
 * judged in one model together with the day's load and hard weeks, and each technique's
 * coefficient starts from "no effect" with a normal prior of standard deviation
 * `priorScale` x the residual standard deviation. Covariates (intercept, baseline, load,
 * hard week) get a flat prior. With the residual variance s^2 the posterior is
 *   mean = (X'X + L)^-1 X'y,  covariance = s^2 (X'X + L)^-1,
 * where L is diagonal with 1 / priorScale^2 for techniques and 0 for covariates: ridge
 * regression, read as a Bayesian model. The shrinkage keeps a technique done on few days,
 * or mostly with others, close to zero instead of crediting it with its neighbours' effect.
 */
import { scepticalPick, withCrossProducts } from "./joint-design.js";
import { tCdf, tQuantile } from "./stats.js";

export interface PosteriorFit {
  mean: number[];
  sd: number[];
  /** Residual degrees of freedom after the effective number of parameters. */
  df: number;
  residualSd: number;
  n: number;
}

/**
 * Fits y on X, with a sceptical prior on the columns where `shrink[j]` is true.
 * Returns undefined when there are too few rows or the unshrunk columns are collinear.
 * Fits that share rows and columns are cheaper through jointDesign and scepticalPick.
 *
 * @example
 * const fit = sceptical([[1, 1, 0.2], [1, 0, 0.5], ...], y, [false, true, false], 0.5);
 * fit.mean[1]; // the technique's effect, pulled towards 0
 */
export function sceptical(
  X: readonly (readonly number[])[],
  y: readonly number[],
  shrink: readonly boolean[],
  priorScale: number,
): PosteriorFit | undefined {
  const n = y.length;
  const p = X[0]?.length ?? 0;
  if (p === 0 || n < p / 2 + 3) return undefined;
  const x = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    for (let j = 0; j < p; j++) x[i * p + j] = row[j]!;
  }
  const shrunk = new Uint8Array(p);
  for (let j = 0; j < p; j++) shrunk[j] = shrink[j] ? 1 : 0;
  const all = Array.from({ length: p }, (_, j) => j);
  return scepticalPick(withCrossProducts(n, p, shrunk, x, Float64Array.from(y)), all, priorScale);
}

/** Two-sided tail probability of an estimate `mean` with spread `sd` (t with `df`). */
export function twoSided(mean: number, sd: number, df: number): number {
  if (!(sd > 0)) return 1;
  const t = Math.abs(mean / sd);
  return Math.min(1, 2 * (1 - tCdf(t, df)));
}

/** The interval mean +- t * sd at `level`. */
export function posteriorInterval(
  mean: number,
  sd: number,
  df: number,
  level: number,
): { estimate: number; low: number; high: number; level: number } {
  const t = tQuantile(1 - (1 - level) / 2, df);
  return { estimate: mean, low: mean - t * sd, high: mean + t * sd, level };
}

/**
 * Benjamini-Hochberg: which of the p-values are discoveries at false discovery rate `q`.
 *
 * @example
 * benjaminiHochberg([0.001, 0.02, 0.4], 0.05); // [true, true, false]
 */
export function benjaminiHochberg(pValues: readonly number[], q: number): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let k = 0;
  order.forEach((o, rank) => {
    if (o.p <= (q * (rank + 1)) / m) k = rank + 1;
  });
  const out = new Array<boolean>(m).fill(false);
  for (let r = 0; r < k; r++) out[order[r]!.i] = true;
  return out;
}

/**
 * Holm's step-down test: which of the p-values are discoveries with a chance of at most
 * `alpha` that any one of them is wrong. The smallest p-value must pass alpha / m, the next
 * alpha / (m - 1), and so on, stopping at the first that fails. Unlike Benjamini-Hochberg,
 * the bar does not fall as claims are made, so a true discovery does not carry weaker ones
 * in with it.
 *
 * @example
 * holm([0.001, 0.03, 0.4], 0.05); // [true, false, false]: 0.03 > 0.05 / 2
 * benjaminiHochberg([0.001, 0.03, 0.4], 0.05); // [true, true, false]: 0.03 <= 0.05 x 2 / 3
 */
export function holm(pValues: readonly number[], alpha: number): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank < m; rank++) {
    if (order[rank]!.p > alpha / (m - rank)) break;
    out[order[rank]!.i] = true;
  }
  return out;
}
