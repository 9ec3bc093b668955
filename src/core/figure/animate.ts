/**
 * The timeline of an illustration: which pose the figure is in at each moment of one cycle.
 * Key poses are blended joint angle by joint angle (never point by point), so limbs keep
 * their length while they swing, and extra frames are added for large swings.
 */
import type { Illustration, Joint, Pose, Prop, SideAngles, Spot } from "./types.js";

export interface Frame {
  /** 0..1 within the cycle. */
  time: number;
  pose: Pose;
}

const mix = (a: number, b: number, f: number) => a + (b - a) * f;
/** Angles take the short way round, so a circle's last leg (270 to 0) carries on forward. */
const mixAngle = (a: number, b: number, f: number) => a + (((b - a + 540) % 360) - 180) * f;
const SIDE_KEYS = ["hip", "knee", "ankle", "shoulder", "elbow"] as const;

function mixSide(a: SideAngles, b: SideAngles, f: number): SideAngles {
  const out: SideAngles = {};
  for (const k of SIDE_KEYS) out[k] = mixAngle(a[k] ?? 0, b[k] ?? 0, f);
  return out;
}

function mixProp(a: Prop, b: Prop | undefined, f: number): Prop {
  if (!b || b.kind !== a.kind) return a;
  if ((a.kind === "roller" || a.kind === "ball") && (b.kind === "roller" || b.kind === "ball"))
    return { ...a, at: mix(a.at, b.at, f) };
  if (a.kind === "band" && b.kind === "band") {
    const end = (p: Joint | Spot, q: Joint | Spot): Joint | Spot =>
      typeof p === "object" && typeof q === "object"
        ? { x: mix(p.x, q.x, f), y: mix(p.y, q.y, f) }
        : f < 0.5
          ? p
          : q;
    return { kind: "band", from: end(a.from, b.from), to: end(a.to, b.to) };
  }
  return f < 0.5 ? a : b;
}

/** Props of each key pose: a pose without its own list keeps the previous pose's. */
export function propsByPose(poses: readonly Pose[]): Prop[][] {
  const out: Prop[][] = [];
  poses.forEach((p, i) => out.push(p.props ?? out[i - 1] ?? []));
  return out;
}

/**
 * A pose part way (f, 0..1) from a to b.
 *
 * @example
 * blend(standing, squatting, 0.5).near.knee; // half the squat's knee bend
 */
export function blend(a: Pose, b: Pose, f: number): Pose {
  const props = (a.props ?? []).map((p, i) => mixProp(p, b.props?.[i], f));
  return {
    trunk: mixAngle(a.trunk, b.trunk, f),
    bend: mix(a.bend ?? 0, b.bend ?? 0, f),
    head: mixAngle(a.head ?? 0, b.head ?? 0, f),
    near: mixSide(a.near, b.near, f),
    far: mixSide(a.far, b.far, f),
    x: mix(a.x ?? 0, b.x ?? 0, f),
    lift: mix(a.lift ?? 0, b.lift ?? 0, f),
    props,
  };
}

function biggestSwing(a: Pose, b: Pose): number {
  const d = (x: number, y: number) => Math.abs(((y - x + 540) % 360) - 180);
  let m = d(a.trunk, b.trunk) + d(a.head ?? 0, b.head ?? 0);
  for (const k of SIDE_KEYS) {
    m = Math.max(m, d(a.near[k] ?? 0, b.near[k] ?? 0), d(a.far[k] ?? 0, b.far[k] ?? 0));
  }
  return m;
}

const ease = (t: number) => t * t * (3 - 2 * t);

/**
 * Frames over one cycle, times from 0 to 1; the last frame equals the first so the loop is seamless.
 *
 * @example
 * framesOf({ poses: [a, b], motion: "pingpong", seconds: 3 }).at(-1)?.time; // 1
 */
export function framesOf(ill: Illustration): Frame[] {
  const props = propsByPose(ill.poses);
  const poses = ill.poses.map((p, i) => ({ ...p, props: props[i] }));
  const first = poses[0];
  if (!first) return [];
  const order =
    ill.motion === "loop"
      ? [...poses.keys(), 0]
      : ill.motion === "pingpong"
        ? [...poses.keys(), ...[...poses.keys()].reverse().slice(1)]
        : [...poses.keys(), ...(poses.length > 1 ? [0] : [])];
  // Time of each leg of the journey; a hold spends most of the cycle still in its last pose.
  const legs = order.length - 1;
  const frames: Frame[] = [];
  const still = ill.motion === "hold" ? 0.55 : ill.motion === "pingpong" ? 0.12 : 0;
  const moving = 1 - still;
  let t = 0;
  for (let l = 0; l < legs; l++) {
    const a = poses[order[l] ?? 0] ?? first;
    const b = poses[order[l + 1] ?? 0] ?? first;
    const isReturn = ill.motion === "hold" && l === legs - 1;
    const dwell =
      ill.motion === "hold" ? (isReturn ? 0 : l === legs - 2 ? still : 0) : still / legs;
    const span = ill.motion === "hold" ? moving / legs : moving / legs;
    frames.push({ time: t, pose: a });
    if (dwell > 0 && ill.motion !== "hold") {
      t += dwell;
      frames.push({ time: t, pose: a });
    }
    const steps = Math.max(2, Math.ceil(biggestSwing(a, b) / 15));
    for (let s = 1; s < steps; s++) {
      const f = s / steps;
      frames.push({ time: t + span * f, pose: blend(a, b, ill.motion === "loop" ? f : ease(f)) });
    }
    t += span;
    if (dwell > 0 && ill.motion === "hold") {
      frames.push({ time: t, pose: b });
      t += dwell;
    }
  }
  frames.push({ time: 1, pose: poses[order[order.length - 1] ?? 0] ?? first });
  return frames.map((f) => ({ ...f, time: Math.min(1, Math.round(f.time * 10000) / 10000) }));
}
