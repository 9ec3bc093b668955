import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sceptical } from "./bayes.js";
import { jointDesign, scepticalPick } from "./joint-design.js";
import { randomSource } from "./simulated-runner.js";
import { invertMatrix, tCdf, tQuantile } from "./stats.js";

/**
 * The fast kernels against the straightforward versions they replace (nested arrays, one
 * design per fit, the textbook Gauss-Jordan), on random data: the same numbers to the last
 * bit, so verdicts, estimates and intervals cannot move.
 */

function textbookInverse(m: readonly (readonly number[])[], tolerance: number) {
  const p = m.length;
  const a = m.map((r, i) => [...r, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(1e-12, ...m.map((r, i) => Math.abs(r[i]!)));
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < tolerance * scale) return undefined;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const row = a[col]!;
    const div = row[col]!;
    for (let j = 0; j < 2 * p; j++) row[j]! /= div;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * p; j++) a[r]![j]! -= f * row[j]!;
    }
  }
  return a.map((r) => r.slice(p));
}

function textbookSceptical(
  X: readonly (readonly number[])[],
  y: readonly number[],
  shrink: readonly boolean[],
  priorScale: number,
) {
  const n = y.length;
  const p = X[0]?.length ?? 0;
  if (p === 0 || n < p / 2 + 3) return undefined;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    for (let a = 0; a < p; a++) {
      if (row[a] === 0) continue;
      xty[a]! += row[a]! * y[i]!;
      for (let b = a; b < p; b++) xtx[a]![b]! += row[a]! * row[b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtx[a]![b] = xtx[b]![a]!;
  const penalised = xtx.map((r, a) =>
    r.map((v, b) => (a === b ? v + (shrink[a] ? 1 / priorScale ** 2 : 1e-6) : v)),
  );
  const inv = textbookInverse(penalised, 1e-10);
  if (!inv) return undefined;
  const mean = inv.map((r) => r.reduce((s, v, j) => s + v * xty[j]!, 0));
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const fit = X[i]!.reduce((s, v, j) => s + v * mean[j]!, 0);
    rss += (y[i]! - fit) ** 2;
  }
  let effective = 0;
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) effective += inv[a]![b]! * xtx[b]![a]!;
  const df = Math.max(1, n - effective);
  const s2 = Math.max(rss / df, 1e-6);
  return {
    mean,
    sd: inv.map((r, j) => Math.sqrt(Math.max(0, r[j]! * s2))),
    df,
    residualSd: Math.sqrt(s2),
    n,
  };
}

/** A joint model's data as the insights see it: ratings, covariates, techniques done or not. */
function randomModel(seed: number, n: number, k: number, m: number) {
  const r = randomSource(seed);
  const covariates = Array.from({ length: n }, () =>
    Array.from({ length: k }, (_, c) =>
      c === 0
        ? Math.round(r.uniform() * 10)
        : c === k - 1
          ? r.uniform() < 0.5
            ? 1
            : 0
          : r.normal(),
    ),
  );
  const share = Array.from({ length: m }, () => 0.1 + 0.8 * r.uniform());
  const columns = share.map((s) => Array.from({ length: n }, () => (r.uniform() < s ? 1 : 0)));
  // A copy of a column now and then: the fits must fail (or not) exactly as before.
  if (m > 1 && r.uniform() < 0.2) columns[m - 1] = [...columns[0]!];
  const y = Array.from({ length: n }, () => Math.round(r.normal() * 2 + 3));
  return { covariates, columns, y };
}

/** The design the straightforward fit built for each model: covariates centred per fit. */
function textbookDesign(
  covariates: readonly (readonly number[])[],
  columns: readonly (readonly number[])[],
  pick: readonly number[],
) {
  const k = covariates[0]!.length;
  const X = covariates.map((cov, i) => [1, ...cov, ...pick.map((c) => columns[c]![i]!)]);
  for (let c = 1; c <= k; c++) {
    const m = X.reduce((s, r) => s + r[c]!, 0) / X.length;
    for (const r of X) r[c] = r[c]! - m;
  }
  return X;
}

