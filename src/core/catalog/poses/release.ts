/** Poses for the release group (release.ts): foam roller, massage ball and hands. */
import type { Illustration } from "../../figure/index.js";
import {
  ALL_FOURS,
  CHAIR_SIT,
  HOOK_LYING,
  LONG_SIT,
  PRONE_FOREARMS,
  STAND,
  moves,
  tweak,
} from "./base.js";

// Calf on the roller, hands behind, hips lifted; the far leg bent with its foot down.
/** Sitting with the ball under the near calf, hands behind. */
const CALF_ROLL_BALL = () =>
  tweak(LONG_SIT, {
    trunk: -30,
    near: { hip: 55, knee: 0, ankle: 20, shoulder: -45 },
    far: { hip: 100, knee: 105, ankle: 5, shoulder: -45 },
    props: [{ kind: "ball", on: "nearShin", at: 0.35, face: "back" }],
  });

const CALF_ROLL = tweak(LONG_SIT, {
  trunk: -35,
  near: { hip: 47, knee: 0, ankle: 25, shoulder: -50, elbow: 0 },
  far: { hip: 95, knee: 105, ankle: 5, shoulder: -50, elbow: 0 },
  props: [{ kind: "roller", on: "nearShin", at: 0.85, face: "back" }],
});

// Face down on the forearms, the roller under the front of the near thigh.
const QUAD_ROLL = tweak(PRONE_FOREARMS, {
  far: { hip: 10, knee: 20, ankle: 80, shoulder: 95, elbow: 95 },
  props: [{ kind: "roller", on: "nearThigh", at: 0.8, face: "front" }],
});
// Back of the thigh on the roller, hands behind.
const HAMSTRING_ROLL = tweak(LONG_SIT, {
  trunk: -35,
  near: { hip: 50, knee: 0, ankle: 15, shoulder: -45 },
  far: { hip: 100, knee: 100, ankle: 5, shoulder: -45 },
  props: [{ kind: "roller", on: "nearThigh", at: 0.85, face: "back" }],
});
const UPPER_BACK_ROLL = tweak(HOOK_LYING, {
  trunk: -75,
  head: 20,
  near: { hip: 30, knee: 100, ankle: 20, shoulder: 150, elbow: 150 },
  far: { hip: 30, knee: 100, ankle: 20, shoulder: 150, elbow: 150 },
  props: [{ kind: "roller", on: "trunk", at: 0.75, face: "back" }],
});

export const RELEASE_POSES: Record<string, Illustration> = {
  "foam-roll-quads": moves(
    4,
    QUAD_ROLL,
    tweak(QUAD_ROLL, { props: [{ kind: "roller", on: "nearThigh", at: 0.15, face: "front" }] }),
  ),
  "foam-roll-hamstrings": moves(
    4,
    HAMSTRING_ROLL,
    tweak(HAMSTRING_ROLL, { props: [{ kind: "roller", on: "nearThigh", at: 0.2, face: "back" }] }),
  ),
  "foam-roll-thoracic": moves(
    4,
    UPPER_BACK_ROLL,
    tweak(UPPER_BACK_ROLL, { props: [{ kind: "roller", on: "trunk", at: 0.95, face: "back" }] }),
  ),
  "foam-roll-shins": moves(
    4,
    tweak(ALL_FOURS, {
      near: { knee: 75, ankle: 60 },
      props: [{ kind: "roller", on: "nearShin", at: 0.2, face: "front" }],
    }),
    tweak(ALL_FOURS, {
      near: { knee: 75, ankle: 60 },
      props: [{ kind: "roller", on: "nearShin", at: 0.8, face: "front" }],
    }),
  ),
  "ball-calves": moves(
    4,
    tweak(CALF_ROLL_BALL(), {}),
    tweak(CALF_ROLL_BALL(), {
      near: { ankle: -10 },
      props: [{ kind: "ball", on: "nearShin", at: 0.35, face: "back" }],
    }),
  ),
  "ball-sole-of-foot": moves(
    3,
    tweak(STAND, {
      near: { hip: 10, knee: 10, ankle: 5 },
      far: { shoulder: 60, elbow: 20 },
      props: [{ kind: "ball", on: "nearFoot", at: 0.1, face: "back" }],
    }),
    tweak(STAND, {
      x: -12,
      near: { hip: 18, knee: 12, ankle: 5 },
      far: { shoulder: 60, elbow: 20 },
      props: [{ kind: "ball", on: "nearFoot", at: 0.85, face: "back" }],
    }),
  ),
  "ball-hamstrings-seated": moves(
    3,
    tweak(CHAIR_SIT, {
      props: [{ kind: "chair" }, { kind: "ball", on: "nearThigh", at: 0.55, face: "back" }],
    }),
    tweak(CHAIR_SIT, {
      near: { knee: 10 },
      props: [{ kind: "chair" }, { kind: "ball", on: "nearThigh", at: 0.55, face: "back" }],
    }),
  ),
  "ball-quads-floor": moves(
    3,
    tweak(PRONE_FOREARMS, {
      near: { knee: 10 },
      props: [{ kind: "ball", on: "nearThigh", at: 0.5, face: "front" }],
    }),
    tweak(PRONE_FOREARMS, {
      near: { knee: 100 },
      props: [{ kind: "ball", on: "nearThigh", at: 0.5, face: "front" }],
    }),
  ),
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
