/** Poses for the stretch group (stretch.ts): holds. */
import type { Illustration } from "../../figure/index.js";
import {
  ALL_FOURS,
  CHAIR_SIT,
  HALF_KNEEL,
  HOOK_LYING,
  STAND,
  SUPINE,
  front,
  hold,
  tweak,
} from "./base.js";

// Back knee down (the near leg is the one stretched), front foot flat, trunk tall.
const KNEEL_STRETCH = tweak(HALF_KNEEL, {
  near: { hip: -10, knee: 80, ankle: 90, shoulder: 10, elbow: 20 },
  far: { hip: 90, knee: 90, ankle: 0, shoulder: 25, elbow: 30 },
});

// Hands on a wall, one leg stepped back (the near leg is stretched).
const WALL_LEAN = tweak(STAND, {
  trunk: 10,
  near: { hip: -12, knee: 0, ankle: -22, shoulder: 95, elbow: 25 },
  far: { hip: 20, knee: 25, ankle: -15, shoulder: 95, elbow: 25 },
  props: [{ kind: "wall", x: 50 }],
});

export const STRETCH_POSES: Record<string, Illustration> = {
  "static-calf-stretch": hold(
    8,
    WALL_LEAN,
    tweak(WALL_LEAN, {
      trunk: 15,
      x: 6,
      near: { hip: -28, ankle: -38 },
      far: { hip: 32, knee: 40, ankle: -25 },
    }),
  ),
  "soleus-stretch": hold(
    8,
    tweak(WALL_LEAN, { near: { hip: -5, knee: 5, ankle: -15 } }),
    tweak(WALL_LEAN, {
      trunk: 8,
      near: { hip: 0, knee: 30, ankle: -35 },
      far: { hip: 30, knee: 40, ankle: -20 },
    }),
  ),
  "static-hamstring-stretch": hold(
    8,
    tweak(SUPINE, { near: { hip: 55, knee: 10, ankle: 10, shoulder: 75, elbow: 60 } }),
    tweak(SUPINE, { near: { hip: 82, knee: 5, ankle: 5, shoulder: 95, elbow: 55 } }),
  ),
  "standing-quad-stretch": hold(
    8,
    tweak(STAND, {
      near: { hip: 10, knee: 100, ankle: 20, shoulder: -20 },
      far: { shoulder: 80, elbow: 10 },
      props: [{ kind: "wall", x: 48 }],
    }),
    tweak(STAND, {
      near: { hip: -8, knee: 150, ankle: 30, shoulder: -35, elbow: 20 },
      far: { shoulder: 80, elbow: 10 },
    }),
  ),
  "figure-four": hold(
    8,
    tweak(HOOK_LYING, { near: { hip: 75, knee: 100, ankle: 0 } }),
    tweak(HOOK_LYING, {
      near: { hip: 95, knee: 95, ankle: 0, shoulder: 70, elbow: 70 },
      far: { hip: 95, knee: 90, shoulder: 70, elbow: 70 },
    }),
  ),
  "childs-pose": hold(
    8,
    ALL_FOURS,
    tweak(ALL_FOURS, {
      trunk: 72,
      bend: -4,
      head: 25,
      near: { hip: 150, knee: 168, ankle: 90, shoulder: 165, elbow: 0 },
      far: { hip: 150, knee: 168, ankle: 90, shoulder: 165, elbow: 0 },
    }),
  ),
  "knees-to-chest": hold(
    8,
    tweak(HOOK_LYING, {
      near: { hip: 90, knee: 90, shoulder: 40, elbow: 30 },
      far: { hip: 90, knee: 90, shoulder: 40, elbow: 30 },
    }),
    tweak(HOOK_LYING, {
      near: { hip: 135, knee: 130, shoulder: 60, elbow: 50 },
      far: { hip: 135, knee: 130, shoulder: 60, elbow: 50 },
    }),
  ),
  "kneeling-shin-stretch": hold(
    8,
    tweak(STAND, {
      near: { hip: 90, knee: 178, ankle: 90, shoulder: 15, elbow: 10 },
      far: { hip: 90, knee: 178, ankle: 90, shoulder: 15, elbow: 10 },
    }),
    tweak(STAND, {
      trunk: -15,
      near: { hip: 75, knee: 178, ankle: 90, shoulder: -20, elbow: 0 },
      far: { hip: 75, knee: 178, ankle: 90, shoulder: -20, elbow: 0 },
    }),
  ),
  "standing-forward-fold": hold(
    8,
    tweak(STAND, { near: { knee: 8 }, far: { knee: 8 } }),
    tweak(STAND, {
      trunk: 115,
      bend: -5,
      head: 25,
      near: { hip: 110, knee: 12, shoulder: 110, elbow: 0 },
      far: { hip: 110, knee: 12, shoulder: 110, elbow: 0 },
    }),
  ),
  // Side view: soles together close to the body, knees falling out, a small hinge forward.
  "butterfly-stretch": hold(
    8,
    {
      trunk: 5,
      near: { hip: 145, knee: 150, ankle: 10, shoulder: 50, elbow: 20 },
      far: { hip: 135, knee: 145, ankle: 10, shoulder: 45, elbow: 25 },
    },
    {
      trunk: 30,
      near: { hip: 170, knee: 150, ankle: 10, shoulder: 60, elbow: 20 },
      far: { hip: 160, knee: 145, ankle: 10, shoulder: 55, elbow: 25 },
    },
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
  "supine-spinal-twist": hold(
    8,
    tweak(SUPINE, { near: { hip: 90, knee: 90, shoulder: 90 }, far: { shoulder: 90 } }),
    front(
      hold(8, tweak(SUPINE, { near: { hip: 60, knee: 90, shoulder: 90 }, far: { shoulder: 90 } })),
    ).poses[0]!,
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
  "frog-stretch": hold(
    8,
    tweak(ALL_FOURS, { near: { shoulder: 90, elbow: 90 }, far: { shoulder: 90, elbow: 90 } }),
    tweak(ALL_FOURS, {
      trunk: 100,
      near: { hip: 140, knee: 125, shoulder: 120, elbow: 100 },
      far: { hip: 140, knee: 125, shoulder: 120, elbow: 100 },
    }),
  ),
};
