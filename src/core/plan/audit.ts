/**
 * P3 weekly audit: on the first day of the runner's week, a prompt to re-test range of
 * motion, listing each test's last value against its target (the runner's own or a
 * professional plan's, C1). Thomas angles are the thigh's rise above the table, so lower is
 * better there; every other test is better higher.
 */
import type { RomTest, RomTestKind } from "../journal/types.js";
import { byDayThenLogged } from "../time/logged-order.js";
import { ROM_SIDED, ROM_TESTS, ROM_UNITS } from "../journal/types.js";
import type { Side } from "../vocabulary.js";
import { addDays, weekdayOf } from "../time/calendar.js";
import type { AuditLine, RomTarget, WeeklyAudit } from "./types.js";

/** Latest value of a test (and side) with its date; Thomas pass/fail reads as 1/0. */
export function lastValue(
  tests: readonly RomTest[],
  test: RomTestKind,
  side?: Side,
  unit?: "cm" | "deg" | "pass",
): { value: number; date: string } | undefined {
  const sorted = tests.filter((t) => t.test === test).sort(byDayThenLogged);
  for (let i = sorted.length - 1; i >= 0; i--) {
    const v = readValue(sorted[i]!, side, unit);
    if (v !== undefined) return { value: v, date: sorted[i]!.date };
  }
  return undefined;
}

/** One side's (or the unsided) value of a test record. */
export function readValue(
  t: RomTest,
  side?: Side,
  unit?: "cm" | "deg" | "pass",
): number | undefined {
  if (t.test === "thomas" && (unit === "pass" || unit === undefined)) {
    const pass = side === "right" ? t.rightPass : side === "left" ? t.leftPass : undefined;
    if (pass !== undefined) return pass ? 1 : 0;
    if (unit === "pass") return undefined;
  }
  if (!ROM_SIDED[t.test]) return t.value;
  return side === "right" ? t.right : side === "left" ? t.left : t.value;
}

/** Is a value at or beyond its target? */
export function targetMet(test: RomTestKind, unit: string, value: number, target: number): boolean {
  if (test === "thomas" && unit === "deg") return value <= target;
  return value >= target;
}

function defaultUnit(test: RomTestKind): "cm" | "deg" | "pass" {
  const u = ROM_UNITS[test];
  return u === "pass/deg" ? "pass" : u;
}

/**
 * The audit for the plan starting `start` (7 days). Its date is the day in the plan that
 * begins the runner's week.
 *
 * @example
 * weeklyAudit({ start: "2026-11-22", romTests, targets: [], weekStartsOn: 1 }).date; // "2026-11-23"
 */
export function weeklyAudit(args: {
  start: string;
  romTests: readonly RomTest[];
  targets?: readonly RomTarget[];
  weekStartsOn?: number;
}): WeeklyAudit {
  const ws = args.weekStartsOn ?? 1;
  const date = addDays(args.start, (ws - weekdayOf(args.start) + 7) % 7);
  const targets = args.targets ?? [];
  const kinds = ROM_TESTS.filter(
    (k) => args.romTests.some((t) => t.test === k) || targets.some((t) => t.test === k),
  );
  const lines: AuditLine[] = [];
  for (const test of kinds) {
    const sides: (Side | undefined)[] = ROM_SIDED[test] ? ["left", "right"] : [undefined];
    for (const side of sides) {
      const target = targets.find(
        (t) => t.test === test && (t.side === side || t.side === undefined),
      );
      const unit = target?.unit ?? defaultUnit(test);
      const last = lastValue(args.romTests, test, side, unit);
      const line: AuditLine = { test, unit };
      if (side) line.side = side;
      if (last) {
        line.last = last.value;
        line.lastDate = last.date;
      }
      if (target) {
        line.target = target.target;
        line.targetSource = target.source ?? "own";
        if (last) line.met = targetMet(test, unit, last.value, target.target);
      }
      lines.push(line);
    }
  }
  const done = args.romTests.some((t) => t.date >= date);
  const open = lines.filter((l) => l.met === false).length;
  const message =
    lines.length === 0
      ? "No range-of-motion tests yet. Take a first knee-to-wall and straight-leg-raise test to have a baseline."
      : done
        ? "Already re-tested this week."
        : `Re-test your range of motion${open > 0 ? `; ${open} target${open === 1 ? " is" : "s are"} not met yet` : ""}.`;
  return { date, done, lines, message, reasons: ["P3", "A4", "P2"] };
}
