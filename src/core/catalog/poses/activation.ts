/** Poses for the activation group (activation.ts). */
import type { Illustration } from "../../figure/index.js";
import { ALL_FOURS, HOOK_LYING, STAND, moves, tweak } from "./base.js";

const HANDS_ON_WALL = tweak(STAND, {
  trunk: 5,
  near: { shoulder: 80, elbow: 30 },
  far: { shoulder: 80, elbow: 30 },
  props: [{ kind: "wall", x: 48 }],
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
};
