/**
 * What a movement illustration is made of: key poses of one simple human figure, each given
 * as joint angles in degrees, plus the props the movement needs. Pure data, so poses live
 * beside the catalog and render the same on the server and in the browser.
 *
 * Angles, side view (the figure faces right; `near` limbs are the side being worked):
 * - `trunk`: 0 upright, +90 tipped forward (face down), -90 lying back (face up).
 * - `head`: neck bend from the trunk line, + chin toward the chest.
 * - `hip`: 0 thigh in line with the trunk, +90 thigh forward (sitting), - behind.
 * - `knee`: 0 straight, +90 shin folded back.
 * - `ankle`: 0 foot square to the shin, + toes pointed, - toes pulled up.
 * - `shoulder`: 0 arm hanging along the trunk, +90 forward, +180 overhead, - behind.
 * - `elbow`: 0 straight, + forearm folds forward.
 * Front view: `hip` and `shoulder` open outward, `knee` and `elbow` fold toward the midline,
 * `trunk` leans toward the figure's left (the right of the picture).
 */
import type { Region } from "../vocabulary.js";

/** Angles of one side of the body. */
export interface SideAngles {
  hip?: number;
  knee?: number;
  ankle?: number;
  shoulder?: number;
  elbow?: number;
}

/** Body parts a prop can sit against or a band can attach to. */
export type Segment =
  | "trunk"
  | "nearThigh"
  | "nearShin"
  | "nearFoot"
  | "nearUpperArm"
  | "nearForearm"
  | "farThigh"
  | "farShin"
  | "farFoot"
  | "farUpperArm"
  | "farForearm";

export type Joint =
  | "pelvis"
  | "neck"
  | "head"
  | "nearHip"
  | "nearKnee"
  | "nearAnkle"
  | "nearToe"
  | "nearShoulder"
  | "nearElbow"
  | "nearHand"
  | "farHip"
  | "farKnee"
  | "farAnkle"
  | "farToe"
  | "farShoulder"
  | "farElbow"
  | "farHand";

/** A point in the picture in centimetres: x to the right of the start pelvis, y up from the floor. */
export interface Spot {
  x: number;
  y: number;
}

/**
 * Props. Roller and ball sit against a body segment, `at` 0 (near end) to 1 (far end), on
 * the anatomical `face` (front: shin, thigh front, chest; back: calf, hamstring, back).
 * Changing `at` between key poses is how a roll moves along the limb; the tool stays put on
 * the floor (or wall) and the body moves over it. A wall without `x` stands against the
 * first ball or roller (a ball pressed between the body and the wall).
 */
export type Prop =
  | { kind: "roller"; on: Segment; at: number; face: "front" | "back" }
  | { kind: "ball"; on: Segment; at: number; face: "front" | "back" }
  | { kind: "band"; from: Joint | Spot; to: Joint | Spot }
  | { kind: "loop"; at: Joint }
  | { kind: "wall"; x?: number }
  | { kind: "step"; from: number; to: number; height: number }
  | { kind: "chair"; x?: number };

/** One key pose: joint angles, where the pelvis is, and the props in this pose. */
export interface Pose {
  trunk: number;
  /** Curve of the spine in cm: + arches the back (belly forward), - rounds it. */
  bend?: number;
  head?: number;
  near: SideAngles;
  far: SideAngles;
  /** Pelvis left-right position in cm (default 0). */
  x?: number;
  /** Height in cm of what the lowest point rests on (a step); default 0, the floor. */
  lift?: number;
  props?: Prop[];
}

/**
 * How the figure moves between its key poses, one cycle every `seconds`:
 * - `hold`: eases from the first pose into the last and stays still there;
 * - `pingpong`: there and back through every pose (rolling, reps);
 * - `loop`: round the poses and straight back to the first (circles).
 */
export type Motion = "hold" | "pingpong" | "loop";

/** Everything needed to draw one movement. */
export interface Illustration {
  view?: "side" | "front";
  /** 2-4 key poses: start, any middle position, end. */
  poses: Pose[];
  motion: Motion;
  /** Seconds per cycle (a rep, a stroke of the roller, one circle). */
  seconds: number;
}

/** Body regions the renderer can highlight: the library's region vocabulary. */
export type HighlightRegion = Region;
