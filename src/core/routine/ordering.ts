/**
 * Putting the chosen items in order: phase order (S4) with the tightest regions first inside
 * a phase (T5, A2), lower body before upper (L6), standing before floor work when the
 * body part is the same. The mini session follows T3's stations instead: ankles, hips and
 * glutes, thoracic spine, shoulders.
 */
import { PHASES, type Posture, type Region, type RegionRef } from "../vocabulary.js";
import { TIGHT_LEVEL } from "./priorities.js";
import { cite, type Chosen } from "./selection.js";

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
  // One number per item holds every key in order (each key's range is small), so sorting
  // allocates nothing per item.
  const key = (c: Chosen): number => {
    let k = mini ? stationRank(c.movement.regions) : 0; // 0-4
    k = k * 3 + (mini ? 1 : c.phase === "transition" ? 0 : c.first ? 1 : 2); // T5 after the walk
    k = k * 8 + PHASES.indexOf(c.phase);
    k = k * 11 + (10 - (c.tightness >= TIGHT_LEVEL ? Math.min(10, c.tightness) : 0));
    k = k * 16 + bodyRank(c);
    k = k * 4 + POSTURE_RANK[c.movement.posture];
    return k * 1024 + Math.min(1023, c.pick);
  };
  for (const c of items) c.sortKey = key(c);
  items.sort((a, b) => (a.sortKey ?? 0) - (b.sortKey ?? 0));
  let released = false;
  for (const c of items) {
    if (c.phase === "release") released = true;
    else if (released && (c.phase === "mobility" || c.phase === "stretch")) cite(c.reasons, "S4");
  }
  return items;
}
