/**
 * X5: did a session leave the runner feeling worse? One definition, used by the log flow
 * (CLI prompt, web dialog, API field) and by the prescription that lowers the dose or swaps
 * the technique next time.
 */
import type { Ratings } from "../journal/types.js";

/** A rise of at least this many points (0-10) counts as worse, above rating noise. */
export const WORSE_BY = 2;

export interface FeltWorse {
  /** True when any rating the runner gave both before and after rose by WORSE_BY or more. */
  worse: boolean;
  /** The ratings that rose, with their before and after values. */
  rising: { rating: keyof Ratings; before: number; after: number }[];
  /** Pain rose at all (any rise, not only WORSE_BY): always worth asking about (X5, X2). */
  painRose: boolean;
}

/**
 * Compares the before and after ratings of one session. Ratings the runner skipped on either
 * side are not compared: a missing rating says nothing.
 *
 * @example
 * feltWorse({ pain: 0, stiffness: 5 }, { pain: 8, stiffness: 4 });
 * // { worse: true, painRose: true, rising: [{ rating: "pain", before: 0, after: 8 }] }
 */
export function feltWorse(
  before: Partial<Ratings> | undefined,
  after: Partial<Ratings> | undefined,
): FeltWorse {
  const rising: FeltWorse["rising"] = [];
  let painRose = false;
  for (const rating of ["stiffness", "soreness", "pain"] as const) {
    const b = before?.[rating];
    const a = after?.[rating];
    if (b === undefined || a === undefined) continue;
    if (rating === "pain" && a > b) painRose = true;
    if (a - b >= WORSE_BY || (rating === "pain" && a > b))
      rising.push({ rating, before: b, after: a });
  }
  return { worse: rising.length > 0, rising, painRose };
}
