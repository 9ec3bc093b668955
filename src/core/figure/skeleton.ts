/**
 * Forward kinematics: joint angles in, joint positions out. Picture coordinates are in
 * centimetres with x to the right and y downward (SVG), the floor at y = 0, so a point 50 cm
 * above the floor has y = -50. Segment lengths are those of an average adult.
 */
import type { Joint, Pose, Segment, SideAngles } from "./types.js";

export interface Point {
  x: number;
  y: number;
}

/** Segment lengths and half-thicknesses in cm. */
export const BODY = {
  trunk: 50,
  neck: 8,
  headRadius: 10.5,
  thigh: 44,
  shin: 43,
  foot: 17,
  heel: 4,
  upperArm: 29,
  forearm: 28,
  hipHalfWidth: 8,
  shoulderHalfWidth: 17,
} as const;

/** Half-thickness of each drawn segment, side and front view. */
export const RADIUS: Record<Segment | "neck", number> = {
  trunk: 8,
  neck: 3.5,
  nearThigh: 6,
  farThigh: 6,
  nearShin: 4.6,
  farShin: 4.6,
  nearFoot: 2.8,
  farFoot: 2.8,
  nearUpperArm: 4,
  farUpperArm: 4,
  nearForearm: 3.4,
  farForearm: 3.4,
};

/** Each segment's proximal and distal joint. */
export const SEGMENT_ENDS: Record<Segment, [Joint, Joint]> = {
  trunk: ["pelvis", "neck"],
  nearThigh: ["nearHip", "nearKnee"],
  nearShin: ["nearKnee", "nearAnkle"],
  nearFoot: ["nearAnkle", "nearToe"],
  nearUpperArm: ["nearShoulder", "nearElbow"],
  nearForearm: ["nearElbow", "nearHand"],
  farThigh: ["farHip", "farKnee"],
  farShin: ["farKnee", "farAnkle"],
  farFoot: ["farAnkle", "farToe"],
  farUpperArm: ["farShoulder", "farElbow"],
  farForearm: ["farElbow", "farHand"],
};

export type Joints = Record<Joint, Point> & { heelNear: Point; heelFar: Point; neckTop: Point };

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Unit vector for an absolute angle: 0 points up, +90 points right (the way the figure faces). */
export function dir(deg: number): Point {
  return { x: Math.sin(rad(deg)), y: -Math.cos(rad(deg)) };
}

const add = (p: Point, d: Point, len: number): Point => ({
  x: p.x + d.x * len,
  y: p.y + d.y * len,
});

/**
 * Joint positions of a pose with the pelvis at (pose.x, 0), before it is set on the floor.
 *
 * @example
 * const j = solveJoints({ trunk: 0, near: {}, far: {} }, "side");
 * j.neck.y; // -50: the shoulders sit 50 cm above the pelvis when standing
 */
export function solveJoints(pose: Pose, view: "side" | "front"): Joints {
  const pelvis = { x: pose.x ?? 0, y: 0 };
  const trunkDir = dir(pose.trunk);
  const neck = add(pelvis, trunkDir, BODY.trunk);
  const neckDir = dir(pose.trunk + (pose.head ?? 0));
  const neckTop = add(neck, neckDir, BODY.neck);
  const head = add(neckTop, neckDir, BODY.headRadius);
  // Across the body (front view only): toward the figure's left, the right of the picture.
  const across = { x: -trunkDir.y, y: trunkDir.x };
  const front = view === "front";
  const limbs = (side: SideAngles, near: boolean) => {
    // Front view: the figure's right (near) side is on the left of the picture and the
    // angles open outward on each side, so the far side mirrors the near one.
    const s = front ? (near ? 1 : -1) : 1;
    const lateral = front ? (near ? -1 : 1) : 0;
    const hip = add(pelvis, across, lateral * BODY.hipHalfWidth);
    const shoulder = add(neck, across, lateral * BODY.shoulderHalfWidth);
    const thighAbs = front
      ? pose.trunk + 180 + s * (side.hip ?? 0)
      : pose.trunk + 180 - (side.hip ?? 0);
    const knee = add(hip, dir(thighAbs), BODY.thigh);
    const shinAbs = front ? thighAbs - s * (side.knee ?? 0) : thighAbs + (side.knee ?? 0);
    const ankle = add(knee, dir(shinAbs), BODY.shin);
    // Seen from the front a foot is short and points a little outward.
    const footAbs = front ? shinAbs + s * 70 : shinAbs - 90 + (side.ankle ?? 0);
    const footLen = front ? 8 : BODY.foot;
    const toe = add(ankle, dir(footAbs), footLen);
    const heel = add(ankle, dir(footAbs), front ? -1 : -BODY.heel);
    const armAbs = front
      ? pose.trunk + 180 + s * (side.shoulder ?? 0)
      : pose.trunk + 180 - (side.shoulder ?? 0);
    const elbow = add(shoulder, dir(armAbs), BODY.upperArm);
    const foreAbs = front ? armAbs - s * (side.elbow ?? 0) : armAbs - (side.elbow ?? 0);
    const hand = add(elbow, dir(foreAbs), BODY.forearm);
    return { hip, knee, ankle, toe, heel, shoulder, elbow, hand };
  };
  const n = limbs(pose.near, true);
  const f = limbs(pose.far, false);
  return {
    pelvis,
    neck,
    neckTop,
    head,
    nearHip: n.hip,
    nearKnee: n.knee,
    nearAnkle: n.ankle,
    nearToe: n.toe,
    heelNear: n.heel,
    nearShoulder: n.shoulder,
    nearElbow: n.elbow,
    nearHand: n.hand,
    farHip: f.hip,
    farKnee: f.knee,
    farAnkle: f.ankle,
    farToe: f.toe,
    heelFar: f.heel,
    farShoulder: f.shoulder,
    farElbow: f.elbow,
    farHand: f.hand,
  };
}

/**
 * The unit normal on one face of a segment. Anatomical front: chest for the trunk, shin and
 * thigh front for the legs, the inside of the elbow for the arms.
 */
export function faceNormal(seg: Segment, a: Point, b: Point, face: "front" | "back"): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const dx = (b.x - a.x) / len;
  const dy = (b.y - a.y) / len;
  const front = seg === "trunk" ? { x: -dy, y: dx } : { x: dy, y: -dx };
  return face === "front" ? front : { x: -front.x, y: -front.y };
}
