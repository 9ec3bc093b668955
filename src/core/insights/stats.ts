/**
 * Small statistics the insights need: ordinary least squares with standard errors, Student
 * t quantiles (via the regularised incomplete beta function) and Welch's interval for a
 * difference of means. Written here because the sums are a few dozen lines and the
 * insights must run in the browser too.
 */
import { invertFlat } from "./flat-matrix.js";

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample variance (n - 1). */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

function logGamma(x: number): number {
  const c = [
    76.1800917294715, -86.5053203294168, 24.0140982408309, -1.23173957245015, 0.00120865097386618,
    -5.395239384953e-6,
  ];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let ser = 1.00000000019001;
  for (const ci of c) ser += ci / ++y;
  return -tmp + Math.log((2.506628274631 * ser) / x);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-30;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 3e-12) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  return incompleteBetaWith(x, a, b, logBetaInverse(a, b));
}

/** log(1 / B(a, b)): the part of incompleteBeta that depends on a and b only. */
function logBetaInverse(a: number, b: number): number {
  return logGamma(a + b) - logGamma(a) - logGamma(b);
}

/** incompleteBeta with logBetaInverse(a, b) given, so a search over x computes it once. */
function incompleteBetaWith(x: number, a: number, b: number, lbi: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lbi + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  return tCdfWith(t, df, logBetaInverse(df / 2, 0.5));
}

function tCdfWith(t: number, df: number, lbi: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBetaWith(x, df / 2, 0.5, lbi);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The t value with P(T <= t) = p.
 *
 * @example
 * tQuantile(0.975, 10); // ≈ 2.228
 */
export function tQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  const known = quantiles.get(key);
  if (known !== undefined) return known;
  const lbi = logBetaInverse(df / 2, 0.5);
  const q = p > 0.5 ? (newtonQuantile(p, df, lbi) ?? bisect(p, df, lbi)) : bisect(p, df, lbi);
  if (quantiles.size > 1000) quantiles.clear();
  quantiles.set(key, q);
  return q;
}

