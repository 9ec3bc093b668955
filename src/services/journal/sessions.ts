/**
 * Logged sessions (P1): the routine as given, per item done / skipped and the pressure
 * used, before and after ratings (stiffness, soreness, pain 0-10), mood and energy (1-5),
 * notes.
 *
 * @example
 * const log = await logSession(database, userId, {
 *   routine, kind: "post-run", skipped: ["cat-cow"], pressure: { "foam-roll-calves": "light" },
 *   before: { stiffness: 6, soreness: 4 }, after: { stiffness: 3, soreness: 3 },
 * });
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { Ratings, SessionItemLog, SessionLog } from "../../core/journal/types.js";
import type { Routine } from "../../core/routine/types.js";
import { PRESSURES, SESSIONS, isPhase } from "../../core/vocabulary.js";
import { sessionsRepository, type Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import { isoInstant, list, oneOf, optional, record, text, wholeNumber } from "./validate.js";

export interface SessionInput {
  /** The routine as `limber routine --json` / `limber today --json` printed it. */
  routine: unknown;
  kind?: unknown;
  /** Instant; default now. */
  startedAt?: unknown;
  /** Ids of routine items not done (the rest count as done). */
  skipped?: unknown;
  /** Pressure used per release item id. */
  pressure?: unknown;
  /** Or, instead of skipped/pressure: the full per-item log. */
  items?: unknown;
  before?: unknown;
  after?: unknown;
  mood?: unknown;
  energy?: unknown;
  notes?: unknown;
}

const RATING_KEYS = ["stiffness", "soreness", "pain"] as const;

/** Checks a routine document enough to store and read it back safely. */
export function validateRoutine(v: unknown, field = "routine"): Routine {
  const o = record(field, v);
  const items = list(`${field}.items`, o.items);
  if (items.length > 200) throw new InputError(`${field}.items`, `must have at most 200 items, got ${items.length}`);
  items.forEach((it, i) => {
    const f = `${field}.items[${i}]`;
    const item = record(f, it);
    if (typeof item.id !== "string" || item.id === "") throw new InputError(`${f}.id`, "must be a movement id");
    if (typeof item.name !== "string") throw new InputError(`${f}.name`, "must be text");
    if (!isPhase(item.phase)) throw new InputError(`${f}.phase`, `${JSON.stringify(item.phase)} is not a phase`);
    if (typeof item.seconds !== "number" || !(item.seconds >= 0)) throw new InputError(`${f}.seconds`, "must be a number of seconds");
    list(`${f}.regions`, item.regions);
  });
  if (typeof o.totalSeconds !== "number") throw new InputError(`${field}.totalSeconds`, "must be a number of seconds");
  list(`${field}.warnings`, o.warnings ?? []);
  list(`${field}.reasons`, o.reasons ?? []);
  return o as unknown as Routine;
}

