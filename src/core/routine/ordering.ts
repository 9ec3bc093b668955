/**
 * Putting the chosen items in order: phase order (S4) with the tightest regions first inside
 * a phase (T5, A2), lower body before upper (L6), standing before floor work when the
 * body part is the same. The mini session follows T3's stations instead: ankles, hips and
 * glutes, thoracic spine, shoulders.
 */
import { PHASES, type Posture, type Region, type RegionRef } from "../vocabulary.js";
import { TIGHT_LEVEL } from "./priorities.js";
import type { Chosen } from "./selection.js";

const POSTURE_RANK: Record<Posture, number> = { standing: 0, wall: 1, seated: 2, floor: 3 };

/** Bottom-up body order for ties (L6: lower body first). */
const BODY_ORDER: readonly Region[] = [
  "feet",
  "ankles",
  "calves",
  "shins",
  "hamstrings",
  "quads",
  "it-band",
  "adductors",
  "glutes",
  "hips",
  "hip-flexors",
  "lower-back",
  "thoracic",
  "shoulders",
  "neck",
];

/** T3's stations as literal region tags, in order. */
export const STATION_TAGS: readonly Region[] = ["ankles", "hips", "thoracic", "shoulders"];

/** Regions that belong to a station without naming it. */
const STATION_OF: Partial<Record<Region, number>> = {
  feet: 0,
  calves: 0,
  shins: 0,
  glutes: 1,
  "hip-flexors": 1,
  adductors: 1,
  hamstrings: 1,
  quads: 1,
  "it-band": 1,
  "lower-back": 2,
  neck: 3,
};

function base(ref: RegionRef): Region {
  for (const r of BODY_ORDER) if (ref === r || ref.startsWith(`${r}-`)) return r;
  return ref as Region;
}

/**
 * Station rank of an item (T3): the earliest station it names literally, so an item tagged
 * hips and shoulders counts as hips; else the station its regions belong to.
 *
 * @example
 * stationRank(["thoracic", "hips"]); // 1
 */
export function stationRank(regions: readonly RegionRef[]): number {
  let literal = Infinity;
  let implied = Infinity;
  for (const ref of regions) {
    const r = base(ref);
    const i = STATION_TAGS.indexOf(r);
    if (i >= 0) literal = Math.min(literal, i);
    const s = STATION_OF[r];
    if (s !== undefined) implied = Math.min(implied, s);
  }
  if (literal !== Infinity) return literal;
  return implied === Infinity ? STATION_TAGS.length : implied;
}

function bodyRank(c: Chosen): number {
  const main = c.movement.regions[0];
  return main ? BODY_ORDER.indexOf(main) : BODY_ORDER.length;
}

/**
 * Sorts items in place for the session; `sequence` keeps a named sequence's own order (T8),
 * after the opening walk. Ordering is where release comes to precede mobility and stretching,
 * so S4 is cited here, on each mobility or stretch item that follows release work.
 */
export function orderItems(items: Chosen[], mini: boolean, sequence?: readonly string[]): Chosen[] {
  if (sequence) {
    const rank = (c: Chosen) => sequence.indexOf(c.movement.id);
    return items.sort((a, b) => rank(a) - rank(b));
  }
  // Keys computed once per item, compared in order.
  const keys = new Map<Chosen, number[]>();
  for (const c of items) {
    keys.set(c, [
      mini ? stationRank(c.movement.regions) : 0,
      // T5: the tightest region opens the work, after the walk, whatever its phase.
      mini ? 0 : c.phase === "transition" ? -1 : c.first ? 0 : 1,
      PHASES.indexOf(c.phase),
      -(c.tightness >= TIGHT_LEVEL ? c.tightness : 0),
      bodyRank(c),
      POSTURE_RANK[c.movement.posture],
      c.pick,
    ]);
  }
  items.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < ka.length; i++) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  let released = false;
  for (const c of items) {
    if (c.phase === "release") released = true;
    else if (released && (c.phase === "mobility" || c.phase === "stretch")) c.reasons.add("S4");
  }
  return items;
}
