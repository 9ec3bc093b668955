/** Poses for the activation group (activation.ts). */
import type { Illustration } from "../../figure/index.js";
import { ALL_FOURS, HOOK_LYING, STAND, front, moves, tweak } from "./base.js";

const HANDS_ON_WALL = tweak(STAND, {
  trunk: 5,
  near: { shoulder: 80, elbow: 30 },
  far: { shoulder: 80, elbow: 30 },
  props: [{ kind: "wall", x: 48 }],
});

// Lying on the far side, propped on the far forearm, knees bent: the top (near) leg works.
const SIDE_LYING = (near: Record<string, number>) =>
  tweak(STAND, {
    trunk: 88,
    near: { hip: 30, knee: 60, shoulder: 10, elbow: 20, ...near },
    far: { hip: 30, knee: 60, shoulder: 95, elbow: 95 },
  });

export const ACTIVATION_POSES: Record<string, Illustration> = {
  "calf-raises": moves(
    2.5,
    HANDS_ON_WALL,
    tweak(HANDS_ON_WALL, { near: { ankle: 45 }, far: { ankle: 45 } }),
  ),
  "eccentric-calf-raise": moves(
    4,
    tweak(STAND, {
      near: { ankle: 40, shoulder: 70, elbow: 30 },
      far: { ankle: 40, shoulder: 10 },
      lift: 18,
      props: [{ kind: "step", from: -2, to: 40, height: 18 }],
    }),
    tweak(STAND, {
      near: { ankle: -25, shoulder: 70, elbow: 30 },
      far: { ankle: -25, shoulder: 10 },
      lift: 10,
    }),
  ),
  "heel-walks": moves(
    1.5,
    tweak(STAND, {
      near: { hip: 20, knee: 5, ankle: -35, shoulder: -20 },
      far: { hip: -10, ankle: -30, shoulder: 20 },
    }),
    tweak(STAND, {
      far: { hip: 20, knee: 5, ankle: -35, shoulder: -20 },
      near: { hip: -10, ankle: -30, shoulder: 20 },
    }),
  ),
  "bird-dog": moves(
    4,
    ALL_FOURS,
    tweak(ALL_FOURS, { near: { hip: 5, knee: 0, ankle: 20 }, far: { shoulder: 175 } }),
  ),
  "dead-bug": moves(
    4,
    tweak(HOOK_LYING, {
      near: { hip: 90, knee: 90, ankle: 0, shoulder: 90 },
      far: { hip: 90, knee: 90, ankle: 0, shoulder: 90 },
    }),
    tweak(HOOK_LYING, {
      near: { hip: 20, knee: 10, ankle: 10, shoulder: 90 },
      far: { hip: 90, knee: 90, ankle: 0, shoulder: 170 },
    }),
  ),
  "single-leg-balance": moves(
    6,
    tweak(STAND, {
      near: { hip: 5, knee: 5, shoulder: 20 },
      far: { hip: 35, knee: 80, shoulder: 25 },
    }),
    tweak(STAND, {
      trunk: 3,
      near: { hip: 8, knee: 8, shoulder: 30 },
      far: { hip: 40, knee: 85, shoulder: 15 },
    }),
  ),
  "banded-glute-bridge": moves(
    3,
    tweak(HOOK_LYING, { props: [{ kind: "loop", at: "nearKnee" }] }),
    tweak(HOOK_LYING, {
      trunk: -117,
      near: { hip: 0, knee: 112, ankle: 5, shoulder: -25 },
      far: { hip: 0, knee: 112, ankle: 5, shoulder: -25 },
    }),
  ),
  "glute-bridge": moves(
    3,
    HOOK_LYING,
    tweak(HOOK_LYING, {
      trunk: -117,
      near: { hip: 0, knee: 112, ankle: 5, shoulder: -25 },
      far: { hip: 0, knee: 112, ankle: 5, shoulder: -25 },
    }),
  ),
  clamshells: front(moves(3, SIDE_LYING({}), SIDE_LYING({ hip: 70 }))),
  "banded-clamshells": front(
    moves(
      3,
      tweak(SIDE_LYING({}), { props: [{ kind: "loop", at: "nearKnee" }] }),
      tweak(SIDE_LYING({ hip: 65 }), { props: [{ kind: "loop", at: "nearKnee" }] }),
    ),
  ),
  "banded-lateral-walk": front(
    moves(
      2,
      tweak(STAND, {
        trunk: 0,
        near: { hip: 8, knee: 30, shoulder: 10, elbow: 60 },
        far: { hip: 8, knee: 30, shoulder: 10, elbow: 60 },
        props: [{ kind: "loop", at: "nearKnee" }],
      }),
      tweak(STAND, {
        trunk: 0,
        near: { hip: 25, knee: 30, shoulder: 10, elbow: 60 },
        far: { hip: 12, knee: 30, shoulder: 10, elbow: 60 },
        props: [{ kind: "loop", at: "nearKnee" }],
      }),
    ),
  ),
  "side-lying-leg-raise": front(
    moves(3, SIDE_LYING({ hip: 0, knee: 0 }), SIDE_LYING({ hip: 35, knee: 0 })),
  ),
  "shoulder-blade-squeezes": moves(
    3,
    tweak(STAND, { near: { shoulder: 10, elbow: 80 }, far: { shoulder: 10, elbow: 80 } }),
    tweak(STAND, {
      bend: 3,
      near: { shoulder: -25, elbow: 80 },
      far: { shoulder: -25, elbow: 80 },
    }),
  ),
  "banded-pull-apart": front(
    moves(
      3,
      tweak(STAND, {
        near: { shoulder: 15, elbow: 0 },
        far: { shoulder: 15, elbow: 0 },
        props: [{ kind: "band", from: "nearHand", to: "farHand" }],
      }),
      tweak(STAND, {
        near: { shoulder: 85, elbow: 0 },
        far: { shoulder: 85, elbow: 0 },
        props: [{ kind: "band", from: "nearHand", to: "farHand" }],
      }),
    ),
  ),
};
