/**
 * The figure system: a simple human figure posed by joint angles, with props, a highlighted
 * region and an animation between key poses, rendered to SVG text. Pure, so the server and
 * the web app draw the same pictures.
 *
 * @example
 * import { renderIllustration } from "./figure/index.js";
 * const svg = renderIllustration(ill, { regions: ["calves"], oneSided: true });
 */
export type {
  HighlightRegion,
  Illustration,
  Joint,
  Motion,
  Pose,
  Prop,
  Segment,
  SideAngles,
  Spot,
} from "./types.js";
export { renderIllustration, type RenderOptions } from "./render.js";
export { framesOf, blend } from "./animate.js";