const model = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  n: fc.integer({ min: 4, max: 90 }),
  k: fc.integer({ min: 1, max: 6 }),
  m: fc.integer({ min: 1, max: 12 }),
  order: fc.array(fc.nat(), { maxLength: 12 }),
  priorScale: fc.constantFrom(3, 6, 0.5),
});

/** `a` and `b` hold the same numbers (a zero's sign aside), or neither is there. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || (a !== a && b !== b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object")
    return Object.keys(a).every((key) => same(a[key as keyof typeof a], b[key as keyof typeof b]));
  return a === b;
}

describe("the insights' fast kernels", () => {
  it("a fit picked from the shared design equals a fit on its own design, to the last bit", () => {
    fc.assert(
      fc.property(model, ({ seed, n, k, m, order, priorScale }) => {
        const { covariates, columns, y } = randomModel(seed, n, k, m);
        const design = jointDesign(covariates, y, columns);
        // the joint model, and a smaller one led by another column, as fitJoint picks them
        const lead = order[0] ?? 0;
        const subsets = [
          Array.from({ length: m }, (_, c) => c),
          [lead % m, ...order.slice(1).map((o) => o % m)].filter((c, i, a) => a.indexOf(c) === i),
        ];
        for (const cols of subsets) {
          const pick = [
            ...Array.from({ length: 1 + k }, (_, c) => c),
            ...cols.map((c) => 1 + k + c),
          ];
          const fast = scepticalPick(design, pick, priorScale);
          const X = textbookDesign(covariates, columns, cols);
          const shrink = pick.map((_, j) => j > k);
          const slow = textbookSceptical(X, y, shrink, priorScale);
          expect(fast === undefined).toBe(slow === undefined);
          expect(same(fast, slow)).toBe(true);
          expect(same(sceptical(X, y, shrink, priorScale), slow)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the flat inverse equals the textbook Gauss-Jordan, singular matrices included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("symmetric", "any", "sparse", "singular"),
        (p, seed, kind) => {
          const r = randomSource(seed);
          let m = Array.from({ length: p }, () => Array.from({ length: p }, () => r.normal()));
          if (kind === "sparse") m = m.map((row) => row.map((v) => (r.uniform() < 0.6 ? 0 : v)));
          if (kind === "symmetric" || kind === "singular") {
            // A'A (+ I): symmetric positive (semi-)definite, as X'X + L is
            const a = kind === "singular" && p > 1 ? m.slice(0, p - 1) : m;
            m = m.map((_, i) =>
              m.map((__, j) =>
                a.reduce(
                  (s, row) => s + row[i]! * row[j]!,
                  i === j && kind === "symmetric" ? 1 : 0,
                ),
              ),
            );
          }
          const fast = invertMatrix(m, 1e-9);
          const slow = textbookInverse(m, 1e-9);
          expect(fast === undefined).toBe(slow === undefined);
          expect(same(fast, slow)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the t quantile is the straightforward bisection's, to far below any shown digit", () => {
    // the straightforward search: 60 halvings over the same t distribution, each midpoint
    // evaluated; Newton's method gets there in a handful of evaluations
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
          fc.constantFrom(0.975, 0.995, 0.9, 0.5, 0.25, 0.999999),
        ),
        fc.oneof(
          fc.double({ min: 1, max: 400, noNaN: true }),
          fc.constantFrom(1, 1.5, 2, 5, 30, 117.3, 1e6),
        ),
        (p, df) => {
          let lo = -1e3;
          let hi = 1e3;
          for (let i = 0; i < 60; i++) {
            const mid = (lo + hi) / 2;
            if (tCdf(mid, df) < p) lo = mid;
            else hi = mid;
          }
          // Right in probability to far below any shown digit, for the levels intervals use
          // (inside the search's range of -1000 to 1000; next to p = 0.5 the distribution
          // function rounds to one half over a small range of t, and either answer is as good
          // as it can tell apart). As a t value, next to the bisection's.
          const q = tQuantile(p, df);
          if (p >= 0.6 && Math.abs(q) < 999)
            expect(Math.abs(tCdf(q, df) - p)).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(q - (lo + hi) / 2)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(q)));
        },
      ),
      { numRuns: 250 },
    );
  });
});
