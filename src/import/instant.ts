/**
 * Instants read from activity files, made safe to write: JavaScript dates end at
 * ±8.64e15 ms (years -271821 and 275760), and turning anything beyond, or NaN, into
 * text throws a RangeError ("Invalid time value") that would otherwise escape as a
 * crash. Here it becomes a plain sentence about the file instead.
 */
import { FileProblem } from "./types.js";

/** The largest distance from 1970 a JavaScript date can hold, in ms. */
const LIMIT_MS = 8.64e15;

/**
 * The ISO text of an instant read from a file, or a FileProblem saying the time is unusable.
 *
 * @example
 * isoFromMs(0, "start time"); // "1970-01-01T00:00:00.000Z"
 * isoFromMs(NaN, "start time"); // throws FileProblem "the start time in the file is not a usable date and time"
 */
export function isoFromMs(ms: number, what: string): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > LIMIT_MS)
    throw new FileProblem(`the ${what} in the file is not a usable date and time`);
  return new Date(ms).toISOString();
}

/**
 * The calendar year of an ISO instant (also "+275760-..." and "-000001-..."), or undefined.
 *
 * @example
 * yearOf("2026-12-04T07:10:00Z"); // 2026
 */
export function yearOf(iso: string): number | undefined {
  const m = /^([+-]\d{6}|\d{4})-/.exec(iso);
  return m ? Number(m[1]) : undefined;
}
