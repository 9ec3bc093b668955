/**
 * ROM insights: wins (P4) only when a change beats the test's smallest real change, and
 * left-right differences (A4) only beyond normal between-side variation.
 */
import type { RomTest, RomTestKind } from "../journal/types.js";
import { byDayThenLogged } from "../time/logged-order.js";
import { ROM_SIDED, ROM_TESTS } from "../journal/types.js";
import type { Side } from "../vocabulary.js";
import { dayLabel } from "../time/calendar.js";
import {
  betterDirection,
  SIDE_DIFFERENCE,
  SMALLEST_REAL_CHANGE,
  TEST_NAMES,
  testLabel,
  unitOf,
} from "./thresholds.js";
import type { RomChange, SideDifference } from "./types.js";

function numeric(t: RomTest, side?: Side): number | undefined {
  if (!ROM_SIDED[t.test]) return t.value;
  return side === "left" ? t.left : side === "right" ? t.right : undefined;
}

function fmt(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

/**
 * Change of each test (and side) from its first to its latest value, with whether it is a
 * real change (P2, P4).
 *
 * @example
 * romChanges(tests)[0]; // { test: "knee-to-wall", side: "left", change: 2.4, real: true, win: true, ... }
 */
export function romChanges(tests: readonly RomTest[]): RomChange[] {
  const out: RomChange[] = [];
  for (const test of ROM_TESTS) {
    const series = tests.filter((t) => t.test === test).sort(byDayThenLogged);
    const sides: (Side | undefined)[] = ROM_SIDED[test] ? ["left", "right"] : [undefined];
    for (const side of sides) {
      const points = series
        .map((t) => ({ date: t.date, value: numeric(t, side) }))
        .filter((p): p is { date: string; value: number } => p.value !== undefined);
      const passes =
        test === "thomas"
          ? series
              .map((t) => ({ date: t.date, pass: side === "left" ? t.leftPass : t.rightPass }))
              .filter((p): p is { date: string; pass: boolean } => p.pass !== undefined)
          : [];
      if (points.length >= 2) out.push(numericChange(test, side, points));
      else if (passes.length >= 2) out.push(passChange(side, passes));
    }
  }
  return out;
}

function numericChange(
  test: RomTestKind,
  side: Side | undefined,
  points: { date: string; value: number }[],
): RomChange {
  const first = points[0]!;
  const last = points.at(-1)!;
  // Rounded to 0.01 so 10.1 - 8.2 counts as the 1.9 it is.
  const change = Math.round((last.value - first.value) * 100) / 100;
  const threshold = SMALLEST_REAL_CHANGE[test];
  const better = change * betterDirection(test);
  const real = Math.abs(change) >= threshold;
  const unit = unitOf(test);
  const label = testLabel(test, side);
  const since = dayLabel(first.date, last.date);
  const message = !real
    ? fmt(Math.abs(change)) === "0"
      ? `${label}: ${fmt(last.value)} ${unit}, the same as on ${since}.`
      : `${label}: ${fmt(last.value)} ${unit}, ${fmt(Math.abs(change))} ${unit} ${change >= 0 ? "up" : "down"} since ${since}; within the ${threshold} ${unit} a repeat test can vary by, so not a real change yet.`
    : better > 0
      ? `${label}: ${fmt(last.value)} ${unit}, ${fmt(Math.abs(change))} ${unit} better since ${dayLabel(first.date, last.date)}. That beats the ${threshold} ${unit} a repeat test can vary by: a real gain.`
      : `${label}: ${fmt(last.value)} ${unit}, ${fmt(Math.abs(change))} ${unit} worse since ${dayLabel(first.date, last.date)}, more than the ${threshold} ${unit} of test noise. Worth a look at load and recovery.`;
  const r: RomChange = {
    test,
    unit,
    from: first.value,
    fromDate: first.date,
    to: last.value,
    toDate: last.date,
    change,
    threshold,
    real,
    win: real && better > 0,
    message,
    reasons: ["P2", "P4"],
  };
  if (side) r.side = side;
  return r;
}

function passChange(side: Side | undefined, passes: { date: string; pass: boolean }[]): RomChange {
  const first = passes[0]!;
  const last = passes.at(-1)!;
  const real = first.pass !== last.pass;
  const label = testLabel("thomas", side);
  const r: RomChange = {
    test: "thomas",
    unit: "pass",
    from: first.pass ? 1 : 0,
    fromDate: first.date,
    to: last.pass ? 1 : 0,
    toDate: last.date,
    change: (last.pass ? 1 : 0) - (first.pass ? 1 : 0),
    threshold: 1,
    real,
    win: real && last.pass,
    message: real
      ? last.pass
        ? `${label}: now a pass, after a fail on ${dayLabel(first.date, last.date)}. A real gain.`
        : `${label}: now a fail, after a pass on ${dayLabel(first.date, last.date)}.`
      : `${label}: ${last.pass ? "still a pass" : "still a fail"} since ${dayLabel(first.date, last.date)}.`,
    reasons: ["P2", "P4"],
  };
  if (side) r.side = side;
  return r;
}

/**
 * Left-right differences in each sided test's latest record, flagged only beyond the
 * between-side variation of SIDE_DIFFERENCE.
 */
export function sideDifferences(tests: readonly RomTest[]): SideDifference[] {
  const out: SideDifference[] = [];
  for (const test of [
    "knee-to-wall",
    "straight-leg-raise",
    "thoracic-rotation",
    "thomas",
  ] as const) {
    const latest = tests
      .filter(
        (t) =>
          t.test === test &&
          ((t.left !== undefined && t.right !== undefined) ||
            (t.leftPass !== undefined && t.rightPass !== undefined)),
      )
      .sort(byDayThenLogged)
      .at(-1);
    if (!latest) continue;
    const threshold = SIDE_DIFFERENCE[test];
    const name = TEST_NAMES[test];
    if (latest.left !== undefined && latest.right !== undefined) {
      const diff = Math.round((latest.left - latest.right) * 100) / 100;
      const flagged = Math.abs(diff) > threshold;
      const worse: Side = diff * betterDirection(test) < 0 ? "left" : "right";
      const unit = unitOf(test);
      out.push({
        test,
        date: latest.date,
        left: latest.left,
        right: latest.right,
        difference: Math.abs(diff),
        threshold,
        flagged,
        ...(flagged ? { weakerSide: worse } : {}),
        message: flagged
          ? `${name}: the ${worse} side is ${fmt(Math.abs(diff))} ${unit} behind, more than the ${threshold} ${unit} sides usually differ. Give it extra attention.`
          : `${name}: sides within ${fmt(Math.abs(diff))} ${unit}, inside normal between-side variation (${threshold} ${unit}).`,
        reasons: ["A4"],
      });
    } else if (latest.leftPass !== undefined && latest.rightPass !== undefined) {
      const flagged = latest.leftPass !== latest.rightPass;
      const worse: Side = latest.leftPass ? "right" : "left";
      out.push({
        test,
        date: latest.date,
        left: latest.leftPass ? 1 : 0,
        right: latest.rightPass ? 1 : 0,
        difference: flagged ? 1 : 0,
        threshold: 1,
        flagged,
        ...(flagged ? { weakerSide: worse } : {}),
        message: flagged
          ? `${name}: the ${worse} side fails while the other passes. Give it extra attention.`
          : `${name}: both sides ${latest.leftPass ? "pass" : "fail"}.`,
        reasons: ["A4"],
      });
    }
  }
  return out;
}
