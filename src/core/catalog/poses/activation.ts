/** Poses for the activation group (activation.ts). */
import type { Illustration } from "../../figure/index.js";
import { HOOK_LYING, moves, tweak } from "./base.js";

export const ACTIVATION_POSES: Record<string, Illustration> = {
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
