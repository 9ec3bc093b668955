/** Poses for the breathing group (breathing.ts): the body barely moves; the chest rises. */
import type { Illustration } from "../../figure/index.js";
import { CHAIR_SIT, HOOK_LYING, PRONE_FOREARMS, SUPINE, circles, moves, tweak } from "./base.js";

export const BREATHING_POSES: Record<string, Illustration> = {
  "diaphragmatic-breathing": moves(
    10,
    tweak(HOOK_LYING, { near: { shoulder: 30, elbow: 100 }, far: { shoulder: 20, elbow: 80 } }),
    tweak(HOOK_LYING, {
      bend: 3,
      near: { shoulder: 33, elbow: 100 },
      far: { shoulder: 22, elbow: 80 },
    }),
  ),
  "long-exhale-breathing": moves(
    10,
    tweak(SUPINE, { near: { shoulder: 15 }, far: { shoulder: 15 } }),
    tweak(SUPINE, { bend: 2.5, head: -3, near: { shoulder: 17 }, far: { shoulder: 17 } }),
  ),
  "crocodile-breathing": moves(
    10,
    tweak(PRONE_FOREARMS, {
      trunk: 92,
      head: 10,
      near: { shoulder: 150, elbow: 150 },
      far: { shoulder: 150, elbow: 150 },
    }),
    tweak(PRONE_FOREARMS, {
      trunk: 92,
      bend: -2.5,
      head: 10,
      near: { shoulder: 150, elbow: 150 },
      far: { shoulder: 150, elbow: 150 },
    }),
  ),

  // In 4, hold 4, out 4, hold 4: four key poses round one 16-second box.
  "box-breathing": circles(
    16,
    tweak(CHAIR_SIT, { trunk: 1, bend: 0, head: 5 }),
    tweak(CHAIR_SIT, { trunk: -3, bend: 2.5, head: -3 }),
    tweak(CHAIR_SIT, { trunk: -3, bend: 2.5, head: -3 }),
    tweak(CHAIR_SIT, { trunk: 1, bend: 0, head: 5 }),
  ),
};
