/**
 * Illustrations as SVG text: the figure in its key poses, animated with SMIL `<animate>` on
 * each shape's path, so the file moves on its own as a plain `<img>` and needs no script.
 * Browsers without SMIL show the first pose.
 */
import { framesOf, propsByPose } from "./animate.js";
import { sceneOf, type Scene, type ShapeClass } from "./scene.js";
import type { HighlightRegion, Illustration } from "./types.js";

export interface RenderOptions {
  regions: readonly HighlightRegion[];
  /** The near side only is worked (one side at a time). */
  oneSided: boolean;
  /** Draw the other side: the picture flipped left to right. */
  mirror?: boolean;
  /** Text for `<title>` (what a screen reader says). */
  title?: string;
  /** Draw only this key pose, still (the contact sheet). */
  pose?: number;
}

const STYLE: Record<ShapeClass, string> = {
  near: "fill:none;stroke:#34495e",
  far: "fill:none;stroke:#9fb0c0",
  skin: "fill:#34495e",
  eye: "fill:#fff",
  mark: "fill:#f76707;stroke:#f76707;opacity:.85",
  roller: "fill:#4dabf7;stroke:#1c7ed6;stroke-width:1.5",
  ball: "fill:#e64980;stroke:#a61e4d;stroke-width:1",
  band: "fill:none;stroke:#2f9e44",
  kit: "fill:#dee2e6;stroke:#adb5bd;stroke-width:1",
  chair: "fill:none;stroke:#adb5bd",
};

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A frame box padded, then widened or heightened to a 4:3 picture with the floor near the bottom. */
function viewBox(scenes: Scene[]): { x: number; y: number; w: number; h: number } {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: 0 };
  for (const s of scenes) {
    b.x0 = Math.min(b.x0, s.box.x0);
    b.x1 = Math.max(b.x1, s.box.x1);
    b.y0 = Math.min(b.y0, s.box.y0);
    b.y1 = Math.max(b.y1, s.box.y1);
  }
  const pad = 10;
  let w = b.x1 - b.x0 + 2 * pad;
  let h = b.y1 - b.y0 + pad + 6;
  if (w / h < 4 / 3) w = (h * 4) / 3;
  else h = (w * 3) / 4;
  const cx = (b.x0 + b.x1) / 2;
  return { x: r1(cx - w / 2), y: r1(6 - h), w: r1(w), h: r1(h) };
}

/**
 * The illustration as an SVG document.
 *
 * @example
 * renderIllustration(ill, { regions: ["calves"], oneSided: true, title: "Foam roll: calves" });
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox=...'
 */
export function renderIllustration(ill: Illustration, opt: RenderOptions): string {
  const view = ill.view ?? "side";
  const base = { view, regions: opt.regions, oneSided: opt.oneSided } as const;
  let frames = framesOf(ill);
  if (opt.pose !== undefined) {
    const props = propsByPose(ill.poses);
    const p = ill.poses[opt.pose];
    frames = p ? [{ time: 0, pose: { ...p, props: props[opt.pose] } }] : [];
  }
  // Keep the first roller or ball where it starts: the body moves over it.
  const startProps = propsByPose(ill.poses)[0] ?? [];
  const firstPose = ill.poses[0];
  const pinX = firstPose ? sceneOf({ ...firstPose, props: startProps }, base).toolX : undefined;
  const scenes = frames.map((f) => sceneOf(f.pose, { ...base, pinX }));
  // The box of every key pose, so the contact sheet and the animation frame alike.
  const allKeys = ill.poses.map((p, i) =>
    sceneOf({ ...p, props: propsByPose(ill.poses)[i] }, { ...base, pinX }),
  );
  const vb = viewBox([...allKeys, ...scenes]);
  const first = scenes[0];
  if (!first) return "";
  const keyTimes = frames.map((f) => f.time).join(";");
  const dur = `${r1(ill.seconds)}s`;
  const shapes = first.shapes.map((s, i) => {
    const values = scenes.map((sc) => sc.shapes[i]?.d ?? s.d);
    const moves = values.some((v) => v !== s.d);
    const width = s.width > 0 ? ` stroke-width="${r1(s.width)}"` : "";
    const anim = moves
      ? `<animate attributeName="d" dur="${dur}" repeatCount="indefinite" keyTimes="${keyTimes}" values="${values.join(";")}"/>`
      : "";
    return moves
      ? `<path class="${s.cls}"${width} d="${s.d}">${anim}</path>`
      : `<path class="${s.cls}"${width} d="${s.d}"/>`;
  });
  const css = Object.entries(STYLE)
    .map(([k, v]) => `.${k}{${v}}`)
    .join("");
  const flip = opt.mirror ? ` transform="scale(-1 1)"` : "";
  const vx = opt.mirror ? r1(-(vb.x + vb.w)) : vb.x;
  const title = opt.title ? `<title>${esc(opt.title)}</title>` : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx} ${vb.y} ${vb.w} ${vb.h}" width="${Math.round(vb.w * 2)}" height="${Math.round(vb.h * 2)}" role="img">` +
    title +
    `<style>path{stroke-linecap:round;stroke-linejoin:round}${css}</style>` +
    `<path class="kit" d="M${r1(vx)} 0h${vb.w}v6h${-vb.w}Z"/>` +
    `<g${flip}>${shapes.join("")}</g></svg>`
  );
}
