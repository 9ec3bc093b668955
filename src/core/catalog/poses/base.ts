/**
 * Starting points for drawing poses: the common body positions of the library, and short
 * builders for the three kinds of motion. A movement's poses usually start from one of these
 * and change a few angles (see POSES-HOWTO.md for the angle conventions).
 */
import type { Illustration, Pose, SideAngles } from "../../figure/index.js";

/** A pose with some angles changed; sides merge angle by angle. */
export function tweak(
  base: Pose,
  change: Partial<Omit<Pose, "near" | "far">> & { near?: SideAngles; far?: SideAngles },
): Pose {
  return {
    ...base,
    ...change,
    near: { ...base.near, ...change.near },
    far: { ...base.far, ...change.far },
  };
}

/** Standing tall, arms by the sides. */
export const STAND: Pose = {
  trunk: 0,
  near: { shoulder: 5, elbow: 10 },
  far: { shoulder: -5, elbow: 10 },
};

/** Sitting on a chair, hands on the thighs. */
export const CHAIR_SIT: Pose = {
  trunk: 0,
  near: { hip: 90, knee: 90, shoulder: 25, elbow: 55 },
  far: { hip: 90, knee: 90, shoulder: 20, elbow: 60 },
  props: [{ kind: "chair" }],
};

/** Lying on the back, head to the left, legs long. */
export const SUPINE: Pose = {
  trunk: -90,
  near: { hip: 0, knee: 0, ankle: 10, shoulder: 0, elbow: 0 },
  far: { hip: 0, knee: 0, ankle: 10, shoulder: 0, elbow: 0 },
};

/** Lying on the back with the knees bent and the feet flat. */
export const HOOK_LYING: Pose = {
  trunk: -90,
  near: { hip: 45, knee: 110, ankle: 25, shoulder: 0 },
  far: { hip: 45, knee: 110, ankle: 25, shoulder: 0 },
};

/** Lying face down on the forearms, head to the right. */
export const PRONE_FOREARMS: Pose = {
  trunk: 100,
  head: -10,
  near: { hip: 0, knee: 0, ankle: 80, shoulder: 95, elbow: 95 },
  far: { hip: 0, knee: 0, ankle: 80, shoulder: 95, elbow: 95 },
};

/** On hands and knees, head to the right. */
export const ALL_FOURS: Pose = {
  trunk: 90,
  near: { hip: 90, knee: 90, ankle: 90, shoulder: 90 },
  far: { hip: 90, knee: 90, ankle: 90, shoulder: 90 },
};

/** Sitting on the floor, legs long, leaning back on the hands. */
export const LONG_SIT: Pose = {
  trunk: -30,
  near: { hip: 60, knee: 0, ankle: 15, shoulder: -55 },
  far: { hip: 60, knee: 0, ankle: 15, shoulder: -55 },
};

/** Kneeling on the far knee (back leg), near foot flat in front: a half-kneel. */
export const HALF_KNEEL: Pose = {
  trunk: 0,
  near: { hip: 90, knee: 90, shoulder: 10, elbow: 20 },
  far: { hip: -10, knee: 80, ankle: 90, shoulder: 10, elbow: 20 },
};

/** Holds: eases into the last pose and stays still there. */
export const hold = (seconds: number, ...poses: Pose[]): Illustration => ({
  poses,
  motion: "hold",
  seconds,
});
/** Rolling and reps: there and back through the poses. */
export const moves = (seconds: number, ...poses: Pose[]): Illustration => ({
  poses,
  motion: "pingpong",
  seconds,
});
/** Circles: round the poses and on to the first again. */
export const circles = (seconds: number, ...poses: Pose[]): Illustration => ({
  poses,
  motion: "loop",
  seconds,
});
/** The same, seen from the front. */
export const front = (ill: Illustration): Illustration => ({ ...ill, view: "front" });
