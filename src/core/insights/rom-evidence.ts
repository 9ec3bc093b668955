/**
 * Which range-of-motion test measures which region (A4, P2), and where each test's smallest
 * real change comes from. The technique evidence ties a technique to the tests of the
 * regions it works: a calf release is judged on knee-to-wall, not on thoracic rotation.
 */
import type { RomTestKind } from "../journal/types.js";
import type { Region } from "../vocabulary.js";

/** Tests that measure each region; regions without a test have none. */
export const TESTS_FOR_REGION: Partial<Record<Region, RomTestKind[]>> = {
  calves: ["knee-to-wall"],
  ankles: ["knee-to-wall"],
  hamstrings: ["straight-leg-raise", "sit-and-reach"],
  "lower-back": ["sit-and-reach"],
  thoracic: ["thoracic-rotation"],
  "hip-flexors": ["thomas"],
};

/** How each test is judged, with the source of its smallest real change (GUIDE P2). */
export const SMALLEST_REAL_CHANGE_SOURCES: Record<
  RomTestKind,
  { judged: "change" | "pass-fail"; source: string }
> = {
  "knee-to-wall": {
    judged: "change",
    source: "1.9 cm for the same tester: Powden et al., Manual Therapy 2015",
  },
  "straight-leg-raise": { judged: "change", source: "about 7 deg: GUIDE P2" },
  "sit-and-reach": { judged: "change", source: "about 4 cm: GUIDE P2" },
  "thoracic-rotation": {
    judged: "change",
    source: "about 6 deg: Johnson et al., Journal of Athletic Training 2012",
  },
  thomas: {
    judged: "pass-fail",
    source: "unreliable as an angle, so pass/fail only: GUIDE P2",
  },
};

/**
 * The tests that measure any of `regions`, without repeats, in the order of the regions.
 *
 * @example
 * testsForRegions(["calves", "hamstrings"]); // ["knee-to-wall", "straight-leg-raise", "sit-and-reach"]
 */
export function testsForRegions(regions: readonly Region[]): RomTestKind[] {
  const out: RomTestKind[] = [];
  for (const r of regions)
    for (const t of TESTS_FOR_REGION[r] ?? []) if (!out.includes(t)) out.push(t);
  return out;
}
