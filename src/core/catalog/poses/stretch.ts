/** Poses for the stretch group (stretch.ts): holds. */
import type { Illustration } from "../../figure/index.js";
import {
  ALL_FOURS,
  CHAIR_SIT,
  HALF_KNEEL,
  HOOK_LYING,
  LONG_SIT,
  STAND,
  SUPINE,
  front,
  hold,
  moves,
  tweak,
} from "./base.js";

// Back knee down (the near leg is the one stretched), front foot flat, trunk tall.
const KNEEL_STRETCH = tweak(HALF_KNEEL, {
  near: { hip: -10, knee: 80, ankle: 90, shoulder: 10, elbow: 20 },
  far: { hip: 90, knee: 90, ankle: 0, shoulder: 25, elbow: 30 },
});

export const STRETCH_POSES: Record<string, Illustration> = {
  "figure-four": hold(
    8,
    tweak(HOOK_LYING, {
      near: { hip: 80, knee: 100, shoulder: 40, elbow: 60 },
      far: { hip: 45, knee: 110 },
    }),
    tweak(HOOK_LYING, {
      near: { hip: 100, knee: 100, shoulder: 60, elbow: 80 },
      far: { hip: 95, knee: 95, ankle: 0, shoulder: 60, elbow: 80 },
    }),
  ),
  "static-calf-stretch": hold(
    8,
    tweak(STAND, {
      near: { shoulder: 80, elbow: 10 },
      far: { shoulder: 80, elbow: 10 },
      props: [{ kind: "wall", x: 50 }],
    }),
    tweak(STAND, {
      trunk: 20,
      x: 10,
      near: { hip: -15, knee: 0, ankle: -20, shoulder: 75, elbow: 30 },
      far: { hip: 45, knee: 50, ankle: -5, shoulder: 75, elbow: 30 },
      props: [{ kind: "wall", x: 50 }],
    }),
  ),
  "soleus-stretch": hold(
    8,
    tweak(STAND, {
      trunk: 15,
      x: 10,
      near: { hip: -10, knee: 5, ankle: -15, shoulder: 75, elbow: 30 },
      far: { hip: 40, knee: 45, shoulder: 75, elbow: 30 },
      props: [{ kind: "wall", x: 50 }],
    }),
    tweak(STAND, {
      trunk: 10,
      x: 10,
      near: { hip: 10, knee: 45, ankle: -35, shoulder: 75, elbow: 40 },
      far: { hip: 45, knee: 60, ankle: -10, shoulder: 75, elbow: 40 },
      props: [{ kind: "wall", x: 50 }],
    }),
  ),
  "static-hamstring-stretch": hold(
    8,
    tweak(HOOK_LYING, { near: { hip: 60, knee: 40, shoulder: 60, elbow: 60 } }),
    tweak(HOOK_LYING, { near: { hip: 80, knee: 0, ankle: 0, shoulder: 75, elbow: 40 } }),
  ),
  "standing-quad-stretch": hold(
    8,
    tweak(STAND, { far: { shoulder: 80, elbow: 10 }, props: [{ kind: "wall", x: 45 }] }),
    tweak(STAND, {
      near: { hip: -5, knee: 150, ankle: 40, shoulder: -30, elbow: 20 },
      far: { shoulder: 80, elbow: 10 },
      props: [{ kind: "wall", x: 45 }],
    }),
  ),
  "standing-it-band-stretch": front(
    hold(
      8,
      tweak(STAND, { near: { hip: -10 }, far: { hip: 10, shoulder: 60 } }),
      tweak(STAND, {
        trunk: -15,
        near: { hip: -18, shoulder: 150 },
        far: { hip: 10, shoulder: 60 },
      }),
    ),
  ),
  "butterfly-stretch": hold(
    8,
    tweak(LONG_SIT, {
      trunk: 0,
      near: { hip: 150, knee: 140, ankle: 10, shoulder: 40, elbow: 20 },
      far: { hip: 150, knee: 140, ankle: 10, shoulder: 40, elbow: 20 },
    }),
    tweak(LONG_SIT, {
      trunk: 20,
      near: { hip: 168, knee: 140, ankle: 10, shoulder: 55, elbow: 10 },
      far: { hip: 168, knee: 140, ankle: 10, shoulder: 55, elbow: 10 },
    }),
  ),
  "supine-spinal-twist": hold(
    8,
    tweak(SUPINE, { near: { hip: 90, knee: 90, shoulder: 90 }, far: { shoulder: 90 } }),
    front(
      hold(8, tweak(SUPINE, { near: { hip: 60, knee: 90, shoulder: 90 }, far: { shoulder: 90 } })),
    ).poses[0]!,
  ),
  "knees-to-chest": moves(
    4,
    tweak(SUPINE, {
      near: { hip: 120, knee: 120, shoulder: 45, elbow: 60 },
      far: { hip: 120, knee: 120, shoulder: 45, elbow: 60 },
    }),
    tweak(SUPINE, {
      near: { hip: 130, knee: 125, shoulder: 50, elbow: 70 },
      far: { hip: 130, knee: 125, shoulder: 50, elbow: 70 },
    }),
  ),
  "childs-pose": hold(
    8,
    ALL_FOURS,
    tweak(ALL_FOURS, {
      trunk: 105,
      bend: -3,
      near: { hip: 155, knee: 150, ankle: 90, shoulder: 175, elbow: 0 },
      far: { hip: 155, knee: 150, ankle: 90, shoulder: 175, elbow: 0 },
    }),
  ),
  "kneeling-shin-stretch": hold(
    8,
    tweak(ALL_FOURS, {
      trunk: 30,
      near: { hip: 60, knee: 120, shoulder: 20 },
      far: { hip: 60, knee: 120, shoulder: 20 },
    }),
    tweak(ALL_FOURS, {
      trunk: 5,
      near: { hip: 95, knee: 165, ankle: 90, shoulder: -20, elbow: 0 },
      far: { hip: 95, knee: 165, ankle: 90, shoulder: -20, elbow: 0 },
    }),
  ),
  "toe-extension-stretch": hold(
    8,
    tweak(CHAIR_SIT, {
      trunk: 15,
      near: { hip: 110, knee: 140, ankle: 0, shoulder: 50, elbow: 60 },
    }),
    tweak(CHAIR_SIT, {
      trunk: 20,
      near: { hip: 110, knee: 140, ankle: -30, shoulder: 60, elbow: 50 },
    }),
  ),
  "neck-side-stretch": front(
    hold(
      8,
      CHAIR_SIT,
      tweak(CHAIR_SIT, {
        head: 0,
        trunk: 0,
        near: { shoulder: 10, elbow: 0 },
        far: { shoulder: 150, elbow: 150 },
      }),
    ),
  ),
  "cross-body-shoulder-stretch": front(
    hold(
      8,
      STAND,
      tweak(STAND, { near: { shoulder: -80, elbow: 0 }, far: { shoulder: 30, elbow: 110 } }),
    ),
  ),
  "doorway-chest-stretch": hold(
    8,
    tweak(STAND, { near: { shoulder: -60, elbow: 90 }, props: [{ kind: "wall", x: -30 }] }),
    tweak(STAND, {
      x: 10,
      trunk: 5,
      near: { shoulder: -80, elbow: 90 },
      props: [{ kind: "wall", x: -30 }],
    }),
  ),
  "standing-forward-fold": hold(
    8,
    tweak(STAND, {
      trunk: 45,
      head: 20,
      near: { hip: 45, knee: 10, shoulder: 30 },
      far: { hip: 45, knee: 10, shoulder: 30 },
    }),
    tweak(STAND, {
      trunk: 130,
      head: 20,
      near: { hip: 125, knee: 15, shoulder: 100, elbow: 0 },
      far: { hip: 125, knee: 15, shoulder: 100, elbow: 0 },
    }),
  ),
  "frog-stretch": hold(
    8,
    tweak(ALL_FOURS, { near: { shoulder: 90, elbow: 90 }, far: { shoulder: 90, elbow: 90 } }),
    tweak(ALL_FOURS, {
      trunk: 100,
      near: { hip: 140, knee: 125, shoulder: 120, elbow: 100 },
      far: { hip: 140, knee: 125, shoulder: 120, elbow: 100 },
    }),
  ),
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
