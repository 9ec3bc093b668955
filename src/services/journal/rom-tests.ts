/**
 * Range-of-motion tests (A4): knee-to-wall (cm), straight-leg raise (degrees), thoracic
 * rotation (degrees), Thomas test (pass/fail or hip angle), sit-and-reach (cm).
 *
 * @example
 * await addRomTest(database, userId, { test: "knee-to-wall", left: 9, right: 11 });
 * await addRomTest(database, userId, { test: "sit-and-reach", value: -4 });
 * await deleteRomTest(database, userId, id); // the test as it was
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import { ROM_SIDED, ROM_UNITS, type RomTest } from "../../core/journal/types.js";
import { RomTestBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";
import { ROM_RANGES } from "../../core/schemas/ranges.js";
import { RomTestKind } from "../../core/schemas/vocabulary.js";
import {
  romTestsRepository,
  withTransaction,
  type Database,
  type DayRange,
} from "../../store/index.js";
import { localDay } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "./context.js";

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

export { ROM_RANGES };

type Measurement = Omit<RomTest, "id" | "date" | "createdAt" | "notes">;

/** The measurement of a checked test body: sided tests take left/right, sit-and-reach a value. */
function measurement(b: ReturnType<typeof RomTestBody.parse>): Measurement {
  const { test } = b;
  const unit = ROM_UNITS[test] === "cm" ? "cm" : "degrees";
  // Each result is already within its test's range (RomTestBody checks it).
  const measure = (field: "left" | "right" | "value") => b[field] ?? undefined;
  const out: Measurement = { test };
  const given = (v: unknown) => v !== undefined && v !== null;
  if (ROM_SIDED[test]) {
    if (given(b.value))
      throw new InputError("value", `${test} is measured per side: give left and right`);
    const left = measure("left");
    const right = measure("right");
    if (left !== undefined) out.left = left;
    if (right !== undefined) out.right = right;
    if (test === "thomas") {
      if (given(b.leftPass)) out.leftPass = b.leftPass!;
      if (given(b.rightPass)) out.rightPass = b.rightPass!;
    } else if (given(b.leftPass) || given(b.rightPass)) {
      throw new InputError("leftPass", `only the thomas test has pass/fail results`);
    }
    if (
      out.left === undefined &&
      out.right === undefined &&
      out.leftPass === undefined &&
      out.rightPass === undefined
    ) {
      throw new InputError("left", `${test} needs a left and/or right result (${unit})`);
    }
  } else {
    for (const f of ["left", "right", "leftPass", "rightPass"] as const) {
      if (given(b[f])) throw new InputError(f, `${test} has no sides: give value`);
    }
    const value = measure("value");
    if (value === undefined) throw new InputError("value", `${test} needs a value (${unit})`);
    out.value = value;
  }
  return out;
}

/** Records a ROM test and returns it. */
export async function addRomTest(
  database: Database,
  userId: string,
  input: RomTestInput,
  opts: ServiceOptions = {},
): Promise<RomTest> {
  const body = parseInput(RomTestBody, input, "", "test");
  const now = opts.now ?? new Date();
  const today = localDay(now, await userTimeZone(database, userId));
  const date = body.date ?? today;
  if (date > today) throw new InputError("date", `must not be after today (${today}), got ${date}`);
  const t: RomTest = {
    id: crypto.randomUUID(),
    date,
    ...measurement(body),
    createdAt: now.toISOString(),
  };
  if (body.notes) t.notes = body.notes;
  await romTestsRepository(database).insertRomTest(userId, t);
  return t;
}

/** ROM tests, oldest first, optionally of one kind (`newest: N`: only the newest N). */
export async function listRomTests(
  database: Database,
  userId: string,
  filter: DayRange & { test?: unknown } = {},
): Promise<RomTest[]> {
  const test =
    filter.test === undefined || filter.test === null
      ? undefined
      : parseInput(RomTestKind, filter.test, "test");
  return romTestsRepository(database).listRomTests(userId, {
    from: filter.from,
    to: filter.to,
    ...(filter.newest === undefined ? {} : { newest: filter.newest }),
    test,
  });
}

/** One of the runner's tests; NotFoundError when the user has no such test. */
export async function getRomTest(database: Database, userId: string, id: string): Promise<RomTest> {
  const test = await romTestsRepository(database).getRomTest(userId, id);
  if (!test) throw new NotFoundError(`ROM test ${id}`);
  return test;
}

/**
 * Deletes a test recorded by mistake (a typo, the wrong side, a duplicate) and returns it as
 * it was, so the caller can say what went. Nothing is kept from it: the coach, insights, the
 * weekly audit and a professional's goals read the tests afresh each time, so the one before
 * it is the latest again at once. NotFoundError when the user has no such test.
 *
 * @example
 * const gone = await deleteRomTest(database, userId, "3f2c…"); // { test: "knee-to-wall", left: 9, ... }
 */
export async function deleteRomTest(
  database: Database,
  userId: string,
  id: string,
): Promise<RomTest> {
  // Read and deleted in one transaction, so what is returned is exactly what went.
  return withTransaction(database, async (tx) => {
    const repo = romTestsRepository(tx);
    const test = await repo.getRomTest(userId, id);
    if (!test || !(await repo.deleteRomTest(userId, id))) throw new NotFoundError(`ROM test ${id}`);
    return test;
  });
}
