/**
 * The runner's recent body checks and range-of-motion results in words, newest first, for the
 * list on Progress where one recorded by mistake (a typo, the wrong side, a duplicate) can be
 * deleted: each with its day, what it measured in the runner's units, and the API path that
 * deletes it.
 */
import { TEST_NAMES } from "../../core/insights/thresholds.js";
import type { BodyCheck, RomTest, Units } from "../../core/journal/types.js";
import { regionName } from "../../core/routine/region-names.js";
import { upperFirst } from "../../core/text/first-letter.js";
import { romResultParts } from "../../core/text/rom-results.js";
import { dayLabel } from "../../core/time/calendar.js";
import { byDayThenLogged } from "../../core/time/logged-order.js";
import { regionRef } from "../../core/vocabulary.js";
import { figure } from "../audit/rom.js";

export interface RecordLine {
  kind: "body-check" | "rom-test";
  id: string;
  /** The day it is for, as the runner reads it: "Sat 21 Nov". */
  day: string;
  /** "Body check", or the test's name: "Knee-to-wall". */
  what: string;
  /** What it measured: "left 9 cm, right 19 cm", "left calf stiffness 9/10, tenderness 2/10". */
  detail: string;
  /** How a sentence names it: "the body check of Sat 21 Nov", "the Knee-to-wall result of Sat 21 Nov". */
  name: string;
  /** The request that deletes it. */
  path: string;
}

/**
 * A test's results in the runner's units: each side (with pass/fail for the Thomas test), or
 * the one result of a test without sides.
 *
 * @example
 * romDetail(kneeToWall, "metric"); // "left 9 cm, right 19 cm"
 * romDetail(thomas, "metric"); // "left pass, right fail"
 */
export function romDetail(t: RomTest, units: Units): string {
  return romResultParts(t, (v) => figure(t.test, v, units)).join(", ");
}

/**
 * A check's regions with their ratings out of 10.
 *
 * @example
 * checkDetail(check); // "left calf stiffness 9/10, tenderness 2/10; glutes stiffness 3/10, tenderness 1/10"
 */
export function checkDetail(c: BodyCheck): string {
  return c.entries
    .map(
      (e) =>
        `${regionName(regionRef(e))} stiffness ${e.stiffness}/10, tenderness ${e.tenderness}/10`,
    )
    .join("; ");
}

/** The newest `limit` records, newest first (by day, then by when they were recorded). */
function newest<T extends { date: string; createdAt: string }>(list: readonly T[], limit: number) {
  return [...list].sort(byDayThenLogged).reverse().slice(0, limit);
}

/**
 * The newest body checks as lines, newest first; `today` decides whether a day needs its year.
 *
 * @example
 * checkLines(checks, "2026-11-21", 8)[0]?.name; // "the body check of Sat 21 Nov"
 */
export function checkLines(
  checks: readonly BodyCheck[],
  today: string,
  limit: number,
): RecordLine[] {
  return newest(checks, limit).map((c) => {
    const day = dayLabel(c.date, today);
    return {
      kind: "body-check",
      id: c.id,
      day,
      what: "Body check",
      detail: checkDetail(c),
      name: `the body check of ${day}`,
      path: `/api/body-checks/${encodeURIComponent(c.id)}`,
    };
  });
}

/**
 * The newest range-of-motion results as lines, newest first, in the runner's units.
 *
 * @example
 * romLines(tests, "metric", "2026-11-21", 8)[0]?.detail; // "left 9 cm, right 19 cm"
 */
export function romLines(
  tests: readonly RomTest[],
  units: Units,
  today: string,
  limit: number,
): RecordLine[] {
  return newest(tests, limit).map((t) => {
    const day = dayLabel(t.date, today);
    return {
      kind: "rom-test",
      id: t.id,
      day,
      what: TEST_NAMES[t.test],
      detail: romDetail(t, units),
      name: `the ${TEST_NAMES[t.test]} result of ${day}`,
      path: `/api/rom-tests/${encodeURIComponent(t.id)}`,
    };
  });
}

/**
 * What the runner is told once a record is deleted: what went, and what now reads without it.
 * With the only body check gone, routines have no tight regions to serve first (A2), so it
 * says where to record a new one.
 *
 * @example
 * deletedText(line, { checksLeft: 0 });
 * // "Deleted the body check of Sat 21 Nov (left calf stiffness 9/10, tenderness 2/10). Today's routine is rebuilt without it. No body check left: ..."
 */
export function deletedText(line: RecordLine, opts: { checksLeft: number }): string {
  const what = `Deleted ${line.name} (${line.detail}).`;
  if (line.kind === "rom-test")
    return `${what} Your progress, insights and weekly audit no longer count it.`;
  const left =
    opts.checksLeft === 0
      ? " No body check left: do one in the weekly audit, so routines know where you are tight."
      : "";
  return `${what} Today's routine is rebuilt without it.${left}`;
}

/**
 * What the runner is told when the record was gone already (deleted on another device).
 *
 * @example
 * alreadyDeletedText(line); // "The body check of Sat 21 Nov was deleted already."
 */
export function alreadyDeletedText(line: RecordLine): string {
  return `${upperFirst(line.name)} was deleted already.`;
}