/** The p quantile by 60 halvings of [-1000, 1000]: slow, but it never fails. */
function bisect(p: number, df: number, lbi: number): number {
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (tCdfWith(mid, df, lbi) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Quantiles already found: the same level and degrees of freedom recur across techniques. */
const quantiles = new Map<string, number>();

/**
 * How far either side of the answer tCdf must be checked to fall below and above p: far
 * more than the rounding of tCdf (about 1e-12) and than its Lanczos log-gamma's error (2e-10,
 * where its two branches meet), so the check cannot pass by rounding.
 */
const CHECK_MARGIN = 1e-8;

/**
 * The p quantile (p above one half) by Newton's method from a Cornish-Fisher start: a
 * handful of tCdf evaluations where a bisection needs some sixty. The answer is checked
 * (tCdf is below p - CHECK_MARGIN just left of it and above p + CHECK_MARGIN just right), so
 * it is within about 1e-7 of the exact quantile and in practice within 1e-10; undefined when
 * the check fails, and the caller bisects.
 */
function newtonQuantile(p: number, df: number, lbi: number): number | undefined {
  if (!(p < 1 - 1e-6 && df >= 1)) return undefined;
  // Normal quantile (Abramowitz and Stegun 26.2.23), then the first Cornish-Fisher terms.
  const w = Math.sqrt(-2 * Math.log(1 - p));
  const z =
    w -
    (2.515517 + 0.802853 * w + 0.010328 * w * w) /
      (1 + w * (1.432788 + w * (0.189269 + w * 0.001308)));
  const z3 = z * z * z;
  let t = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
  // The t density: exp(lbi) / sqrt(df) (1 + t^2 / df)^(-(df + 1) / 2).
  const scale = Math.exp(lbi) / Math.sqrt(df);
  const density = (x: number) => scale * Math.pow(1 + (x * x) / df, -(df + 1) / 2);
  let step = Infinity;
  for (let i = 0; i < 8 && Math.abs(step) > 1e-10 * Math.abs(t); i++) {
    step = (p - tCdfWith(t, df, lbi)) / density(t);
    if (!Number.isFinite(step)) return undefined;
    t += step;
  }
  const width = (4 * CHECK_MARGIN) / density(t) + 2 * Math.abs(step);
  if (!(width < 1 && width > 0)) return undefined;
  if (!(tCdfWith(t - width, df, lbi) < p - CHECK_MARGIN)) return undefined;
  if (!(tCdfWith(t + width, df, lbi) > p + CHECK_MARGIN)) return undefined;
  return t;
}

export interface OlsFit {
  coefficients: number[];
  standardErrors: number[];
  df: number;
  residualSd: number;
}

/**
 * Ordinary least squares of y on the columns of X (include a column of ones for an
 * intercept). Returns undefined when the columns are collinear or there are too few rows.
 */
export function ols(X: readonly (readonly number[])[], y: readonly number[]): OlsFit | undefined {
  const n = y.length;
  const p = X[0]?.length ?? 0;
  if (n <= p || p === 0) return undefined;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    for (let a = 0; a < p; a++) {
      xty[a]! += row[a]! * y[i]!;
      for (let b = a; b < p; b++) xtx[a]![b]! += row[a]! * row[b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtx[a]![b] = xtx[b]![a]!;
  const inv = invertMatrix(xtx);
  if (!inv) return undefined;
  const beta = inv.map((r) => r.reduce((s, v, j) => s + v * xty[j]!, 0));
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const fit = X[i]!.reduce((s, v, j) => s + v * beta[j]!, 0);
    rss += (y[i]! - fit) ** 2;
  }
  const df = n - p;
  const s2 = rss / df;
  return {
    coefficients: beta,
    standardErrors: inv.map((r, j) => Math.sqrt(Math.max(0, r[j]! * s2))),
    df,
    residualSd: Math.sqrt(s2),
  };
}

/**
 * Gauss-Jordan inverse with partial pivoting; undefined when (nearly) singular, that is when
 * a pivot falls below `tolerance` times the largest diagonal entry.
 *
 * @example
 * invertMatrix([[2, 0], [0, 4]]); // [[0.5, 0], [0, 0.25]]
 */
export function invertMatrix(
  m: readonly (readonly number[])[],
  tolerance = 1e-9,
): number[][] | undefined {
  const p = m.length;
  const flat = new Float64Array(p * p);
  for (let r = 0; r < p; r++) for (let j = 0; j < p; j++) flat[r * p + j] = m[r]![j]!;
  const out = new Float64Array(p * p);
  if (!invertFlat(flat, p, out, new Float64Array(2 * p * p), new Int32Array(3 * p), tolerance))
    return undefined;
  return Array.from({ length: p }, (_, r) => Array.from(out.subarray(r * p, (r + 1) * p)));
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
  /** Confidence level of the interval, e.g. 0.95. */
  level: number;
}

/** Interval for one OLS coefficient at `level`. */
export function coefficientInterval(fit: OlsFit, index: number, level: number): Interval {
  const est = fit.coefficients[index]!;
  const se = fit.standardErrors[index]!;
  const t = tQuantile(1 - (1 - level) / 2, fit.df);
  return { estimate: est, low: est - t * se, high: est + t * se, level };
}

/**
 * Welch's interval for mean(a) - mean(b).
 *
 * @example
 * welchInterval([7, 8, 8], [5, 6, 5], 0.95).estimate; // 2.33...
 */
export function welchInterval(
  a: readonly number[],
  b: readonly number[],
  level: number,
): Interval | undefined {
  if (a.length < 2 || b.length < 2) return undefined;
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const se = Math.sqrt(va + vb);
  const est = mean(a) - mean(b);
  if (se === 0) return { estimate: est, low: est, high: est, level };
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const t = tQuantile(1 - (1 - level) / 2, df);
  return { estimate: est, low: est - t * se, high: est + t * se, level };
}
