/** Poses for the stretch group (stretch.ts): holds. */
import type { Illustration } from "../../figure/index.js";
import { HALF_KNEEL, SUPINE, hold, tweak } from "./base.js";

// Back knee down (the near leg is the one stretched), front foot flat, trunk tall.
const KNEEL_STRETCH = tweak(HALF_KNEEL, {
  near: { hip: -10, knee: 80, ankle: 90, shoulder: 10, elbow: 20 },
  far: { hip: 90, knee: 90, ankle: 0, shoulder: 25, elbow: 30 },
});

export const STRETCH_POSES: Record<string, Illustration> = {
  "kneeling-hip-flexor-stretch": hold(
    8,
    KNEEL_STRETCH,
    tweak(KNEEL_STRETCH, {
      trunk: -4,
      x: 8,
      near: { hip: -32, knee: 62 },
      far: { hip: 85, knee: 109 },
    }),
  ),
  "banded-hamstring-stretch": hold(
    8,
    tweak(SUPINE, {
      near: { hip: 45, knee: 0, ankle: 0, shoulder: 55, elbow: 50 },
      far: { shoulder: 0 },
      props: [{ kind: "band", from: "nearHand", to: "nearToe" }],
    }),
    tweak(SUPINE, {
      near: { hip: 85, knee: 0, ankle: -5, shoulder: 75, elbow: 35 },
      far: { shoulder: 0 },
    }),
  ),
};
