/**
 * Body checks (A1): per region and side, stiffness and tenderness 0-10, seconds for the
 * sensation to fade, and whether tenderness rebounds.
 *
 * @example
 * await addBodyCheck(database, userId, { entries: [{ region: "calves-left", stiffness: 6, tenderness: 3 }] });
 * await deleteBodyCheck(database, userId, id); // the check as it was
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { BodyCheck, BodyCheckEntry } from "../../core/journal/types.js";
import { BodyCheckBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";
import { parseRegionRef, regionRef } from "../../core/vocabulary.js";
import {
  bodyChecksRepository,
  withTransaction,
  type Database,
  type DayRange,
} from "../../store/index.js";
import { localDay } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "./context.js";

export interface BodyCheckEntryInput {
  /** `calves` or `calves-left`. */
  region: unknown;
  side?: unknown;
  stiffness: unknown;
  tenderness: unknown;
  fadeSeconds?: unknown;
  rebound?: unknown;
}

export interface BodyCheckInput {
  /** Calendar day; default today in the runner's time zone. */
  date?: unknown;
  entries: unknown;
}

/**
 * Checks a body check's input with BodyCheckBody (src/core/schemas): each region-and-side at
 * most once. A check of one region names its fields plainly (`stiffness`, not
 * `entries[0].stiffness`), as `limber check --region` gives one.
 */
export function parseBodyCheckInput(input: unknown): { date?: string; entries: BodyCheckEntry[] } {
  const single =
    Array.isArray((input as { entries?: unknown } | null)?.entries) &&
    (input as { entries: unknown[] }).entries.length === 1;
  let body;
  try {
    body = parseInput(BodyCheckBody, input, "", "check");
  } catch (e) {
    if (single && e instanceof InputError) {
      const [field, problem] = Object.entries(e.fields)[0] ?? [];
      if (field?.startsWith("entries[0]."))
        throw new InputError(field.slice("entries[0].".length), problem ?? "is not valid");
    }
    throw e;
  }
  const seen = new Set<string>();
  const entries = body.entries.map((e, i) => {
    const ref = parseRegionRef(e.region)!;
    const side = ref.side ?? e.side;
    const key = regionRef({ region: ref.region, side });
    if (seen.has(key))
      throw new InputError(`entries[${i}].region`, `${key} appears twice in one check`);
    seen.add(key);
    const entry: BodyCheckEntry = {
      region: ref.region,
      stiffness: e.stiffness,
      tenderness: e.tenderness,
    };
    if (side) entry.side = side;
    if (e.fadeSeconds !== undefined && e.fadeSeconds !== null) entry.fadeSeconds = e.fadeSeconds;
    // Only an answer is stored: a check that did not ask about rebound has none.
    if (e.rebound !== undefined && e.rebound !== null) entry.rebound = e.rebound;
    return entry;
  });
  return body.date === undefined ? { entries } : { date: body.date, entries };
}

/** Records a body check and returns it. */
export async function addBodyCheck(
  database: Database,
  userId: string,
  input: BodyCheckInput,
  opts: ServiceOptions = {},
): Promise<BodyCheck> {
  const body = parseBodyCheckInput(input);
  const now = opts.now ?? new Date();
  const today = localDay(now, await userTimeZone(database, userId));
  const date = body.date ?? today;
  if (date > today) throw new InputError("date", `must not be after today (${today}), got ${date}`);
  const check: BodyCheck = {
    id: crypto.randomUUID(),
    date,
    entries: body.entries,
    createdAt: now.toISOString(),
  };
  await bodyChecksRepository(database).insertBodyCheck(userId, check);
  return check;
}

/** Body checks in a day range, oldest first. */
export async function listBodyChecks(
  database: Database,
  userId: string,
  range: DayRange = {},
): Promise<BodyCheck[]> {
  return bodyChecksRepository(database).listBodyChecks(userId, range);
}

/** One of the runner's checks with its regions; NotFoundError when the user has no such check. */
export async function getBodyCheck(
  database: Database,
  userId: string,
  id: string,
): Promise<BodyCheck> {
  const check = await bodyChecksRepository(database).getBodyCheck(userId, id);
  if (!check) throw new NotFoundError(`body check ${id}`);
  return check;
}

/**
 * Deletes a check recorded by mistake (a typo, the wrong side, a duplicate) with its region
 * entries, and returns it as it was, so the caller can say what went. Nothing is kept from
 * it: today's routine, the week plan, insights and the offline snapshot read the checks
 * afresh, so the check before it counts again at once, and with none left routines are
 * built as for a runner who has not done one (no tight regions; the weekly audit still
 * offers the body check). NotFoundError when the user has no such check.
 *
 * @example
 * const gone = await deleteBodyCheck(database, userId, "3f2c…"); // { date, entries: [...] }
 */
export async function deleteBodyCheck(
  database: Database,
  userId: string,
  id: string,
): Promise<BodyCheck> {
  // Read and deleted in one transaction, so what is returned is exactly what went.
  return withTransaction(database, async (tx) => {
    const repo = bodyChecksRepository(tx);
    const check = await repo.getBodyCheck(userId, id);
    if (!check || !(await repo.deleteBodyCheck(userId, id)))
      throw new NotFoundError(`body check ${id}`);
    return check;
  });
}
