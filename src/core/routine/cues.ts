/**
 * The cues an item carries: the movement's own, with any cue that asks for more pressure
 * than the item's dose left out, a first cue that says the pressure in words (S3), and a
 * breathing cue on every hold (B3). Cues always agree with the item's dose and pressure.
 */
import type { Movement } from "../catalog/types.js";
import type { Pressure } from "../vocabulary.js";

const PRESSURE_CUE: Record<Pressure, string> = {
  light:
    "Light pressure today: let the tool or your hands take only part of your weight, and stay well short of discomfort.",
  moderate:
    "Moderate pressure: lean in until you feel the tissue, at the edge of discomfort and never into pain.",
  firm: "Firmer pressure is fine today on this stiff area: lean in steadily, never into pain, and see how it feels tomorrow.",
};

/** Cues that ask for more pressure or weight: not for a light item. */
const MORE_PRESSURE = /more pressure|add weight|to add weight|on top only if|lighter version/i;

const B3_CUE = "Breathe slowly through the hold; never hold your breath to gain range.";

const BREATH = /breath/i;

/** Cue lists per movement and pressure, built once: the library does not change. */
const CACHE = new WeakMap<Movement, Map<Pressure | "none", readonly string[]>>();

function build(m: Movement, pressure: Pressure | undefined): string[] {
  const out: string[] = [];
  if (pressure) out.push(PRESSURE_CUE[pressure]);
  for (const q of m.cues) {
    if (pressure === "light" && MORE_PRESSURE.test(q)) continue;
    out.push(q);
  }
  const saysBreathe = m.cues.some((q) => BREATH.test(q)) || m.cautions.some((c) => c.rule === "B3");
  if (m.dose.kind === "hold" && !saysBreathe) out.push(B3_CUE);
  return out;
}

/**
 * The cues for an item of this movement at this pressure (a fresh array each time).
 *
 * @example
 * itemCues(footRoll, "light")[0]; // "Light pressure today: ..."
 */
export function itemCues(m: Movement, pressure: Pressure | undefined): string[] {
  let byPressure = CACHE.get(m);
  if (!byPressure) {
    byPressure = new Map();
    CACHE.set(m, byPressure);
  }
  const key = pressure ?? "none";
  let cues = byPressure.get(key);
  if (!cues) {
    cues = build(m, pressure);
    byPressure.set(key, cues);
  }
  return cues.slice();
}
