/** Poses for the activation group (activation.ts). */
import type { Illustration } from "../../figure/index.js";
import { ALL_FOURS, HOOK_LYING, STAND, SUPINE, front, hold, moves, tweak } from "./base.js";

// Lying on the far side, propped on the far forearm, knees bent: the top (near) leg works.
const SIDE_LYING = (near: Record<string, number>) =>
  tweak(STAND, {
    trunk: 88,
    near: { hip: 30, knee: 60, shoulder: 10, elbow: 20, ...near },
    far: { hip: 30, knee: 60, shoulder: 95, elbow: 95 },
  });
const BRIDGE_UP = tweak(HOOK_LYING, {
  trunk: -117,
  near: { hip: 0, knee: 112, ankle: 5, shoulder: -25 },
  far: { hip: 0, knee: 112, ankle: 5, shoulder: -25 },
});

export const ACTIVATION_POSES: Record<string, Illustration> = {
  "banded-glute-bridge": moves(
    3,
    tweak(HOOK_LYING, { props: [{ kind: "loop", at: "nearKnee" }] }),
    tweak(BRIDGE_UP, { props: [{ kind: "loop", at: "nearKnee" }] }),
  ),
  "eccentric-calf-raise": moves(
    4,
    tweak(STAND, {
      lift: 18,
      near: { ankle: 30, shoulder: 60, elbow: 20 },
      far: { ankle: 30 },
      props: [{ kind: "step", from: -15, to: 8, height: 18 }],
    }),
    tweak(STAND, {
      lift: 18,
      near: { ankle: -25, shoulder: 60, elbow: 20 },
      far: { ankle: -25 },
      props: [{ kind: "step", from: -15, to: 8, height: 18 }],
    }),
  ),
  "calf-raises": moves(
    2,
    tweak(STAND, { near: { shoulder: 60, elbow: 10 }, props: [{ kind: "wall", x: 45 }] }),
    tweak(STAND, {
      near: { ankle: 35, shoulder: 60, elbow: 10 },
      far: { ankle: 35 },
      props: [{ kind: "wall", x: 45 }],
    }),
  ),
  "heel-walks": moves(
    1,
    tweak(STAND, {
      near: { hip: 20, knee: 5, ankle: -30, shoulder: -20 },
      far: { ankle: -25, shoulder: 20 },
    }),
    tweak(STAND, {
      far: { hip: 20, knee: 5, ankle: -30, shoulder: -20 },
      near: { ankle: -25, shoulder: 20 },
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
  "bird-dog": moves(
    3,
    ALL_FOURS,
    tweak(ALL_FOURS, { near: { hip: -5, knee: 0, ankle: 30 }, far: { shoulder: 180, elbow: 0 } }),
  ),
  "dead-bug": moves(
    3,
    tweak(SUPINE, {
      near: { hip: 90, knee: 90, ankle: 0, shoulder: 90 },
      far: { hip: 90, knee: 90, ankle: 0, shoulder: 90 },
    }),
    tweak(SUPINE, {
      near: { hip: 20, knee: 10, ankle: 0, shoulder: 90 },
      far: { hip: 90, knee: 90, ankle: 0, shoulder: 170 },
    }),
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
  "single-leg-balance": hold(
    6,
    STAND,
    tweak(STAND, { near: { hip: 30, knee: 60, shoulder: 20 }, far: { knee: 8, shoulder: 25 } }),
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
};
