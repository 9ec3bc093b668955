/**
 * One frame of an illustration: a pose turned into a fixed list of shapes (each a path), set
 * on the floor. Every frame of a movement yields the same list in the same order, so the
 * renderer can animate each shape's path between frames.
 */
import { regionMarks, type Mark } from "./highlight.js";
import {
  BODY,
  faceNormal,
  RADIUS,
  SEGMENT_ENDS,
  solveJoints,
  type Joints,
  type Point,
} from "./skeleton.js";
import type { HighlightRegion, Joint, Pose, Prop, Segment, Spot } from "./types.js";

/** Drawing classes, styled once in the renderer. */
export type ShapeClass =
  "far" | "near" | "skin" | "eye" | "mark" | "roller" | "ball" | "band" | "kit" | "chair";

export interface Shape {
  cls: ShapeClass;
  /** Stroke width in cm (0: filled shape). */
  width: number;
  d: string;
}

export interface SceneOptions {
  view: "side" | "front";
  regions: readonly HighlightRegion[];
  /** Highlight the near side only (a one-sided movement) or both sides. */
  oneSided: boolean;
  /** Keep the first roller or ball at this x (the tool stays put; the body moves). */
  pinX?: number;
}

export interface Scene {
  shapes: Shape[];
  /** x of the first roller or ball, for pinning later frames. */
  toolX?: number;
  /** Bounding box of everything drawn, in cm. */
  box: { x0: number; y0: number; x1: number; y1: number };
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const pt = (p: Point) => `${r1(p.x)} ${r1(p.y)}`;
const lerp = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});
const line = (...ps: Point[]) => `M${ps.map(pt).join("L")}`;
const circle = (c: Point, r: number) =>
  `M${pt({ x: c.x - r, y: c.y })}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0`;

const TOOL_RADIUS = { roller: 7.5, ball: 4 } as const;

function isSpot(p: Joint | Spot): p is Spot {
  return typeof p === "object";
}

/** Centre of a roller or ball resting against a segment. */
function toolCentre(
  j: Joints,
  p: Extract<Prop, { kind: "roller" | "ball" }>,
  frontView: boolean,
): Point {
  const [a, b] = SEGMENT_ENDS[p.on];
  const base = lerp(j[a], j[b], p.at);
  const n = faceNormal(p.on, j[a], j[b], p.face);
  const radius = (p.on === "trunk" && frontView ? 12 : RADIUS[p.on]) + TOOL_RADIUS[p.kind];
  return { x: base.x + n.x * radius, y: base.y + n.y * radius };
}

function segRadius(seg: Segment | "neck", frontView: boolean): number {
  return seg === "trunk" && frontView ? 12 : RADIUS[seg];
}

/** Every body point with its thickness, to find the lowest one and the bounds. */
function bodyDiscs(j: Joints, frontView: boolean): [Point, number][] {
  const out: [Point, number][] = [[j.head, BODY.headRadius]];
  for (const [seg, [a, b]] of Object.entries(SEGMENT_ENDS) as [Segment, [Joint, Joint]][]) {
    const r = segRadius(seg, frontView);
    out.push([j[a], r], [j[b], r]);
  }
  out.push([j.heelNear, RADIUS.nearFoot], [j.heelFar, RADIUS.farFoot]);
  return out;
}

/** Control point of the spine curve between pelvis and neck. */
function spineControl(j: Joints, bend: number): Point {
  const mid = lerp(j.pelvis, j.neck, 0.5);
  const n = faceNormal("trunk", j.pelvis, j.neck, "front");
  return { x: mid.x + n.x * bend * 2, y: mid.y + n.y * bend * 2 };
}

/** A point on the (possibly curved) spine, t 0 at the pelvis to 1 at the neck. */
function onSpine(j: Joints, bend: number, t: number): Point {
  const c = spineControl(j, bend);
  const u = 1 - t;
  return {
    x: u * u * j.pelvis.x + 2 * u * t * c.x + t * t * j.neck.x,
    y: u * u * j.pelvis.y + 2 * u * t * c.y + t * t * j.neck.y,
  };
}

function trunkPath(j: Joints, bend: number): string {
  return `M${pt(j.pelvis)}Q${pt(spineControl(j, bend))} ${pt(j.neck)}`;
}

