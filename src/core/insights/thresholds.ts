/**
 * How big a ROM change or a left-right difference must be before Limber calls it real (P2,
 * P4, A4). Values below these are within the test's normal measurement noise.
 *
 * Smallest real change (minimal detectable change of a repeated self-test, GUIDE P2; the
 * sources are data in ./rom-evidence.ts, SMALLEST_REAL_CHANGE_SOURCES):
 * - knee-to-wall 1.9 cm (Powden et al., Man Ther 2015, same tester);
 * - straight-leg raise about 7 deg; sit-and-reach about 4 cm;
 * - thoracic rotation about 6 deg (Johnson et al., J Athl Train 2012);
 * - Thomas test: unreliable as an angle, so only a change from fail to pass (or back) is
 *   judged; the 5 deg angle threshold is kept only for runners who log an angle.
 *
 * Left-right difference worth a flag (beyond normal between-side variation in healthy
 * runners, and above the test's own noise): knee-to-wall 2 cm, straight-leg raise 10 deg,
 * thoracic rotation 10 deg, Thomas 5 deg or one side passing while the other fails.
 */
import type { RomTestKind } from "../journal/types.js";
import type { Side } from "../vocabulary.js";

export const SMALLEST_REAL_CHANGE: Record<RomTestKind, number> = {
  "knee-to-wall": 1.9,
  "straight-leg-raise": 7,
  "thoracic-rotation": 6,
  "sit-and-reach": 4,
  thomas: 5,
};

export const SIDE_DIFFERENCE: Record<Exclude<RomTestKind, "sit-and-reach">, number> = {
  "knee-to-wall": 2,
  "straight-leg-raise": 10,
  "thoracic-rotation": 10,
  thomas: 5,
};

export const TEST_NAMES: Record<RomTestKind, string> = {
  "knee-to-wall": "Knee-to-wall",
  "straight-leg-raise": "Straight-leg raise",
  "thoracic-rotation": "Thoracic rotation",
  "sit-and-reach": "Sit-and-reach",
  thomas: "Thomas test",
};

/**
 * A test and side as the runner reads them.
 *
 * @example
 * testLabel("knee-to-wall", "left"); // "Knee-to-wall, left"
 * testLabel("sit-and-reach"); // "Sit-and-reach"
 */
export function testLabel(test: RomTestKind, side?: Side): string {
  return `${TEST_NAMES[test]}${side ? `, ${side}` : ""}`;
}

/** +1 when a higher value is better, -1 when lower is better (Thomas angle). */
export function betterDirection(test: RomTestKind): 1 | -1 {
  return test === "thomas" ? -1 : 1;
}

/** "cm" or "deg" for numeric values. */
export function unitOf(test: RomTestKind): "cm" | "deg" {
  return test === "knee-to-wall" || test === "sit-and-reach" ? "cm" : "deg";
}
