/**
 * Gauss-Jordan inverse on a flat Float64Array, for the small symmetric systems of the
 * insights' model fits. It does the same arithmetic, in the same order, as the textbook
 * version on nested arrays (`invertMatrix` in stats.ts calls it), so the fits give the same
 * numbers to the last bit (at most the sign of an entry that is exactly zero can differ);
 * it only skips work that cannot change the inverse (columns already reduced, subtracting
 * zeros) and allocates nothing per step. The insights run once per
 * command, mostly before V8's optimising compiler would kick in, so each avoided operation
 * and allocation counts.
 */

/**
 * Inverts the p x p matrix `m` (row-major, `m[a * p + b]`) into `out` (row-major, p x p),
 * using `work` (at least 2 p^2 numbers) and `order` (at least 3 p) as scratch. Returns false,
 * leaving `out` undefined, when a pivot falls below `tolerance` times the largest diagonal
 * entry (nearly singular).
 *
 * @example
 * const out = new Float64Array(4);
 * invertFlat(new Float64Array([2, 0, 0, 4]), 2, out, new Float64Array(8), new Int32Array(6), 1e-9);
 * // true; out is [0.5, 0, 0, 0.25]
 */
export function invertFlat(
  m: Float64Array,
  p: number,
  out: Float64Array,
  work: Float64Array,
  order: Int32Array,
  tolerance: number,
): boolean {
  const w = 2 * p;
  const live = order.subarray(p, p + w);
  let scale = 1e-12;
  for (let r = 0; r < p; r++) {
    const base = r * w;
    for (let j = 0; j < p; j++) {
      work[base + j] = m[r * p + j]!;
      work[base + p + j] = r === j ? 1 : 0;
    }
    const d = Math.abs(m[r * p + r]!);
    if (d > scale) scale = d;
    // Rows are swapped by swapping their places in `order`, not their numbers.
    order[r] = base;
  }
  for (let col = 0; col < p; col++) {
    let pivot = col;
    let best = Math.abs(work[order[col]! + col]!);
    for (let r = col + 1; r < p; r++) {
      const v = Math.abs(work[order[r]! + col]!);
      if (v > best) {
        pivot = r;
        best = v;
      }
    }
    if (best < tolerance * scale) return false;
    const row = order[pivot]!;
    order[pivot] = order[col]!;
    order[col] = row;
    const div = work[row + col]!;
    // Columns left of `col` are already reduced and never read again: skip them. Of the
    // rest, only the pivot row's non-zero entries change the other rows (subtracting 0
    // leaves a number as it is), and the right half fills in one column per step: list them.
    let count = 0;
    for (let j = col + 1; j < w; j++) {
      const v = work[row + j]! / div;
      work[row + j] = v;
      if (v !== 0) live[count++] = j;
    }
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const o = order[r]!;
      const f = work[o + col]!;
      if (f === 0) continue;
      for (let c = 0; c < count; c++) {
        const j = live[c]!;
        work[o + j] = work[o + j]! - f * work[row + j]!;
      }
    }
  }
  for (let r = 0; r < p; r++) {
    const o = order[r]! + p;
    for (let j = 0; j < p; j++) out[r * p + j] = work[o + j]!;
  }
  return true;
}