function markShape(j: Joints, m: Mark, frontView: boolean, bend: number): Shape {
  if (m.kind === "spot") {
    let c = j[m.at];
    if (m.face && m.along) {
      const n = faceNormal("nearThigh", j[m.at], j[m.along], m.face);
      c = {
        x: c.x + n.x * 4 + (j[m.along].x - c.x) * 0.1,
        y: c.y + n.y * 4 + (j[m.along].y - c.y) * 0.1,
      };
    }
    return { cls: "mark", width: 0, d: circle(c, m.r) };
  }
  const seg = (Object.entries(SEGMENT_ENDS) as [Segment, [Joint, Joint]][]).find(
    ([, [a, b]]) => a === m.from && b === m.to,
  )?.[0];
  const r = seg ? segRadius(seg, frontView) : RADIUS.neck;
  if (seg === "trunk") {
    // Follow the spine's curve, on the chest or the back.
    const side = m.face === "centre" || frontView ? 0 : m.face === "front" ? 1 : -1;
    const pts: Point[] = [];
    for (let k = 0; k <= 4; k++) {
      const t = m.t0 + ((m.t1 - m.t0) * k) / 4;
      const p = onSpine(j, bend, t);
      const q = onSpine(j, bend, Math.min(1, t + 0.01));
      const n = faceNormal("trunk", p, q.x === p.x && q.y === p.y ? j.neck : q, "front");
      pts.push({ x: p.x + n.x * r * 0.45 * side, y: p.y + n.y * r * 0.45 * side });
    }
    return { cls: "mark", width: r * 1.05, d: line(...pts) };
  }
  const a = lerp(j[m.from], j[m.to], m.t0);
  const b = lerp(j[m.from], j[m.to], m.t1);
  let off = { x: 0, y: 0 };
  if (m.face !== "centre" && !frontView) {
    const n = faceNormal(seg ?? "trunk", j[m.from], j[m.to], m.face);
    off = { x: n.x * r * 0.45, y: n.y * r * 0.45 };
  }
  const shift = (p: Point) => ({ x: p.x + off.x, y: p.y + off.y });
  return {
    cls: "mark",
    width: m.face === "centre" ? r * 1.2 : r * 1.05,
    d: line(shift(a), shift(b)),
  };
}

/**
 * The shapes of one pose, set on the floor (or on `pose.lift`).
 *
 * @example
 * sceneOf({ trunk: 0, near: {}, far: {} }, { view: "side", regions: ["calves"], oneSided: true }).shapes.length;
 */
