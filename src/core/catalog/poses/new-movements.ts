/**
 * Poses for movements being added to the library, keyed by id. The index merges this map, so
 * a pose can be drawn before its movement lands in the catalog.
 */
import type { Illustration, Pose } from "../../figure/index.js";
import { HOOK_LYING, STAND, front, moves, tweak } from "./base.js";

/** Sitting on the floor, the near knee bent with the foot flat, the far leg long. */
const FLOOR_SIT_KNEE_UP: Pose = {
  trunk: 15,
  near: { hip: 160, knee: 135, ankle: 0, shoulder: 60, elbow: 30 },
  far: { hip: 105, knee: 0, ankle: 15, shoulder: 40, elbow: 40 },
};

export const NEW_MOVEMENT_POSES: Record<string, Illustration> = {
  "hand-massage-achilles": moves(
    3,
    tweak(FLOOR_SIT_KNEE_UP, {
      near: { shoulder: 75, elbow: 20 },
      far: { shoulder: 70, elbow: 25 },
    }),
    tweak(FLOOR_SIT_KNEE_UP, {
      near: { shoulder: 75, elbow: 50 },
      far: { shoulder: 70, elbow: 55 },
    }),
  ),
  "hand-massage-shins": moves(
    3,
    tweak(FLOOR_SIT_KNEE_UP, {
      trunk: 25,
      near: { shoulder: 70, elbow: 5 },
      far: { shoulder: 65, elbow: 10 },
    }),
    tweak(FLOOR_SIT_KNEE_UP, {
      trunk: 20,
      near: { shoulder: 85, elbow: 45 },
      far: { shoulder: 80, elbow: 50 },
    }),
  ),
  "hand-massage-hamstrings": moves(
    3,
    tweak(FLOOR_SIT_KNEE_UP, {
      trunk: 5,
      near: { shoulder: 45, elbow: 60 },
      far: { shoulder: 40, elbow: 60 },
    }),
    tweak(FLOOR_SIT_KNEE_UP, {
      trunk: 5,
      near: { shoulder: 15, elbow: 70 },
      far: { shoulder: 10, elbow: 70 },
    }),
  ),
  "hand-release-hip-flexors": moves(
    4,
    tweak(HOOK_LYING, { near: { shoulder: 25, elbow: 30 } }),
    tweak(HOOK_LYING, { near: { hip: 30, knee: 95, ankle: 15, shoulder: 25, elbow: 30 } }),
  ),
  "floor-rock-lower-back": moves(
    3,
    tweak(HOOK_LYING, {
      near: { hip: 125, knee: 120, shoulder: 70, elbow: 70 },
      far: { hip: 125, knee: 120, shoulder: 70, elbow: 70 },
    }),
    tweak(HOOK_LYING, {
      trunk: -100,
      near: { hip: 110, knee: 115, shoulder: 70, elbow: 70 },
      far: { hip: 110, knee: 115, shoulder: 70, elbow: 70 },
    }),
  ),
  "floor-rock-upper-back": moves(
    3,
    tweak(HOOK_LYING, { near: { shoulder: 120, elbow: 140 }, far: { shoulder: 120, elbow: 140 } }),
    tweak(HOOK_LYING, {
      trunk: -105,
      x: 6,
      near: { hip: 30, knee: 100, shoulder: 120, elbow: 140 },
      far: { hip: 30, knee: 100, shoulder: 120, elbow: 140 },
    }),
  ),
  "crossed-leg-hip-sways": front(
    moves(
      3,
      tweak(STAND, {
        near: { hip: -12, knee: 0, shoulder: 35, elbow: 110 },
        far: { hip: 2, shoulder: 35, elbow: 110 },
      }),
      tweak(STAND, {
        trunk: 8,
        x: -6,
        near: { hip: -22, shoulder: 35, elbow: 110 },
        far: { hip: 12, shoulder: 35, elbow: 110 },
      }),
    ),
  ),
  "bent-knee-calf-raise": moves(
    3,
    tweak(STAND, {
      trunk: 8,
      near: { hip: 20, knee: 30, ankle: -5, shoulder: 80, elbow: 25 },
      far: { hip: 20, knee: 30, ankle: -5, shoulder: 80, elbow: 25 },
      props: [{ kind: "wall", x: 52 }],
    }),
    tweak(STAND, {
      trunk: 8,
      near: { hip: 20, knee: 30, ankle: 45, shoulder: 80, elbow: 25 },
      far: { hip: 20, knee: 30, ankle: 45, shoulder: 80, elbow: 25 },
    }),
  ),
};
