/**
 * Fixed orders the guide prescribes: the ten-movement full-body sequence (T8) and the
 * region order of the daily mini session (T3).
 */
import type { Region } from "../vocabulary.js";
import type { Movement } from "./types.js";

/**
 * T8: the 10-minute full-body sequence, ten movements of 30-45 s each, in this order.
 * Ids of movements in the library.
 */
export const T8_SEQUENCE: readonly string[] = [
  "high-knee-walk",
  "worlds-greatest-stretch",
  "standing-quad-pull",
  "down-dog-to-cobra",
  "hip-circles",
  "wall-ankle-mobilisation",
  "figure-four",
  "cat-cow",
  "standing-side-bends",
  "shoulder-rolls-and-arm-circles",
];

/**
 * T3: the mini session goes ankle -> hips/glute activation -> spine/thoracic ->
 * shoulders/scapulae. Each group lists the regions that belong to it; the first region
 * of each group is the anchor a routine's order is judged by.
 */
export const T3_ORDER: readonly (readonly Region[])[] = [
  ["ankles", "feet", "calves", "shins"],
  ["hips", "glutes", "hip-flexors", "adductors", "quads", "hamstrings", "it-band"],
  ["thoracic", "lower-back"],
  ["shoulders", "neck"],
];

/** The anchor region of each T3 group: ankles, hips, thoracic, shoulders. */
export const T3_ANCHORS: readonly Region[] = T3_ORDER.map((g) => g[0] as Region);

/**
 * Where a movement sits in the T3 order (0 = ankles first, 3 = shoulders last).
 * The earliest anchor region it names decides, because that is how an order is judged
 * when a movement names several; without an anchor, the group of its main (first) region
 * decides. Movements whose main region is in no group sort last (4).
 *
 * @example
 * t3Rank(movementById("wall-ankle-mobilisation")!); // 0
 * t3Rank(movementById("thread-the-needle")!); // 2 (names thoracic before shoulders)
 * t3Rank(movementById("bird-dog")!); // 2 (main region lower-back)
 */
export function t3Rank(m: Pick<Movement, "regions">): number {
  const anchor = T3_ANCHORS.findIndex((a) => m.regions.includes(a));
  if (anchor >= 0) return anchor;
  const main = m.regions[0];
  const group = main === undefined ? -1 : T3_ORDER.findIndex((g) => g.includes(main));
  return group >= 0 ? group : T3_ORDER.length;
}
