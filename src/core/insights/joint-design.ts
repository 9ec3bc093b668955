/**
 * The data of one joint model, built once, for the many sceptical fits that share it
 * (bayes.ts explains the model). A joint model over the regular techniques is fitted once
 * with every technique and once more per technique with a subset of them; every one of
 * those fits has the same rows, the same intercept and covariates, and technique columns
 * drawn from the same set. So the design matrix is built once (flat, Float64Array), its
 * cross-products X'X and X'y are summed once, and each fit picks its rows and columns out of
 * them instead of rebuilding nested arrays and summing again.
 *
 * The sums are the same products added in the same order as a fit on its own design would
 * add them, so every fit gives the same numbers to the last bit (joint-design.test.ts checks
 * this against the straightforward version on random data).
 */
import type { PosteriorFit } from "./bayes.js";
import { invertFlat } from "./flat-matrix.js";

/** A design matrix with its cross-products; see jointDesign. */
export interface JointDesign {
  /** Rows. */
  n: number;
  /** Columns: intercept, covariates, then the technique columns. */
  width: number;
  /** 1 for the columns with the sceptical prior (techniques), 0 for the almost flat one. */
  shrunk: Uint8Array;
  /** Row-major n x width. */
  x: Float64Array;
  y: Float64Array;
  /** X'X (width x width, both halves filled) and X'y. */
  xtx: Float64Array;
  xty: Float64Array;
  /** The same numbers column-major (`columns[c * n + i]`), for the fitted values. */
  columns: Float64Array;
  /** Rows where each column is not zero: `nonZero[nonZeroFrom[c] .. nonZeroFrom[c + 1]]`. */
  nonZero: Int32Array;
  nonZeroFrom: Int32Array;
}

interface Scratch {
  xtx: Float64Array;
  xty: Float64Array;
  penalised: Float64Array;
  inv: Float64Array;
  work: Float64Array;
  order: Int32Array;
  fitted: Float64Array;
}

const scratches = new WeakMap<JointDesign, Scratch>();

/** Buffers for fits of up to the design's width (the picked system is p x p, p <= width). */
function scratchOf(design: JointDesign): Scratch {
  let s = scratches.get(design);
  if (!s) {
    const w = design.width;
    s = {
      xtx: new Float64Array(w * w),
      xty: new Float64Array(w),
      penalised: new Float64Array(w * w),
      inv: new Float64Array(w * w),
      work: new Float64Array(2 * w * w),
      order: new Int32Array(3 * w),
      fitted: new Float64Array(design.n),
    };
    scratches.set(design, s);
  }
  return s;
}

/**
 * Builds the design [1, covariates (centred), columns] and its cross-products. Covariates
 * are centred so the intercept is the average row's outcome; `columns[c][i]` is technique
 * column c in row i (1 done, 0 not, or a share of days).
 *
 * @example
 * const d = jointDesign([[0.2], [0.5], [0.1]], [1, 2, 3], [[1, 0, 1]]);
 * d.width; // 3: intercept, one covariate, one technique
 */
export function jointDesign(
  covariates: readonly (readonly number[])[],
  y: readonly number[],
  columns: readonly (readonly number[])[],
): JointDesign {
  const n = y.length;
  const k = covariates[0]?.length ?? 0;
  const fixed = 1 + k;
  const width = fixed + columns.length;
  const x = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    const base = i * width;
    const cov = covariates[i]!;
    x[base] = 1;
    for (let c = 0; c < k; c++) x[base + 1 + c] = cov[c]!;
    for (let c = 0; c < columns.length; c++) x[base + fixed + c] = columns[c]![i]!;
  }
  for (let c = 1; c <= k; c++) {
    let s = 0;
    for (let i = 0; i < n; i++) s = s + x[i * width + c]!;
    const m = s / n;
    for (let i = 0; i < n; i++) x[i * width + c] = x[i * width + c]! - m;
  }
  const shrunk = new Uint8Array(width);
  shrunk.fill(1, fixed);
  return withCrossProducts(n, width, shrunk, x, Float64Array.from(y));
}

/**
 * Adds X'X and X'y to a design already in flat form. A zero entry adds nothing to a sum
 * (a product of 0 is 0), so it is skipped: technique columns are mostly zeros.
 */
