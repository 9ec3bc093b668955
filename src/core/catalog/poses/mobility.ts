/** Poses for the mobility group (mobility.ts): dynamic moves and circles. */
import type { Illustration } from "../../figure/index.js";
import { ALL_FOURS, STAND, circles, moves, tweak } from "./base.js";

export const MOBILITY_POSES: Record<string, Illustration> = {
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
