/**
 * Movement id -> illustration: every group's poses in one map, and the SVG of a movement
 * drawn with its own regions highlighted and, when it works one side at a time, that side.
 *
 * @example
 * import { movementSvg } from "./poses/index.js";
 * movementSvg(movementById("foam-roll-calves")!, { mirror: true }); // the left calf
 */
import { renderIllustration, type Illustration } from "../../figure/index.js";
import type { Movement } from "../types.js";
import { ACTIVATION_POSES } from "./activation.js";
import { CHAIR_SIT, HOOK_LYING, STAND, hold, tweak } from "./base.js";
import { BREATHING_POSES } from "./breathing.js";
import { MOBILITY_POSES } from "./mobility.js";
import { NEW_MOVEMENT_POSES } from "./new-movements.js";
import { RELEASE_POSES } from "./release.js";
import { STRETCH_POSES } from "./stretch.js";
import { TRANSITION_CARDIO_POSES } from "./transition-cardio.js";

/** Drawn poses by movement id. */
export const POSES: Readonly<Record<string, Illustration>> = {
  ...TRANSITION_CARDIO_POSES,
  ...RELEASE_POSES,
  ...MOBILITY_POSES,
  ...ACTIVATION_POSES,
  ...STRETCH_POSES,
  ...BREATHING_POSES,
  ...NEW_MOVEMENT_POSES,
};

/** Stand-in picture by body position, for a movement whose poses are not drawn yet. */
function sketch(m: Movement): Illustration {
  switch (m.posture) {
    case "floor":
      return hold(6, HOOK_LYING, tweak(HOOK_LYING, { near: { hip: 60 } }));
    case "seated":
      return hold(6, CHAIR_SIT, tweak(CHAIR_SIT, { trunk: 5 }));
    case "wall":
      return hold(
        6,
        tweak(STAND, { props: [{ kind: "wall", x: 40 }] }),
        tweak(STAND, { trunk: 10 }),
      );
    default:
      return hold(6, STAND, tweak(STAND, { trunk: 5 }));
  }
}

/** The movement's own drawing, or undefined while it has none. */
export function drawnIllustration(id: string): Illustration | undefined {
  return POSES[id];
}

/** Does the movement work one side at a time? */
export function isOneSided(m: Movement): boolean {
  return m.dose.kind !== "rounds" && m.dose.perSide;
}

export interface MovementSvgOptions {
  /** Draw the other side (the left, as the drawings show the right). */
  mirror?: boolean;
  /** A single key pose, still (for the contact sheet). */
  pose?: number;
}

/**
 * The movement's illustration as SVG text.
 *
 * @example
 * movementSvg(movementById("glute-bridge")!); // '<svg ...><title>Glute bridge</title>...'
 */
export function movementSvg(m: Movement, opt: MovementSvgOptions = {}): string {
  return renderIllustration(POSES[m.id] ?? sketch(m), {
    regions: m.regions,
    oneSided: isOneSided(m),
    mirror: opt.mirror,
    pose: opt.pose,
    title: m.name,
  });
}
