/**
 * Poses for movements being added to the library, keyed by id. The index merges this map, so
 * a pose can be drawn before its movement lands in the catalog.
 */
import type { Illustration } from "../../figure/index.js";
import { HOOK_LYING, LONG_SIT, STAND, SUPINE, front, moves, tweak } from "./base.js";

// Seated on the floor, one knee bent and its foot flat, hands on the lower leg.
const SEATED_KNEE_UP = (trunk: number, shoulder: number, elbow: number) =>
  tweak(LONG_SIT, {
    trunk,
    near: { hip: 120, knee: 120, ankle: 10, shoulder, elbow },
    far: { hip: 95, knee: 0, ankle: 10, shoulder: 45, elbow: 40 },
  });

export const NEW_MOVEMENT_POSES: Record<string, Illustration> = {
  "hand-massage-achilles": moves(3, SEATED_KNEE_UP(45, 85, 0), SEATED_KNEE_UP(38, 75, 5)),
  "hand-massage-shins": moves(3, SEATED_KNEE_UP(42, 88, 5), SEATED_KNEE_UP(30, 65, 15)),
  "hand-massage-hamstrings": moves(3, SEATED_KNEE_UP(25, 55, 30), SEATED_KNEE_UP(20, 35, 50)),
  "hand-release-hip-flexors": moves(
    4,
    tweak(HOOK_LYING, { near: { shoulder: 25, elbow: 60 } }),
    tweak(HOOK_LYING, { near: { hip: 35, knee: 100, shoulder: 25, elbow: 60 } }),
  ),
  "floor-rock-lower-back": moves(
    3,
    tweak(SUPINE, {
      near: { hip: 125, knee: 125, shoulder: 45, elbow: 60 },
      far: { hip: 125, knee: 125, shoulder: 45, elbow: 60 },
    }),
    tweak(SUPINE, {
      trunk: -80,
      near: { hip: 135, knee: 125, shoulder: 45, elbow: 60 },
      far: { hip: 135, knee: 125, shoulder: 45, elbow: 60 },
    }),
  ),
  "floor-rock-upper-back": moves(
    3,
    tweak(HOOK_LYING, { near: { shoulder: 60, elbow: 150 }, far: { shoulder: 60, elbow: 150 } }),
    tweak(HOOK_LYING, {
      trunk: -105,
      near: { hip: 20, knee: 110, shoulder: 60, elbow: 150 },
      far: { hip: 20, knee: 110, shoulder: 60, elbow: 150 },
    }),
  ),
  "crossed-leg-hip-sways": front(
    moves(
      3,
      tweak(STAND, {
        near: { hip: -12, shoulder: 25, elbow: 120 },
        far: { hip: 8, shoulder: 25, elbow: 120 },
      }),
      tweak(STAND, {
        trunk: 12,
        near: { hip: -22, shoulder: 25, elbow: 120 },
        far: { hip: 0, shoulder: 25, elbow: 120 },
      }),
    ),
  ),
  "bent-knee-calf-raise": moves(
    3,
    tweak(STAND, {
      near: { hip: 15, knee: 30, ankle: -10, shoulder: 75, elbow: 20 },
      far: { hip: 15, knee: 30, ankle: -10, shoulder: 75, elbow: 20 },
      props: [{ kind: "wall", x: 40 }],
    }),
    tweak(STAND, {
      near: { hip: 15, knee: 30, ankle: 30, shoulder: 75, elbow: 20 },
      far: { hip: 15, knee: 30, ankle: 30, shoulder: 75, elbow: 20 },
      props: [{ kind: "wall", x: 40 }],
    }),
  ),
};
