/**
 * Regions and kit in words for people: "left IT band", "hip flexors", "lower back", "foam
 * roller".
 */
import { parseRegionRef, type Equipment, type RegionRef } from "../vocabulary.js";

/**
 * One side of a body part is one of it: the left calf, the right foot. Muscle groups stay
 * plural on one side (the left hamstrings), as runners say them.
 */
const ONE: Partial<Record<string, string>> = {
  calves: "calf",
  ankles: "ankle",
  feet: "foot",
  shins: "shin",
  hips: "hip",
  shoulders: "shoulder",
};

/** Regions that are one thing even on both sides. */
const SINGULAR = new Set(["it-band", "lower-back", "thoracic", "neck"]);

/**
 * A region reference in words: both sides as a plural ("calves"), one side of a body part
 * as one ("left calf").
 *
 * @example
 * regionName("it-band-left"); // "left IT band"
 * regionName("hip-flexors"); // "hip flexors"
 * regionName("calves-right"); // "right calf"
 */
export function regionName(ref: RegionRef | string): string {
  const p = parseRegionRef(ref);
  if (!p) return ref;
  const name = p.region === "it-band" ? "IT band" : p.region.replace("-", " ");
  return p.side ? `${p.side} ${ONE[p.region] ?? name}` : name;
}

/**
 * Whether a region reference reads as more than one thing ("the calves are", "the left calf
 * is", "the lower back is"), for the verb that follows it.
 *
 * @example
 * isPlural("calves"); // true
 * isPlural("calves-left"); // false
 * isPlural("hamstrings-left"); // true
 */
export function isPlural(ref: RegionRef | string): boolean {
  const p = parseRegionRef(ref);
  if (!p || SINGULAR.has(p.region)) return false;
  return !(p.side && ONE[p.region]);
}

/**
 * The regions of an item in words, each body part once: a side named for a region wins over
 * the plain region.
 *
 * @example
 * regionNames(["hamstrings-left", "hamstrings", "calves"]); // ["left hamstrings", "calves"]
 */
export function regionNames(refs: readonly (RegionRef | string)[]): string[] {
  const byRegion = new Map<string, string>();
  for (const ref of refs) {
    const p = parseRegionRef(ref);
    const key = p ? p.region : ref;
    if (!byRegion.has(key) || p?.side) byRegion.set(key, regionName(ref));
  }
  return [...byRegion.values()];
}

const KIT_NAMES: Record<Equipment, string> = {
  "foam-roller": "foam roller",
  "massage-ball": "massage ball",
  band: "resistance band",
};

/**
 * A piece of kit in words.
 *
 * @example
 * kitName("foam-roller"); // "foam roller"
 */
export function kitName(kit: Equipment): string {
  return KIT_NAMES[kit];
}
