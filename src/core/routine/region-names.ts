/**
 * Regions and kit in words for people: "left IT band", "hip flexors", "lower back", "foam
 * roller".
 */
import { parseRegionRef, type Equipment, type RegionRef } from "../vocabulary.js";

/**
 * A region reference in words.
 *
 * @example
 * regionName("it-band-left"); // "left IT band"
 * regionName("hip-flexors"); // "hip flexors"
 */
export function regionName(ref: RegionRef | string): string {
  const p = parseRegionRef(ref);
  if (!p) return ref;
  const name = p.region === "it-band" ? "IT band" : p.region.replace("-", " ");
  return p.side ? `${p.side} ${name}` : name;
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
