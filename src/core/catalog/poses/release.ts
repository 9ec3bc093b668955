/** Poses for the release group (release.ts): foam roller, massage ball and hands. */
import type { Illustration } from "../../figure/index.js";
import {
  ALL_FOURS,
  CHAIR_SIT,
  HOOK_LYING,
  LONG_SIT,
  PRONE_FOREARMS,
  STAND,
  circles,
  front,
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
// Seated with one knee bent and the foot flat, both hands on the leg.
const SEATED_KNEE_UP = (near: { shoulder: number; elbow: number }) =>
  tweak(LONG_SIT, {
    trunk: 20,
    near: { hip: 120, knee: 120, ankle: 10, ...near },
    far: { hip: 95, knee: 0, ankle: 10, shoulder: 45, elbow: 40 },
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
  "foam-roll-it-band": front(
    moves(
      4,
      tweak(STAND, {
        trunk: -88,
        near: { hip: 0, knee: 0, shoulder: 95, elbow: 95 },
        far: { hip: 10, knee: 0, shoulder: 10, elbow: 20 },
        props: [{ kind: "roller", on: "nearThigh", at: 0.75, face: "back" }],
      }),
      tweak(STAND, {
        trunk: -88,
        near: { hip: 0, knee: 0, shoulder: 95, elbow: 95 },
        far: { hip: 10, knee: 0, shoulder: 10, elbow: 20 },
        props: [{ kind: "roller", on: "nearThigh", at: 0.25, face: "back" }],
      }),
    ),
  ),
  "foam-roll-glutes": moves(
    3,
    tweak(LONG_SIT, {
      trunk: -25,
      near: { hip: 100, knee: 110, ankle: 10, shoulder: -45, elbow: 0 },
      far: { hip: 80, knee: 95, ankle: 10, shoulder: -45, elbow: 0 },
      props: [{ kind: "roller", on: "trunk", at: 0.02, face: "back" }],
    }),
    tweak(LONG_SIT, {
      trunk: -32,
      near: { hip: 105, knee: 115, ankle: 10, shoulder: -50, elbow: 0 },
      far: { hip: 85, knee: 100, ankle: 10, shoulder: -50, elbow: 0 },
      props: [{ kind: "roller", on: "trunk", at: 0.1, face: "back" }],
    }),
  ),
  "foam-roll-adductors": moves(
    4,
    tweak(PRONE_FOREARMS, {
      near: { hip: 75, knee: 90, ankle: 40 },
      props: [{ kind: "roller", on: "nearThigh", at: 0.75, face: "front" }],
    }),
    tweak(PRONE_FOREARMS, {
      near: { hip: 85, knee: 95, ankle: 40 },
      props: [{ kind: "roller", on: "nearThigh", at: 0.35, face: "front" }],
    }),
  ),
  "foam-roll-hip-flexors": moves(
    3,
    tweak(PRONE_FOREARMS, {
      trunk: 95,
      near: { hip: 0, knee: 0, ankle: 60 },
      far: { hip: 40, knee: 80, ankle: 60 },
      props: [{ kind: "roller", on: "nearThigh", at: 0.1, face: "front" }],
    }),
    tweak(PRONE_FOREARMS, {
      trunk: 92,
      near: { hip: -5, knee: 0, ankle: 60 },
      far: { hip: 40, knee: 80, ankle: 60 },
      props: [{ kind: "roller", on: "nearThigh", at: 0.2, face: "front" }],
    }),
  ),
  "foam-roll-lats": front(
    moves(
      4,
      tweak(STAND, {
        trunk: -85,
        near: { hip: 0, knee: 10, shoulder: 175, elbow: 10 },
        far: { hip: 10, knee: 10, shoulder: 30, elbow: 60 },
        props: [{ kind: "roller", on: "trunk", at: 0.9, face: "back" }],
      }),
      tweak(STAND, {
        trunk: -85,
        near: { hip: 0, knee: 10, shoulder: 170, elbow: 10 },
        far: { hip: 10, knee: 10, shoulder: 30, elbow: 60 },
        props: [{ kind: "roller", on: "trunk", at: 0.7, face: "back" }],
      }),
    ),
  ),
  "ball-upper-back-wall": moves(
    3,
    tweak(STAND, {
      trunk: -8,
      near: { hip: 15, knee: 20, shoulder: 60, elbow: 80 },
      far: { hip: 15, knee: 20, shoulder: 60, elbow: 80 },
      props: [{ kind: "wall" }, { kind: "ball", on: "trunk", at: 0.75, face: "back" }],
    }),
    tweak(STAND, {
      trunk: -8,
      near: { hip: 40, knee: 60, shoulder: 60, elbow: 80 },
      far: { hip: 40, knee: 60, shoulder: 60, elbow: 80 },
      props: [{ kind: "wall" }, { kind: "ball", on: "trunk", at: 0.55, face: "back" }],
    }),
  ),
  "ball-outer-hip-side-lying": front(
    circles(
      4,
      tweak(STAND, {
        trunk: -88,
        near: { hip: 0, knee: 0, shoulder: 95, elbow: 95 },
        far: { hip: 10, knee: 0, shoulder: 10, elbow: 20 },
        props: [{ kind: "ball", on: "nearThigh", at: 0.1, face: "back" }],
      }),
      tweak(
        tweak(STAND, {
          trunk: -88,
          near: { hip: 0, knee: 0, shoulder: 95, elbow: 95 },
          far: { hip: 10, knee: 0, shoulder: 10, elbow: 20 },
          props: [{ kind: "ball", on: "nearThigh", at: 0.15, face: "back" }],
        }),
        { far: { hip: 30, knee: 60 } },
      ),
    ),
  ),
  "ball-shoulder-wall": front(
    circles(
      4,
      tweak(STAND, {
        trunk: -10,
        head: 0,
        near: { shoulder: 5, elbow: 5 },
        far: { shoulder: 10, elbow: 10 },
        props: [{ kind: "wall" }, { kind: "ball", on: "nearUpperArm", at: 0.0, face: "back" }],
      }),
      tweak(STAND, {
        trunk: -10,
        head: 15,
        near: { shoulder: 8, elbow: 5 },
        far: { shoulder: 10, elbow: 10 },
        props: [{ kind: "wall" }, { kind: "ball", on: "nearUpperArm", at: 0.0, face: "back" }],
      }),
    ),
  ),
  "hand-massage-calves": moves(
    3,
    tweak(SEATED_KNEE_UP({ shoulder: 75, elbow: 0 }), { trunk: 40 }),
    tweak(SEATED_KNEE_UP({ shoulder: 60, elbow: 10 }), { trunk: 30 }),
  ),
  "hand-massage-sole": moves(
    3,
    tweak(CHAIR_SIT, {
      trunk: 15,
      near: { hip: 110, knee: 140, ankle: 0, shoulder: 50, elbow: 60 },
    }),
    tweak(CHAIR_SIT, {
      trunk: 18,
      near: { hip: 110, knee: 140, ankle: 0, shoulder: 60, elbow: 45 },
    }),
  ),
  "hand-massage-thighs": moves(
    3,
    tweak(CHAIR_SIT, { trunk: 25, near: { hip: 85, knee: 70, shoulder: 60, elbow: 20 } }),
    tweak(CHAIR_SIT, { trunk: 15, near: { hip: 85, knee: 70, shoulder: 35, elbow: 45 } }),
  ),
  "hand-massage-neck-shoulders": front(
    moves(
      3,
      tweak(STAND, {
        head: 0,
        near: { shoulder: 20, elbow: 20 },
        far: { shoulder: 40, elbow: 150 },
      }),
      tweak(STAND, {
        head: 15,
        trunk: 0,
        near: { shoulder: 20, elbow: 20 },
        far: { shoulder: 45, elbow: 155 },
      }),
    ),
  ),
  "hand-massage-glutes-seated": circles(
    3,
    tweak(STAND, {
      trunk: 10,
      near: { hip: 10, knee: 15, shoulder: -35, elbow: 60 },
      far: { hip: 0, knee: 0, shoulder: 10, elbow: 10 },
    }),
    tweak(STAND, {
      trunk: 10,
      near: { hip: 10, knee: 15, shoulder: -45, elbow: 75 },
      far: { hip: 0, knee: 0, shoulder: 10, elbow: 10 },
    }),
  ),
};
