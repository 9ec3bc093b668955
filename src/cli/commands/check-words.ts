/**
 * A body check in words for the command line: each region with its ratings out of 10, as
 * `limber check list` shows a check and `limber check delete` names the one it deletes.
 */
import type { BodyCheck } from "../../core/journal/types.js";
import { regionRef } from "../../core/vocabulary.js";
import type { CliIo } from "../io.js";
import { spokenDay } from "./journal-support.js";

/**
 * The check's regions and ratings, the way `limber check` takes them.
 *
 * @example
 * checkRegions(check); // "calves-left stiffness 9/10, tenderness 2/10; glutes stiffness 3/10, tenderness 1/10"
 */
export function checkRegions(c: BodyCheck): string {
  return c.entries
    .map((e) => `${regionRef(e)} stiffness ${e.stiffness}/10, tenderness ${e.tenderness}/10`)
    .join("; ");
}

/**
 * The check as a runner recognises it: its day and its regions.
 *
 * @example
 * checkWords(io, check); // "the body check of Sat 5 Dec (calves-left stiffness 9/10, tenderness 2/10)"
 */
export function checkWords(io: CliIo, c: BodyCheck): string {
  return `the body check of ${spokenDay(io, c.date)} (${checkRegions(c)})`;
}