export function withCrossProducts(
  n: number,
  width: number,
  shrunk: Uint8Array,
  x: Float64Array,
  y: Float64Array,
): JointDesign {
  const xtx = new Float64Array(width * width);
  const xty = new Float64Array(width);
  for (let i = 0; i < n; i++) {
    const base = i * width;
    const yi = y[i]!;
    for (let a = 0; a < width; a++) {
      const va = x[base + a]!;
      if (va === 0) continue;
      xty[a] = xty[a]! + va * yi;
      const row = a * width;
      for (let b = a; b < width; b++) xtx[row + b] = xtx[row + b]! + va * x[base + b]!;
    }
  }
  for (let a = 0; a < width; a++)
    for (let b = 0; b < a; b++) xtx[a * width + b] = xtx[b * width + a]!;
  const columns = new Float64Array(n * width);
  const nonZeroFrom = new Int32Array(width + 1);
  let count = 0;
  for (let c = 0; c < width; c++)
    for (let i = 0; i < n; i++) {
      const v = x[i * width + c]!;
      columns[c * n + i] = v;
      if (v !== 0) count++;
    }
  const nonZero = new Int32Array(count);
  count = 0;
  for (let c = 0; c < width; c++) {
    nonZeroFrom[c] = count;
    for (let i = 0; i < n; i++) if (columns[c * n + i] !== 0) nonZero[count++] = i;
  }
  nonZeroFrom[width] = count;
  return { n, width, shrunk, x, y, xtx, xty, columns, nonZero, nonZeroFrom };
}

/**
 * The sceptical fit of y on the design's columns `pick` (indices into the design, in the
 * model's order), with the prior of sd `priorScale` x the residual sd on the shrunk
 * columns and an almost flat one on the rest. Undefined when there are too few rows or the system is
 * singular. Same answer as `sceptical` in bayes.ts on the picked columns.
 *
 * @example
 * const d = jointDesign(covariates, y, [doneA, doneB]);
 * scepticalPick(d, [0, 1, 2, 4], 3)?.mean[3]; // technique B's effect, in a model without A
 */
export function scepticalPick(
  design: JointDesign,
  pick: readonly number[],
  priorScale: number,
): PosteriorFit | undefined {
  const { n, width, y, xtx: full, xty: fullXty } = design;
  const p = pick.length;
  if (p === 0 || n < p / 2 + 3) return undefined;
  // Scratch space of the design's full width serves every fit of it: no allocation per fit.
  const { xtx, xty, penalised, inv, work, order, fitted } = scratchOf(design);
  // Covariates get an almost flat prior: a tiny ridge keeps a constant covariate (say, no
  // other techniques ever) from making the system singular, without moving the estimates.
  const ridge = 1 / priorScale ** 2;
  for (let a = 0; a < p; a++) {
    const ca = pick[a]!;
    xty[a] = fullXty[ca]!;
    for (let b = 0; b < p; b++) {
      const v = full[ca * width + pick[b]!]!;
      xtx[a * p + b] = v;
      penalised[a * p + b] = a === b ? v + (design.shrunk[ca] ? ridge : 1e-6) : v;
    }
  }
  // A ridge-penalised matrix is well conditioned: a tighter singularity bound than OLS.
  if (!invertFlat(penalised, p, inv, work, order, 1e-10)) return undefined;
  const mean = new Array<number>(p);
  for (let a = 0; a < p; a++) {
    let s = 0;
    for (let j = 0; j < p; j++) s = s + inv[a * p + j]! * xty[j]!;
    mean[a] = s;
  }
  // Fitted values column by column (each row still adds its terms in the model's order),
  // over the rows where the column is not zero: a technique column is mostly zeros, and
  // adding a zero leaves a sum as it is.
  const { columns, nonZero, nonZeroFrom } = design;
  fitted.fill(0, 0, n);
  for (let j = 0; j < p; j++) {
    const c = pick[j]!;
    const m = mean[j]!;
    const col = c * n;
    for (let r = nonZeroFrom[c]!, end = nonZeroFrom[c + 1]!; r < end; r++) {
      const i = nonZero[r]!;
      fitted[i] = fitted[i]! + columns[col + i]! * m;
    }
  }
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (y[i]! - fitted[i]!) ** 2;
  // Effective parameters: trace((X'X + L)^-1 X'X).
  let effective = 0;
  for (let a = 0; a < p; a++)
    for (let b = 0; b < p; b++) effective += inv[a * p + b]! * xtx[b * p + a]!;
  const df = Math.max(1, n - effective);
  const s2 = Math.max(rss / df, 1e-6);
  const sd = new Array<number>(p);
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(Math.max(0, inv[j * p + j]! * s2));
  return { mean, sd, df, residualSd: Math.sqrt(s2), n };
}
