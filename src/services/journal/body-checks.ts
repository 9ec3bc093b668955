/**
 * Body checks (A1): per region and side, stiffness and tenderness 0-10, seconds for the
 * sensation to fade, and whether tenderness rebounds.
 *
 * @example
 * await addBodyCheck(database, userId, { entries: [{ region: "calves-left", stiffness: 6, tenderness: 3 }] });
 */
import { InputError } from "../../core/errors.js";
import type { BodyCheck, BodyCheckEntry } from "../../core/journal/types.js";
import { SIDES } from "../../core/vocabulary.js";
import { bodyChecksRepository, type Database, type DayRange } from "../../store/index.js";
import { localDay } from "../../core/time/calendar.js";
import { userTimeZone, type ServiceOptions } from "./context.js";
import { calendarDay, isoInstant, list, numberIn, oneOf, optional, record, regionRef, text, wholeNumber, yesNo } from "./validate.js";

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

/** Checks one entry; `p` prefixes field names ("" for a single entry, "entries[2]." otherwise). */
export function validateBodyCheckEntry(v: unknown, p = ""): BodyCheckEntry {
  const o = record(p ? p.slice(0, -1) : "entry", v);
  const ref = regionRef(`${p}region`, o.region);
  const side = ref.side ?? optional(o.side, (s) => oneOf(`${p}side`, s, SIDES));
  const entry: BodyCheckEntry = {
    region: ref.region,
    stiffness: wholeNumber(`${p}stiffness`, o.stiffness, 0, 10),
    tenderness: wholeNumber(`${p}tenderness`, o.tenderness, 0, 10),
    rebound: optional(o.rebound, (r) => yesNo(`${p}rebound`, r)) ?? false,
  };
  if (side) entry.side = side;
  const fade = optional(o.fadeSeconds, (f) => numberIn(`${p}fadeSeconds`, f, 0, 600, "seconds"));
  if (fade !== undefined) entry.fadeSeconds = fade;
  return entry;
}

/** Checks a list of entries: at least one, each region-and-side at most once. */
export function validateBodyCheckEntries(v: unknown, p = ""): BodyCheckEntry[] {
  const items = list(`${p}entries`, v);
  if (items.length === 0) throw new InputError(`${p}entries`, "must hold at least one region");
  if (items.length > 60) throw new InputError(`${p}entries`, `must hold at most 60 regions, got ${items.length}`);
  const single = items.length === 1 && p === "";
  const entries = items.map((e, i) => validateBodyCheckEntry(e, single ? "" : `${p}entries[${i}].`));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const key = e.side ? `${e.region}-${e.side}` : e.region;
    if (seen.has(key)) throw new InputError(`${p}entries[${i}].region`, `${key} appears twice in one check`);
    seen.add(key);
  });
  return entries;
}

/** Checks a stored body check (from an export document). */
export function validateBodyCheck(v: unknown, p: string): BodyCheck {
  const o = record(p, v);
  return {
    id: text(`${p}.id`, o.id, 100) ?? missing(`${p}.id`),
    date: calendarDay(`${p}.date`, o.date),
    entries: validateBodyCheckEntries(o.entries, `${p}.`),
    createdAt: isoInstant(`${p}.createdAt`, o.createdAt),
  };
}

function missing(field: string): never {
  throw new InputError(field, "is required");
}

/** Records a body check and returns it. */
export async function addBodyCheck(database: Database, userId: string, input: BodyCheckInput, opts: ServiceOptions = {}): Promise<BodyCheck> {
  const o = record("check", input);
  const now = opts.now ?? new Date();
  const today = localDay(now, await userTimeZone(database, userId));
  const date = optional(o.date, (d) => calendarDay("date", d)) ?? today;
  if (date > today) throw new InputError("date", `must not be after today (${today}), got ${date}`);
  const check: BodyCheck = { id: crypto.randomUUID(), date, entries: validateBodyCheckEntries(o.entries), createdAt: now.toISOString() };
  await bodyChecksRepository(database).insertBodyCheck(userId, check);
  return check;
}

/** Body checks in a day range, oldest first. */
export async function listBodyChecks(database: Database, userId: string, range: DayRange = {}): Promise<BodyCheck[]> {
  return bodyChecksRepository(database).listBodyChecks(userId, range);
}