export function sceneOf(pose: Pose, opt: SceneOptions): Scene {
  const frontView = opt.view === "front";
  const j0 = solveJoints(pose, opt.view);
  const props = pose.props ?? [];
  const tools = props.map((p) =>
    p.kind === "roller" || p.kind === "ball" ? toolCentre(j0, p, frontView) : undefined,
  );
  // Set the lowest point of the body or of a floor tool on the floor (or the step).
  const discs = bodyDiscs(j0, frontView);
  props.forEach((p, i) => {
    const c = tools[i];
    if (c && (p.kind === "roller" || p.kind === "ball")) discs.push([c, TOOL_RADIUS[p.kind]]);
  });
  const lowest = Math.max(...discs.map(([p, r]) => p.y + r));
  const firstTool = tools.find((c) => c !== undefined);
  const dx = opt.pinX !== undefined && firstTool ? opt.pinX - firstTool.x : 0;
  const dy = -(pose.lift ?? 0) - lowest;
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  const j = Object.fromEntries(Object.entries(j0).map(([k, p]) => [k, move(p)])) as Joints;
  const toolAt = tools.map((c) => (c ? move(c) : undefined));

  // A wall without an x stands right behind the first tool (a ball pressed against it).
  const toolIndex = toolAt.findIndex((c) => c !== undefined);
  const wallX = (p: Extract<Prop, { kind: "wall" }>) => {
    const c = toolAt[toolIndex];
    const tool = props[toolIndex];
    if (p.x !== undefined || !c || !tool || (tool.kind !== "ball" && tool.kind !== "roller"))
      return p.x ?? 40;
    return c.x < j.pelvis.x ? c.x - TOOL_RADIUS[tool.kind] - 6 : c.x + TOOL_RADIUS[tool.kind];
  };
  const shapes: Shape[] = [];
  const seg = (s: Segment, cls: ShapeClass) => {
    const [a, b] = SEGMENT_ENDS[s];
    shapes.push({ cls, width: segRadius(s, frontView) * 2, d: line(j[a], j[b]) });
  };
  const foot = (side: "near" | "far", cls: ShapeClass) => {
    const heel = side === "near" ? j.heelNear : j.heelFar;
    shapes.push({ cls, width: RADIUS.nearFoot * 2, d: line(heel, j[`${side}Toe`]) });
  };
  const marks = (side: "near" | "far") => {
    for (const region of opt.regions)
      for (const m of regionMarks(region, side)) {
        const trunkMark = m.kind === "stripe" ? m.from === "pelvis" || m.from === "neck" : false;
        if (trunkMark && side === "far") continue; // trunk marks are drawn once, with the near side
        shapes.push(markShape(j, m, frontView, pose.bend ?? 0));
      }
  };
  const farMarked = !opt.oneSided;

  // Kit that stands in the room: wall, step, chair (behind everything).
  props.forEach((p) => {
    if (p.kind === "wall") shapes.push({ cls: "kit", width: 0, d: `M${r1(wallX(p))} 0V-210h6V0Z` });
    if (p.kind === "step")
      shapes.push({ cls: "kit", width: 0, d: `M${r1(p.from)} 0V${r1(-p.height)}H${r1(p.to)}V0Z` });
    if (p.kind === "chair") {
      const seatY = j.pelvis.y + RADIUS.nearThigh + 1;
      const x = (p.x ?? 0) + j.pelvis.x;
      shapes.push({
        cls: "chair",
        width: 3,
        d: `M${r1(x - 20)} ${r1(seatY)}H${r1(x + 16)}M${r1(x - 17)} ${r1(seatY)}V0M${r1(x + 13)} ${r1(seatY)}V0`,
      });
    }
  });
  // The far side, paler, behind the trunk.
  seg("farUpperArm", "far");
  seg("farForearm", "far");
  seg("farThigh", "far");
  seg("farShin", "far");
  foot("far", "far");
  if (farMarked) marks("far");
  props.forEach((p, i) => {
    const c = toolAt[i];
    if (p.kind === "roller" && c)
      shapes.push({ cls: "roller", width: 0, d: circle(c, TOOL_RADIUS.roller) });
  });
  shapes.push({
    cls: "near",
    width: segRadius("trunk", frontView) * 2,
    d: trunkPath(j, pose.bend ?? 0),
  });
  shapes.push({ cls: "near", width: RADIUS.neck * 2, d: line(j.neck, j.neckTop) });
  shapes.push({ cls: "skin", width: 0, d: circle(j.head, BODY.headRadius) });
  if (!frontView) {
    // An eye shows which way the face points (up, down or ahead).
    const n = faceNormal("trunk", j.neckTop, j.head, "front");
    const up = { x: j.head.x - j.neckTop.x, y: j.head.y - j.neckTop.y };
    const l = Math.hypot(up.x, up.y) || 1;
    const eye = {
      x: j.head.x + n.x * 5.5 + (up.x / l) * 2,
      y: j.head.y + n.y * 5.5 + (up.y / l) * 2,
    };
    shapes.push({ cls: "eye", width: 0, d: circle(eye, 1.6) });
  }
  seg("nearThigh", "near");
  seg("nearShin", "near");
  foot("near", "near");
  seg("nearUpperArm", "near");
  seg("nearForearm", "near");
  marks("near");
  props.forEach((p, i) => {
    const c = toolAt[i];
    if (p.kind === "ball" && c)
      shapes.push({ cls: "ball", width: 0, d: circle(c, TOOL_RADIUS.ball) });
    if (p.kind === "band") {
      const end = (q: Joint | Spot) => (isSpot(q) ? { x: q.x, y: -q.y } : j[q]);
      shapes.push({ cls: "band", width: 1.8, d: line(end(p.from), end(p.to)) });
    }
    if (p.kind === "loop") {
      const c = j[p.at];
      shapes.push({ cls: "band", width: 1.8, d: circle(c, 8) });
    }
  });

  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: 0 };
  const grow = (p: Point, r: number) => {
    box.x0 = Math.min(box.x0, p.x - r);
    box.x1 = Math.max(box.x1, p.x + r);
    box.y0 = Math.min(box.y0, p.y - r);
    box.y1 = Math.max(box.y1, p.y + r);
  };
  for (const [p, r] of bodyDiscs(j, frontView)) grow(p, r);
  toolAt.forEach((c) => c && grow(c, TOOL_RADIUS.roller));
  props.forEach((p) => {
    if (p.kind === "wall") grow({ x: wallX(p) + 3, y: -40 }, 3);
    if (p.kind === "step") {
      grow({ x: p.from, y: -p.height }, 0);
      grow({ x: p.to, y: -p.height }, 0);
    }
  });
  return { shapes, toolX: firstTool ? firstTool.x + dx : undefined, box };
}