/** Checks a ratings object: stiffness, soreness, pain, each 0-10. */
export function validateRatings(field: string, v: unknown): Partial<Ratings> | undefined {
  if (v === undefined || v === null) return undefined;
  const o = record(field, v);
  const out: Partial<Ratings> = {};
  for (const [k, val] of Object.entries(o)) {
    if (!(RATING_KEYS as readonly string[]).includes(k)) throw new InputError(`${field}.${k}`, `is not a rating; allowed: ${RATING_KEYS.join(", ")}`);
    if (val === undefined || val === null) continue;
    out[k as keyof Ratings] = wholeNumber(`${field}.${k}`, val, 0, 10);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function idsOf(routine: Routine): Set<string> {
  return new Set(routine.items.map((i) => i.id));
}

function validateItems(routine: Routine, v: unknown, p: string): SessionItemLog[] {
  const ids = idsOf(routine);
  return list(`${p}items`, v).map((x, i) => {
    const f = `${p}items[${i}]`;
    const o = record(f, x);
    if (typeof o.id !== "string" || !ids.has(o.id)) throw new InputError(`${f}.id`, `${JSON.stringify(o.id)} is not an item of the routine`);
    const item: SessionItemLog = { id: o.id, status: oneOf(`${f}.status`, o.status, ["done", "skipped"] as const) };
    const pressure = optional(o.pressure, (pr) => oneOf(`${f}.pressure`, pr, PRESSURES));
    if (pressure) item.pressure = pressure;
    return item;
  });
}

function itemsFromSkips(routine: Routine, skippedIn: unknown, pressureIn: unknown): SessionItemLog[] {
  const ids = idsOf(routine);
  const skipped = new Set(
    (optional(skippedIn, (v) => list("skipped", v)) ?? []).map((id) => {
      if (typeof id !== "string" || !ids.has(id)) throw new InputError("skipped", `${JSON.stringify(id)} is not an item of the routine; items: ${[...ids].join(", ")}`);
      return id;
    }),
  );
  const pressure = optional(pressureIn, (v) => record("pressure", v)) ?? {};
  for (const [id, value] of Object.entries(pressure)) {
    const item = routine.items.find((i) => i.id === id);
    if (!item) throw new InputError("pressure", `${JSON.stringify(id)} is not an item of the routine; items: ${[...ids].join(", ")}`);
    if (item.phase !== "release") throw new InputError("pressure", `${id} is not a release item; pressure applies to release items only`);
    oneOf(`pressure.${id}`, value, PRESSURES);
    if (skipped.has(id)) throw new InputError("pressure", `${id} is marked skipped`);
  }
  return routine.items.map((it) => {
    const status = skipped.has(it.id) ? "skipped" : "done";
    const log: SessionItemLog = { id: it.id, status };
    const used = (pressure[it.id] as SessionItemLog["pressure"]) ?? (status === "done" ? it.pressure : undefined);
    if (used) log.pressure = used;
    return log;
  });
}

/** Checks the parts shared by a new log and a stored one; `p` prefixes field names. */
function validateSessionBody(o: Record<string, unknown>, p: string): Omit<SessionLog, "id" | "startedAt" | "createdAt"> {
  const routine = validateRoutine(o.routine, `${p}routine`);
  const items =
    o.items !== undefined ? validateItems(routine, o.items, p) : itemsFromSkips(routine, o.skipped, o.pressure);
  const log: Omit<SessionLog, "id" | "startedAt" | "createdAt"> = {
    kind: optional(o.kind, (k) => oneOf(`${p}kind`, k, SESSIONS)) ?? "mini",
    routine,
    items,
  };
  const before = validateRatings(`${p}before`, o.before);
  const after = validateRatings(`${p}after`, o.after);
  if (before) log.before = before;
  if (after) log.after = after;
  const mood = optional(o.mood, (v) => wholeNumber(`${p}mood`, v, 1, 5));
  const energy = optional(o.energy, (v) => wholeNumber(`${p}energy`, v, 1, 5));
  if (mood !== undefined) log.mood = mood;
  if (energy !== undefined) log.energy = energy;
  const notes = text(`${p}notes`, o.notes);
  if (notes) log.notes = notes;
  return log;
}

/** Checks a stored session (from an export document). */
export function validateSessionLog(v: unknown, p: string): SessionLog {
  const o = record(p, v);
  const id = text(`${p}.id`, o.id, 100);
  if (!id) throw new InputError(`${p}.id`, "is required");
  if (o.items === undefined) throw new InputError(`${p}.items`, "is required");
  return {
    id,
    startedAt: isoInstant(`${p}.startedAt`, o.startedAt),
    ...validateSessionBody(o, `${p}.`),
    createdAt: isoInstant(`${p}.createdAt`, o.createdAt),
  };
}

/** Records a session; resolves only after it is committed. */
export async function logSession(database: Database, userId: string, input: SessionInput, opts: ServiceOptions = {}): Promise<SessionLog> {
  const o = record("session", input);
  const now = opts.now ?? new Date();
  if (o.items !== undefined && (o.skipped !== undefined || o.pressure !== undefined)) {
    throw new InputError("items", "give either items or skipped/pressure, not both");
  }
  const log: SessionLog = {
    id: crypto.randomUUID(),
    startedAt: optional(o.startedAt, (v) => isoInstant("startedAt", v)) ?? now.toISOString(),
    ...validateSessionBody(o, ""),
    createdAt: now.toISOString(),
  };
  await sessionsRepository(database).insertSession(userId, log);
  return log;
}

/** One session with its item log; NotFoundError when the user has no such session. */
export async function getSession(database: Database, userId: string, id: string): Promise<SessionLog> {
  const s = await sessionsRepository(database).getSession(userId, id);
  if (!s) throw new NotFoundError(`session ${id}`);
  return s;
}

/** Sessions with their item logs, newest first. */
export async function listSessions(database: Database, userId: string, filter: { limit?: number; from?: string; to?: string } = {}): Promise<SessionLog[]> {
  return sessionsRepository(database).listSessions(userId, filter);
}
