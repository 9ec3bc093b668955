/**
 * A range-of-motion test in words for the command line, in the runner's units: the figures
 * `limber rom list` lines up, and the sentence `limber rom delete` names a test with.
 */
import { ROM_UNITS, type RomTest, type Units } from "../../core/journal/types.js";
import { romResultParts } from "../../core/text/rom-results.js";
import type { CliIo } from "../io.js";
import { lengthText } from "./display.js";
import { spokenDay } from "./journal-support.js";

/**
 * A test's figure in the runner's units: lengths in cm or in, angles in degrees.
 *
 * @example
 * romFigure({ test: "knee-to-wall", ... }, 10.2, "imperial"); // "4 in"
 */
export function romFigure(t: RomTest, v: number, units: Units): string {
  return ROM_UNITS[t.test] === "cm" ? lengthText(v, units) : `${Math.round(v * 10) / 10}°`;
}

/**
 * Each side's figure and pass/fail, or the one result of a test without sides.
 *
 * @example
 * romResults(kneeToWall, "metric"); // ["left 9 cm", "right 11 cm"]
 * romResults(thomas, "metric"); // ["left pass", "right fail"]
 */
export function romResults(t: RomTest, units: Units): string[] {
  return romResultParts(t, (v) => romFigure(t, v, units));
}

/**
 * The test as a runner recognises it: its day, its kind and its results with units.
 *
 * @example
 * romTestWords(io, kneeToWall, "metric");
 * // "the range-of-motion test of Sat 5 Dec (knee-to-wall: left 9 cm, right 11 cm)"
 */
export function romTestWords(io: CliIo, t: RomTest, units: Units): string {
  return `the range-of-motion test of ${spokenDay(io, t.date)} (${t.test}: ${romResults(t, units).join(", ")})`;
}
