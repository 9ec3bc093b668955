/** Poses for the transition and cardio groups (transition-cardio.ts). */
import type { Illustration } from "../../figure/index.js";
import { CHAIR_SIT, STAND, moves, tweak } from "./base.js";

const STRIDE = (near: number, far: number, arm: number) =>
  tweak(STAND, {
    near: {
      hip: near,
      knee: near > 0 ? 15 : 25,
      ankle: near > 0 ? -5 : 25,
      shoulder: -arm,
      elbow: 30,
    },
    far: { hip: far, knee: far > 0 ? 15 : 25, ankle: far > 0 ? -5 : 25, shoulder: arm, elbow: 30 },
  });

export const TRANSITION_CARDIO_POSES: Record<string, Illustration> = {
  "cool-down-walk": moves(1.2, STRIDE(25, -20, 25), STRIDE(-20, 25, -25)),
  "light-marching": moves(
    1.4,
    tweak(STAND, {
      near: { hip: 50, knee: 70, ankle: 10, shoulder: -20, elbow: 60 },
      far: { shoulder: 30, elbow: 60 },
    }),
    tweak(STAND, {
      far: { hip: 50, knee: 70, ankle: 10, shoulder: -20, elbow: 60 },
      near: { shoulder: 30, elbow: 60 },
    }),
  ),
  "walk-in-place": moves(
    1.2,
    tweak(STAND, {
      near: { hip: 25, knee: 40, ankle: 10, shoulder: -15, elbow: 20 },
      far: { shoulder: 15, elbow: 20 },
    }),
    tweak(STAND, {
      far: { hip: 25, knee: 40, ankle: 10, shoulder: -15, elbow: 20 },
      near: { shoulder: 15, elbow: 20 },
    }),
  ),
  "easy-cycling": moves(
    1.5,
    tweak(CHAIR_SIT, {
      trunk: 35,
      near: { hip: 95, knee: 110, ankle: 10, shoulder: 60, elbow: 20 },
      far: { hip: 50, knee: 35, ankle: 10, shoulder: 60, elbow: 20 },
    }),
    tweak(CHAIR_SIT, {
      trunk: 35,
      far: { hip: 95, knee: 110, ankle: 10, shoulder: 60, elbow: 20 },
      near: { hip: 50, knee: 35, ankle: 10, shoulder: 60, elbow: 20 },
    }),
  ),
  "easy-swimming": moves(
    2,
    tweak(STAND, {
      trunk: 90,
      head: -10,
      near: { shoulder: 180, elbow: 10, ankle: 60 },
      far: { shoulder: 0, elbow: 10, ankle: 60 },
    }),
    tweak(STAND, {
      trunk: 90,
      head: -10,
      near: { shoulder: 0, elbow: 10, ankle: 60 },
      far: { shoulder: 180, elbow: 10, ankle: 60 },
    }),
  ),
  "easy-recovery-walk": moves(1.3, STRIDE(20, -15, 20), STRIDE(-15, 20, -20)),

  "high-knee-walk": moves(
    1.6,
    tweak(STAND, {
      near: { hip: 85, knee: 95, ankle: 15, shoulder: -25, elbow: 80 },
      far: { shoulder: 45, elbow: 80 },
    }),
    tweak(STAND, {
      far: { hip: 85, knee: 95, ankle: 15, shoulder: -25, elbow: 80 },
      near: { shoulder: 45, elbow: 80 },
    }),
  ),
};
