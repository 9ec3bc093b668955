/**
 * Safety neighbours (X2): tissue that shares load, tendons or nerves with a region, so a sharp
 * pain or swelling there rests it too. Defined once here; the routine engine, the CLI's help
 * and the web app read this table (DESIGN.md, "Safety neighbours").
 */
import type { Region } from "../vocabulary.js";

/**
 * Each region's neighbours. Knees are not a region of the vocabulary; the hamstrings and quads
 * have no neighbour beyond themselves.
 */
export const SAFETY_NEIGHBOURS: Readonly<Record<Region, readonly Region[]>> = {
  hips: ["hip-flexors", "glutes", "adductors"],
  ankles: ["calves", "feet", "shins"],
  calves: ["ankles", "feet", "shins"],
  feet: ["ankles"],
  shins: ["ankles", "calves"],
  "hip-flexors": ["hips"],
  glutes: ["hips"],
  adductors: ["hips"],
  hamstrings: [],
  quads: [],
  "it-band": [],
  "lower-back": [],
  thoracic: [],
  shoulders: [],
  neck: [],
};

/**
 * The neighbours of a region (not the region itself).
 *
 * @example
 * neighboursOf("ankles"); // ["calves", "feet", "shins"]
 */
export function neighboursOf(region: Region): readonly Region[] {
  return SAFETY_NEIGHBOURS[region];
}
