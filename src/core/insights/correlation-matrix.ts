/**
 * Pearson correlations of every pair of columns at once, for the insights' grouping of
 * techniques and their choice of related techniques. Each column's mean, deviations and
 * sum of squares are worked out once instead of once per pair, and each pair once (the
 * matrix is symmetric); the sums are the same as `correlation` on the pair, to the last bit.
 */

/**
 * Correlation of columns a and b (equal lengths): 0 when either is constant.
 *
 * @example
 * correlation([1, 0, 1, 0], [1, 0, 1, 1]); // 0.577...
 */
export function correlation(a: readonly number[], b: readonly number[]): number {
  return correlationMatrix([a, b])[1]!;
}

/**
 * The m x m matrix (row-major) of correlations between m columns of equal length n; 0
 * for a pair with a constant column, 1 on the diagonal of a column that varies.
 *
 * @example
 * const r = correlationMatrix([done, doneToo, other]);
 * r[0 * 3 + 1]; // correlation of the first two columns
 */
export function correlationMatrix(columns: readonly (readonly number[])[]): Float64Array {
  const m = columns.length;
  const n = columns[0]?.length ?? 0;
  const dev = new Float64Array(m * n);
  const ss = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const col = columns[c]!;
    let s = 0;
    for (let i = 0; i < n; i++) s = s + col[i]!;
    const mean = s / n;
    let q = 0;
    for (let i = 0; i < n; i++) {
      const d = col[i]! - mean;
      dev[c * n + i] = d;
      q += d ** 2;
    }
    ss[c] = q;
  }
  const out = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = a; b < m; b++) {
      let sab = 0;
      for (let i = 0; i < n; i++) sab += dev[a * n + i]! * dev[b * n + i]!;
      const saa = ss[a]!;
      const sbb = ss[b]!;
      const r = saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
      out[a * m + b] = r;
      out[b * m + a] = r;
    }
  return out;
}
