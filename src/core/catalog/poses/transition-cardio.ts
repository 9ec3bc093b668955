/** Poses for the transition and cardio groups (transition-cardio.ts). */
import type { Illustration } from "../../figure/index.js";
import { STAND, moves, tweak } from "./base.js";

export const TRANSITION_CARDIO_POSES: Record<string, Illustration> = {
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
