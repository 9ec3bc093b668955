/**
 * Where each body region shows on the figure: a stripe along one face of a segment, or a
 * spot over a joint. The stripe sits on the anatomical face (calves at the back of the shin,
 * quads at the front of the thigh) so neighbouring regions read differently.
 */
import type { HighlightRegion, Joint } from "./types.js";

export type Mark =
  | {
      kind: "stripe";
      from: Joint;
      to: Joint;
      t0: number;
      t1: number;
      face: "front" | "back" | "centre";
    }
  | { kind: "spot"; at: Joint; r: number; face?: "front" | "back"; along?: Joint };

type Sided = "near" | "far";
const j = (side: Sided, name: string) => `${side}${name}` as Joint;

/** The marks for one region on one side of the body (trunk regions ignore the side). */
export function regionMarks(region: HighlightRegion, side: Sided): Mark[] {
  switch (region) {
    case "calves":
      return [
        {
          kind: "stripe",
          from: j(side, "Knee"),
          to: j(side, "Ankle"),
          t0: 0.12,
          t1: 0.62,
          face: "back",
        },
      ];
    case "shins":
      return [
        {
          kind: "stripe",
          from: j(side, "Knee"),
          to: j(side, "Ankle"),
          t0: 0.15,
          t1: 0.85,
          face: "front",
        },
      ];
    case "ankles":
      return [{ kind: "spot", at: j(side, "Ankle"), r: 4.5 }];
    case "feet":
      return [
        {
          kind: "stripe",
          from: j(side, "Ankle"),
          to: j(side, "Toe"),
          t0: -0.1,
          t1: 1,
          face: "centre",
        },
      ];
    case "hamstrings":
      return [
        {
          kind: "stripe",
          from: j(side, "Hip"),
          to: j(side, "Knee"),
          t0: 0.12,
          t1: 0.88,
          face: "back",
        },
      ];
    case "quads":
      return [
        {
          kind: "stripe",
          from: j(side, "Hip"),
          to: j(side, "Knee"),
          t0: 0.12,
          t1: 0.88,
          face: "front",
        },
      ];
    case "it-band":
      return [
        {
          kind: "stripe",
          from: j(side, "Hip"),
          to: j(side, "Knee"),
          t0: 0.05,
          t1: 0.95,
          face: "centre",
        },
      ];
    case "adductors":
      return [
        {
          kind: "stripe",
          from: j(side, "Hip"),
          to: j(side, "Knee"),
          t0: 0.0,
          t1: 0.55,
          face: "centre",
        },
      ];
    case "hip-flexors":
      return [
        {
          kind: "stripe",
          from: j(side, "Hip"),
          to: j(side, "Knee"),
          t0: 0,
          t1: 0.3,
          face: "front",
        },
        { kind: "stripe", from: "pelvis", to: "neck", t0: 0.02, t1: 0.25, face: "front" },
      ];
    case "glutes":
      return [{ kind: "spot", at: j(side, "Hip"), r: 7, face: "back", along: j(side, "Knee") }];
    case "hips":
      return [{ kind: "spot", at: j(side, "Hip"), r: 6.5 }];
    case "lower-back":
      return [{ kind: "stripe", from: "pelvis", to: "neck", t0: 0.08, t1: 0.45, face: "back" }];
    case "thoracic":
      return [{ kind: "stripe", from: "pelvis", to: "neck", t0: 0.5, t1: 0.95, face: "back" }];
    case "shoulders":
      return [
        { kind: "spot", at: j(side, "Shoulder"), r: 5.5 },
        {
          kind: "stripe",
          from: j(side, "Shoulder"),
          to: j(side, "Elbow"),
          t0: 0,
          t1: 0.4,
          face: "centre",
        },
      ];
    case "neck":
      return [{ kind: "stripe", from: "neck", to: "head", t0: 0, t1: 0.45, face: "centre" }];
  }
}
