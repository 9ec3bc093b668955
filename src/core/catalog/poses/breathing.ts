/** Poses for the breathing group (breathing.ts): the body barely moves; the chest rises. */
import type { Illustration } from "../../figure/index.js";
import { CHAIR_SIT, circles, tweak } from "./base.js";

export const BREATHING_POSES: Record<string, Illustration> = {
  // In 4, hold 4, out 4, hold 4: four key poses round one 16-second box.
  "box-breathing": circles(
    16,
    tweak(CHAIR_SIT, { trunk: 1, bend: 0, head: 5 }),
    tweak(CHAIR_SIT, { trunk: -3, bend: 2.5, head: -3 }),
    tweak(CHAIR_SIT, { trunk: -3, bend: 2.5, head: -3 }),
    tweak(CHAIR_SIT, { trunk: 1, bend: 0, head: 5 }),
  ),
};
