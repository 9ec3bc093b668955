/** Poses for the release group (release.ts): foam roller, massage ball and hands. */
import type { Illustration } from "../../figure/index.js";
import { LONG_SIT, STAND, moves, tweak } from "./base.js";

// Calf on the roller, hands behind, hips lifted; the far leg bent with its foot down.
const CALF_ROLL = tweak(LONG_SIT, {
  trunk: -35,
  near: { hip: 47, knee: 0, ankle: 25, shoulder: -50, elbow: 0 },
  far: { hip: 95, knee: 105, ankle: 5, shoulder: -50, elbow: 0 },
  props: [{ kind: "roller", on: "nearShin", at: 0.85, face: "back" }],
});

export const RELEASE_POSES: Record<string, Illustration> = {
  "foam-roll-calves": moves(
    4,
    CALF_ROLL,
    tweak(CALF_ROLL, {
      trunk: -40,
      near: { hip: 52 },
      props: [{ kind: "roller", on: "nearShin", at: 0.15, face: "back" }],
    }),
  ),
  "ball-glute-wall": moves(
    3,
    tweak(STAND, {
      trunk: -4,
      near: { hip: 20, knee: 25, shoulder: 10, elbow: 30 },
      far: { hip: 20, knee: 25, shoulder: 0 },
      props: [{ kind: "wall" }, { kind: "ball", on: "trunk", at: 0.0, face: "back" }],
    }),
    tweak(STAND, {
      trunk: -4,
      near: { hip: 35, knee: 50, shoulder: 10, elbow: 30 },
      far: { hip: 35, knee: 50, shoulder: 0 },
      props: [{ kind: "wall" }, { kind: "ball", on: "trunk", at: 0.1, face: "back" }],
    }),
  ),
};
