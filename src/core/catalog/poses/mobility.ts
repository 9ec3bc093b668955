/** Poses for the mobility group (mobility.ts): dynamic moves and circles. */
import type { Illustration } from "../../figure/index.js";
import { ALL_FOURS, CHAIR_SIT, HALF_KNEEL, STAND, circles, front, moves, tweak } from "./base.js";

// A long lunge: near leg in front, far leg long behind, back knee off the floor.
const LUNGE = tweak(STAND, {
  trunk: 10,
  near: { hip: 95, knee: 95, ankle: -5, shoulder: 10, elbow: 20 },
  far: { hip: -35, knee: 25, ankle: 40, shoulder: -10, elbow: 20 },
});
// Standing on the far leg with a hand on a wall (drawn to the right).
const ON_ONE_LEG = (near: Record<string, number>) =>
  tweak(STAND, {
    near: { shoulder: 5, elbow: 10, ...near },
    far: { shoulder: 80, elbow: 10 },
    props: [{ kind: "wall", x: 55 }],
  });

export const MOBILITY_POSES: Record<string, Illustration> = {
  "worlds-greatest-stretch": moves(
    4,
    tweak(LUNGE, {
      trunk: 70,
      near: { shoulder: 100, elbow: 10 },
      far: { shoulder: 100, elbow: 10 },
    }),
    tweak(LUNGE, {
      trunk: 60,
      near: { shoulder: 100, elbow: 10 },
      far: { shoulder: 200, elbow: 0 },
    }),
    tweak(LUNGE, {
      trunk: 75,
      near: { hip: 110, knee: 10, shoulder: 100, elbow: 10 },
      far: { hip: -20, knee: 5, shoulder: 100, elbow: 10 },
    }),
  ),
  "standing-quad-pull": moves(
    3,
    tweak(STAND, { far: { shoulder: 30 } }),
    tweak(STAND, {
      near: { hip: -5, knee: 150, ankle: 40, shoulder: -30, elbow: 20 },
      far: { shoulder: 40 },
    }),
  ),
  "down-dog-to-cobra": moves(
    5,
    tweak(ALL_FOURS, {
      trunk: 135,
      near: { hip: 95, knee: 0, ankle: -20, shoulder: 175, elbow: 0 },
      far: { hip: 95, knee: 0, ankle: -20, shoulder: 175, elbow: 0 },
    }),
    tweak(ALL_FOURS, {
      trunk: 70,
      bend: 8,
      head: -20,
      near: { hip: -15, knee: 0, ankle: 80, shoulder: 20, elbow: 0 },
      far: { hip: -15, knee: 0, ankle: 80, shoulder: 20, elbow: 0 },
    }),
  ),
  "hip-circles": circles(
    3,
    ON_ONE_LEG({ hip: 90, knee: 90 }),
    front(moves(3, ON_ONE_LEG({ hip: 60, knee: 90 }))).poses[0]!,
    ON_ONE_LEG({ hip: 30, knee: 80 }),
  ),
  "wall-ankle-mobilisation": moves(
    3,
    tweak(STAND, {
      near: { hip: 45, knee: 45, ankle: -5, shoulder: 80, elbow: 20 },
      far: { hip: -20, knee: 10, ankle: 10, shoulder: 80, elbow: 20 },
      props: [{ kind: "wall", x: 45 }],
    }),
    tweak(STAND, {
      x: 4,
      near: { hip: 55, knee: 80, ankle: -30, shoulder: 85, elbow: 40 },
      far: { hip: -25, knee: 20, ankle: 20, shoulder: 85, elbow: 40 },
      props: [{ kind: "wall", x: 45 }],
    }),
  ),
  "standing-side-bends": front(
    moves(
      3,
      tweak(STAND, { near: { shoulder: 170, elbow: 10 }, far: { shoulder: 10 } }),
      tweak(STAND, { trunk: 20, near: { shoulder: 175, elbow: 15 }, far: { shoulder: 15 } }),
    ),
  ),
  "shoulder-rolls": front(
    circles(
      3,
      tweak(STAND, { near: { shoulder: 5 }, far: { shoulder: 5 } }),
      tweak(STAND, { head: -5, near: { shoulder: 12 }, far: { shoulder: 12 } }),
      tweak(STAND, { near: { shoulder: 0 }, far: { shoulder: 0 } }),
    ),
  ),
  "arm-circles": front(
    circles(
      3,
      tweak(STAND, { near: { shoulder: 80, elbow: 0 }, far: { shoulder: 80, elbow: 0 } }),
      tweak(STAND, { near: { shoulder: 95, elbow: 0 }, far: { shoulder: 95, elbow: 0 } }),
      tweak(STAND, { near: { shoulder: 88, elbow: 0 }, far: { shoulder: 88, elbow: 0 } }),
    ),
  ),
  "walking-lunge-rotation": moves(
    3,
    tweak(STAND, { near: { shoulder: 90, elbow: 0 }, far: { shoulder: 90, elbow: 0 } }),
    tweak(LUNGE, { trunk: 0, near: { shoulder: 90, elbow: 0 }, far: { shoulder: 90, elbow: 0 } }),
    tweak(LUNGE, {
      trunk: 0,
      head: -10,
      near: { shoulder: 100, elbow: 0 },
      far: { shoulder: -70, elbow: 0 },
    }),
  ),
  "ankle-circles": circles(
    3,
    tweak(CHAIR_SIT, { near: { hip: 90, knee: 20, ankle: 20 } }),
    tweak(CHAIR_SIT, { near: { hip: 90, knee: 20, ankle: -15 } }),
    tweak(CHAIR_SIT, { near: { hip: 95, knee: 20, ankle: 5 } }),
  ),
  "ankle-rocks": moves(
    3,
    HALF_KNEEL,
    tweak(HALF_KNEEL, { x: 6, near: { hip: 75, knee: 115, ankle: -30 } }),
  ),
  "hip-hinges": moves(
    3,
    tweak(STAND, {
      near: { knee: 10, shoulder: 20, elbow: 60 },
      far: { knee: 10, shoulder: 20, elbow: 60 },
    }),
    tweak(STAND, {
      trunk: 70,
      near: { hip: 65, knee: 15, shoulder: 30, elbow: 60 },
      far: { hip: 65, knee: 15, shoulder: 30, elbow: 60 },
    }),
  ),
  "spinal-rotations": front(
    moves(
      3,
      tweak(STAND, { near: { shoulder: 20, elbow: 140 }, far: { shoulder: 20, elbow: 140 } }),
      tweak(STAND, {
        head: -10,
        near: { shoulder: 45, elbow: 120 },
        far: { shoulder: 5, elbow: 150 },
      }),
    ),
  ),
  "thread-the-needle": moves(
    4,
    tweak(ALL_FOURS, { near: { shoulder: 180, elbow: 0 } }),
    tweak(ALL_FOURS, {
      trunk: 100,
      head: 20,
      near: { shoulder: -10, elbow: 0 },
      far: { shoulder: 80, elbow: 60 },
    }),
  ),
  "quadruped-thoracic-rotation": moves(
    4,
    tweak(ALL_FOURS, { trunk: 80, near: { hip: 110, knee: 110, shoulder: 60, elbow: 150 } }),
    tweak(ALL_FOURS, {
      trunk: 75,
      head: -30,
      near: { hip: 110, knee: 110, shoulder: 160, elbow: 150 },
    }),
  ),
  "standing-thoracic-extension": moves(
    4,
    tweak(STAND, { near: { shoulder: 150, elbow: 150 }, far: { shoulder: 150, elbow: 150 } }),
    tweak(STAND, {
      trunk: -12,
      bend: 4,
      head: -20,
      near: { shoulder: 160, elbow: 150 },
      far: { shoulder: 160, elbow: 150 },
    }),
  ),
  "leg-swings-side": front(
    moves(
      2,
      tweak(STAND, { near: { hip: -20, shoulder: 80 }, far: { shoulder: 80 } }),
      tweak(STAND, { near: { hip: 40, shoulder: 80 }, far: { shoulder: 80 } }),
    ),
  ),
  "banded-leg-swings-front-back": moves(
    2,
    tweak(STAND, {
      near: { hip: 50, knee: 10, shoulder: -25 },
      far: { shoulder: 80, elbow: 10 },
      props: [{ kind: "band", from: { x: -50, y: 5 }, to: "nearAnkle" }],
    }),
    tweak(STAND, {
      near: { hip: -30, knee: 15, ankle: 10, shoulder: 30 },
      far: { shoulder: 80, elbow: 10 },
      props: [{ kind: "band", from: { x: -50, y: 5 }, to: "nearAnkle" }],
    }),
  ),
  "banded-leg-swings-side": front(
    moves(
      2,
      tweak(STAND, {
        near: { hip: -15, shoulder: 60 },
        far: { shoulder: 60 },
        props: [{ kind: "band", from: { x: -55, y: 5 }, to: "nearAnkle" }],
      }),
      tweak(STAND, {
        near: { hip: 40, shoulder: 60 },
        far: { shoulder: 60 },
        props: [{ kind: "band", from: { x: -55, y: 5 }, to: "nearAnkle" }],
      }),
    ),
  ),
  "banded-ankle-mobilisation": moves(
    3,
    tweak(HALF_KNEEL, { props: [{ kind: "band", from: { x: -45, y: 8 }, to: "nearAnkle" }] }),
    tweak(HALF_KNEEL, {
      x: 6,
      near: { hip: 75, knee: 115, ankle: -30 },
      props: [{ kind: "band", from: { x: -45, y: 8 }, to: "nearAnkle" }],
    }),
  ),
  "adductor-rock-back": moves(
    4,
    tweak(ALL_FOURS, { near: { hip: 90, knee: 0, ankle: 0 } }),
    tweak(ALL_FOURS, {
      trunk: 65,
      near: { hip: 120, knee: 0, ankle: 0, shoulder: 120 },
      far: { hip: 135, knee: 140, shoulder: 120 },
    }),
  ),
  "toe-spread-and-lift": moves(
    3,
    CHAIR_SIT,
    tweak(CHAIR_SIT, { near: { ankle: -25 }, far: { ankle: -25 } }),
  ),
  "neck-half-circles": front(
    moves(3, tweak(STAND, { head: 25 }), tweak(STAND, { head: 40 }), tweak(STAND, { head: -25 })),
  ),
  "wall-angels": front(
    moves(
      4,
      tweak(STAND, {
        near: { shoulder: 90, elbow: 90 },
        far: { shoulder: 90, elbow: 90 },
        props: [{ kind: "wall", x: -1 }],
      }),
      tweak(STAND, {
        near: { shoulder: 160, elbow: 20 },
        far: { shoulder: 160, elbow: 20 },
        props: [{ kind: "wall", x: -1 }],
      }),
    ),
  ),
  "hip-openers-standing": circles(
    3,
    ON_ONE_LEG({ hip: 90, knee: 90 }),
    front(moves(3, ON_ONE_LEG({ hip: 70, knee: 90 }))).poses[0]!,
    ON_ONE_LEG({ hip: 10, knee: 20 }),
  ),
  "seated-twist": front(
    moves(
      3,
      tweak(CHAIR_SIT, { near: { shoulder: 20, elbow: 140 }, far: { shoulder: 20, elbow: 140 } }),
      tweak(CHAIR_SIT, {
        head: -10,
        near: { shoulder: 45, elbow: 120 },
        far: { shoulder: 5, elbow: 150 },
      }),
    ),
  ),
  "gentle-ankle-bounces": moves(
    1,
    STAND,
    tweak(STAND, { near: { knee: 10, ankle: 20 }, far: { knee: 10, ankle: 20 } }),
  ),
  inchworm: moves(
    5,
    tweak(STAND, {
      trunk: 120,
      near: { hip: 120, knee: 20, shoulder: 100 },
      far: { hip: 120, knee: 20, shoulder: 100 },
    }),
    tweak(ALL_FOURS, {
      trunk: 80,
      near: { hip: 0, knee: 0, ankle: 90, shoulder: 85, elbow: 0 },
      far: { hip: 0, knee: 0, ankle: 90, shoulder: 85, elbow: 0 },
    }),
  ),
  "lateral-lunge-shift": front(
    moves(
      3,
      tweak(STAND, { near: { hip: 30, shoulder: 20 }, far: { hip: 30, shoulder: 20 } }),
      tweak(STAND, {
        trunk: 10,
        near: { hip: 40, knee: 70, shoulder: 20 },
        far: { hip: 20, knee: 0, shoulder: 20 },
      }),
    ),
  ),
  "heel-to-glute-walk": moves(
    1,
    tweak(STAND, {
      near: { hip: 5, knee: 130, ankle: 40, shoulder: -20, elbow: 80 },
      far: { shoulder: 25, elbow: 80 },
    }),
    tweak(STAND, {
      far: { hip: 5, knee: 130, ankle: 40, shoulder: -20, elbow: 80 },
      near: { shoulder: 25, elbow: 80 },
    }),
  ),

  "leg-swings-front-back": moves(
    2,
    tweak(STAND, { near: { hip: 55, knee: 10, shoulder: -25 }, far: { shoulder: 30, elbow: 20 } }),
    tweak(STAND, { near: { hip: -35, knee: 15, ankle: 10, shoulder: 30 }, far: { shoulder: -25 } }),
  ),
  "cat-cow": moves(
    5,
    tweak(ALL_FOURS, { bend: 7, head: -30 }),
    tweak(ALL_FOURS, { bend: -8, head: 45 }),
  ),
  "shoulder-rolls-and-arm-circles": circles(
    3,
    tweak(STAND, { near: { shoulder: 0, elbow: 0 }, far: { shoulder: 0, elbow: 0 } }),
    tweak(STAND, { near: { shoulder: 90, elbow: 0 }, far: { shoulder: 90, elbow: 0 } }),
    tweak(STAND, { near: { shoulder: 180, elbow: 0 }, far: { shoulder: 180, elbow: 0 } }),
    tweak(STAND, { near: { shoulder: 270, elbow: 0 }, far: { shoulder: 270, elbow: 0 } }),
  ),
};
