/**
 * Range-of-motion tests (A4): knee-to-wall (cm), straight-leg raise (degrees), thoracic
 * rotation (degrees), Thomas test (pass/fail or hip angle), sit-and-reach (cm).
 *
 * @example
 * await addRomTest(database, userId, { test: "knee-to-wall", left: 9, right: 11 });
 * await addRomTest(database, userId, { test: "sit-and-reach", value: -4 });
 */
import { InputError } from "../../core/errors.js";
import { ROM_SIDED, ROM_TESTS, ROM_UNITS, type RomTest, type RomTestKind } from "../../core/journal/types.js";
import { romTestsRepository, type Database, type DayRange } from "../../store/index.js";
import { localDay } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "./context.js";
import { calendarDay, isoInstant, numberIn, oneOf, optional, record, text, yesNo } from "./validate.js";

export interface RomTestInput {
  test: unknown;
  left?: unknown;
  right?: unknown;
  value?: unknown;
  leftPass?: unknown;
  rightPass?: unknown;
  date?: unknown;
  notes?: unknown;
}

/** Plausible measurement range per test, in its unit. */
export const ROM_RANGES: Record<RomTestKind, [number, number]> = {
  "knee-to-wall": [0, 30],
  "straight-leg-raise": [0, 150],
  "thoracic-rotation": [0, 120],
  thomas: [-30, 60],
  "sit-and-reach": [-50, 60],
};

/** Checks the measurement fields of a test; `p` prefixes field names. */
export function validateRomMeasurement(o: Record<string, unknown>, p = ""): Omit<RomTest, "id" | "date" | "createdAt" | "notes"> {
  const test = oneOf(`${p}test`, o.test, ROM_TESTS);
  const [min, max] = ROM_RANGES[test];
  const unit = ROM_UNITS[test] === "cm" ? "cm" : "degrees";
  const measure = (field: string) => optional(o[field], (v) => numberIn(`${p}${field}`, v, min, max, unit));
  const out: Omit<RomTest, "id" | "date" | "createdAt" | "notes"> = { test };
  if (ROM_SIDED[test]) {
    if (o.value !== undefined && o.value !== null) throw new InputError(`${p}value`, `${test} is measured per side: give left and right`);
    const left = measure("left");
    const right = measure("right");
    if (left !== undefined) out.left = left;
    if (right !== undefined) out.right = right;
    if (test === "thomas") {
      const lp = optional(o.leftPass, (v) => yesNo(`${p}leftPass`, v));
      const rp = optional(o.rightPass, (v) => yesNo(`${p}rightPass`, v));
      if (lp !== undefined) out.leftPass = lp;
      if (rp !== undefined) out.rightPass = rp;
    } else if (o.leftPass !== undefined || o.rightPass !== undefined) {
      throw new InputError(`${p}leftPass`, `only the thomas test has pass/fail results`);
    }
    if (out.left === undefined && out.right === undefined && out.leftPass === undefined && out.rightPass === undefined) {
      throw new InputError(`${p}left`, `${test} needs a left and/or right result (${unit})`);
    }
  } else {
    for (const f of ["left", "right", "leftPass", "rightPass"]) {
      if (o[f] !== undefined && o[f] !== null) throw new InputError(`${p}${f}`, `${test} has no sides: give value`);
    }
    const value = measure("value");
    if (value === undefined) throw new InputError(`${p}value`, `${test} needs a value (${unit})`);
    out.value = value;
  }
  return out;
}

/** Checks a stored test (from an export document). */
export function validateRomTest(v: unknown, p: string): RomTest {
  const o = record(p, v);
  const id = text(`${p}.id`, o.id, 100);
  if (!id) throw new InputError(`${p}.id`, "is required");
  const t: RomTest = {
    id,
    date: calendarDay(`${p}.date`, o.date),
    ...validateRomMeasurement(o, `${p}.`),
    createdAt: isoInstant(`${p}.createdAt`, o.createdAt),
  };
  const notes = text(`${p}.notes`, o.notes);
  if (notes) t.notes = notes;
  return t;
}

/** Records a ROM test and returns it. */
export async function addRomTest(database: Database, userId: string, input: RomTestInput, opts: ServiceOptions = {}): Promise<RomTest> {
  const o = record("test", input);
  const now = opts.now ?? new Date();
  const today = localDay(now, await userTimeZone(database, userId));
  const date = optional(o.date, (d) => calendarDay("date", d)) ?? today;
  if (date > today) throw new InputError("date", `must not be after today (${today}), got ${date}`);
  const t: RomTest = { id: crypto.randomUUID(), date, ...validateRomMeasurement(o), createdAt: now.toISOString() };
  const notes = text("notes", o.notes);
  if (notes) t.notes = notes;
  await romTestsRepository(database).insertRomTest(userId, t);
  return t;
}

/** ROM tests, oldest first, optionally of one kind. */
export async function listRomTests(database: Database, userId: string, filter: DayRange & { test?: unknown } = {}): Promise<RomTest[]> {
  const test = optional(filter.test, (t) => oneOf("test", t, ROM_TESTS));
  return romTestsRepository(database).listRomTests(userId, { from: filter.from, to: filter.to, test });
}
