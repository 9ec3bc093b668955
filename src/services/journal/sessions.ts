/**
 * Logged sessions (P1): the routine as given, per item done / skipped and the pressure
 * used when the runner says it, before and after ratings (stiffness, soreness, pain 0-10),
 * mood and energy (1-5), notes.
 *
 * @example
 * const log = await logSession(database, userId, {
 *   routine, kind: "post-run", skipped: ["cat-cow"], pressure: { "foam-roll-calves": "light" },
 *   before: { stiffness: 6, soreness: 4 }, after: { stiffness: 3, soreness: 3 },
 * });
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { Ratings, SessionItemLog, SessionLog } from "../../core/journal/types.js";
import { routineItemsOf } from "../../core/journal/logged-items.js";
import { sessionOfRoutine } from "../../core/journal/routine-session.js";
import type { Routine } from "../../core/routine/types.js";
import { SESSIONS } from "../../core/vocabulary.js";
import { movementById } from "../../core/catalog/index.js";
import { SessionBody, SessionEditBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";
import { startsInFuture } from "../../core/schemas/ranges.js";
import { sessionsRepository, type Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";

export interface SessionInput {
  /** The routine as `limber routine --json` / `limber today --json` printed it. */
  routine: unknown;
  /** The session kind; without it, the one the routine says it was built for (or an error). */
  kind?: unknown;
  /** Instant; default now. */
  startedAt?: unknown;
  /** Ids of routine items not done (the rest count as done). */
  skipped?: unknown;
  /** Pressure used per release item id. */
  pressure?: unknown;
  /** Or, instead of skipped/pressure: the full per-item log. */
  items?: unknown;
  /**
   * Techniques done beside the routine: `[{ id, seconds, pressure? }]`, each a movement of
   * the library not in the routine, with the seconds the runner spent on it.
   */
  added?: unknown;
  before?: unknown;
  after?: unknown;
  mood?: unknown;
  energy?: unknown;
  notes?: unknown;
}

type Body = ReturnType<typeof SessionBody.parse>;

function idsOf(routine: Routine): Set<string> {
  return new Set(routine.items.map((i) => i.id));
}

/** Ratings as given: a rating left out or null is missing, never a default. */
function ratings(v: Body["before"]): Partial<Ratings> | undefined {
  if (!v) return undefined;
  const out: Partial<Ratings> = {};
  for (const [k, val] of Object.entries(v))
    if (val !== undefined && val !== null) out[k as keyof Ratings] = val;
  return Object.keys(out).length > 0 ? out : undefined;
}

function itemsFromLog(routine: Routine, items: NonNullable<Body["items"]>): SessionItemLog[] {
  const ids = idsOf(routine);
  return items.map((x, i) => {
    if (!ids.has(x.id))
      throw new InputError(
        `items[${i}].id`,
        `${JSON.stringify(x.id)} is not an item of the routine`,
      );
    const item: SessionItemLog = { id: x.id, status: x.status };
    if (x.pressure) item.pressure = x.pressure;
    return item;
  });
}

function itemsFromSkips(
  routine: Routine,
  skippedIn: Body["skipped"],
  pressure: NonNullable<Body["pressure"]>,
): SessionItemLog[] {
  const ids = idsOf(routine);
  const skipped = new Set(
    (skippedIn ?? []).map((id) => {
      if (!ids.has(id))
        throw new InputError(
          "skipped",
          `${JSON.stringify(id)} is not an item of the routine; items: ${[...ids].join(", ")}`,
        );
      return id;
    }),
  );
  for (const id of Object.keys(pressure)) {
    const item = routine.items.find((i) => i.id === id);
    if (!item)
      throw new InputError(
        "pressure",
        `${JSON.stringify(id)} is not an item of the routine; items: ${[...ids].join(", ")}`,
      );
    if (item.phase !== "release")
      throw new InputError(
        "pressure",
        `${id} is not a release item; pressure applies to release items only`,
      );
    if (skipped.has(id)) throw new InputError("pressure", `${id} is marked skipped`);
  }
  return routine.items.map((it) => {
    const status = skipped.has(it.id) ? "skipped" : "done";
    const log: SessionItemLog = { id: it.id, status };
    // Only a pressure the runner gave: the prescribed one stays in the routine it came with.
    const used = pressure[it.id];
    if (used) log.pressure = used;
    return log;
  });
}

/**
 * The techniques the runner did beside the routine, as items marked `added`: each a movement
 * of the library, not already in the routine, named once, with the seconds they gave.
 */
function addedItems(routine: Routine, added: NonNullable<Body["added"]>): SessionItemLog[] {
  const ids = idsOf(routine);
  const seen = new Set<string>();
  return added.map((x, i) => {
    const field = `added[${i}]`;
    const movement = movementById(x.id);
    if (!movement)
      throw new InputError(
        `${field}.id`,
        `${JSON.stringify(x.id)} is not a movement of the library (\`limber movements\` lists them)`,
      );
    if (ids.has(x.id))
      throw new InputError(
        `${field}.id`,
        `${x.id} is in the routine: log it there as done or skipped, not as added`,
      );
    if (seen.has(x.id)) throw new InputError(`${field}.id`, `${x.id} is added twice`);
    seen.add(x.id);
    if (x.pressure && movement.phase !== "release")
      throw new InputError(
        `${field}.pressure`,
        `${x.id} is not a release technique; pressure applies to release techniques only`,
      );
    const item: SessionItemLog = { id: x.id, status: "done", added: true, seconds: x.seconds };
    if (x.pressure) item.pressure = x.pressure;
    return item;
  });
}

/** What a log and a correction both refuse: items beside skipped/pressure, a future start. */
function checkLogShape(o: Pick<Body, "items" | "skipped" | "pressure" | "startedAt">, now: Date) {
  if (o.items !== undefined && (o.skipped !== undefined || o.pressure !== undefined)) {
    throw new InputError("items", "give either items or skipped/pressure, not both");
  }
  if (o.startedAt !== undefined && startsInFuture(o.startedAt, now))
    throw new InputError(
      "startedAt",
      `must not be in the future (now is ${now.toISOString()}; a day of clock difference is allowed), got ${o.startedAt}`,
    );
}

/** Records a session; resolves only after it is committed. */
export async function logSession(
  database: Database,
  userId: string,
  input: SessionInput,
  opts: ServiceOptions = {},
): Promise<SessionLog> {
  const o = parseInput(SessionBody, input, "", "session");
  const now = opts.now ?? new Date();
  checkLogShape(o, now);
  const routine = o.routine as Routine;
  const kind = o.kind ?? sessionOfRoutine(input.routine);
  if (kind === undefined)
    throw new InputError(
      "kind",
      `is required: the routine does not say which session it was for; one of ${SESSIONS.join(", ")}`,
    );
  const log: SessionLog = {
    id: crypto.randomUUID(),
    startedAt: o.startedAt ?? now.toISOString(),
    kind,
    routine,
    items: [
      ...(o.items !== undefined
        ? itemsFromLog(routine, o.items)
        : itemsFromSkips(routine, o.skipped, o.pressure ?? {})),
      ...addedItems(routine, o.added ?? []),
    ],
    createdAt: now.toISOString(),
  };
  const before = ratings(o.before);
  const after = ratings(o.after);
  if (before) log.before = before;
  if (after) log.after = after;
  if (o.mood !== undefined && o.mood !== null) log.mood = o.mood;
  if (o.energy !== undefined && o.energy !== null) log.energy = o.energy;
  if (o.notes) log.notes = o.notes;
  await sessionsRepository(database).insertSession(userId, log);
  return log;
}

/**
 * A correction to a logged session (`PATCH /api/sessions/:id`, `limber log edit`): every
 * field given replaces what was logged, checked as when logging; null clears a rating set,
 * mood, energy or notes; a field left out stays. The routine it was done from never changes.
 * `skipped` (with or without `pressure`) sets the routine's items anew: those named were
 * skipped, the rest done, and a pressure logged for an item still done stays unless
 * `pressure` is given. NotFoundError when the user has no such session.
 *
 * @example
 * await editSession(database, userId, id, { after: { stiffness: 3, soreness: 2 }, notes: null });
 */
export async function editSession(
  database: Database,
  userId: string,
  id: string,
  input: Omit<SessionInput, "routine">,
  opts: ServiceOptions = {},
): Promise<SessionLog> {
  const o = parseInput(SessionEditBody, input, "", "session");
  const now = opts.now ?? new Date();
  checkLogShape(o, now);
  const current = await getSession(database, userId, id);
  const routine = current.routine;
  const own = routineItemsOf(current);
  let items = own;
  if (o.items !== undefined) items = itemsFromLog(routine, o.items);
  else if (o.skipped !== undefined || o.pressure !== undefined) {
    const skipped = o.skipped ?? own.filter((i) => i.status === "skipped").map((i) => i.id);
    const pressure =
      o.pressure ??
      Object.fromEntries(
        own.flatMap((i) => (i.pressure && !skipped.includes(i.id) ? [[i.id, i.pressure]] : [])),
      );
    items = itemsFromSkips(routine, skipped, pressure);
  }
  const added =
    o.added !== undefined ? addedItems(routine, o.added) : current.items.filter((i) => i.added);
  const log: SessionLog = {
    id: current.id,
    startedAt: o.startedAt ?? current.startedAt,
    kind: o.kind ?? current.kind,
    routine,
    items: [...items, ...added],
    createdAt: current.createdAt,
  };
  const before = o.before === undefined ? current.before : ratings(o.before);
  const after = o.after === undefined ? current.after : ratings(o.after);
  if (before) log.before = before;
  if (after) log.after = after;
  const mood = o.mood === undefined ? current.mood : o.mood;
  const energy = o.energy === undefined ? current.energy : o.energy;
  const notes = o.notes === undefined ? current.notes : o.notes;
  if (mood !== undefined && mood !== null) log.mood = mood;
  if (energy !== undefined && energy !== null) log.energy = energy;
  if (notes) log.notes = notes;
  if (!(await sessionsRepository(database).replaceSession(userId, log)))
    throw new NotFoundError(`session ${id}`);
  return log;
}

/**
 * Deletes a logged session (one logged twice, or by mistake) with its items, and returns it
 * as it was, so the caller can say what went. Insights and the coach stop counting it at
 * once; pain flags raised from it stay, as they are records of their own. NotFoundError when
 * the user has no such session.
 *
 * @example
 * const gone = await deleteSession(database, userId, id); // gone.startedAt, gone.items ...
 */
export async function deleteSession(
  database: Database,
  userId: string,
  id: string,
): Promise<SessionLog> {
  const current = await getSession(database, userId, id);
  if (!(await sessionsRepository(database).deleteSession(userId, id)))
    throw new NotFoundError(`session ${id}`);
  return current;
}

/** One session with its item log; NotFoundError when the user has no such session. */
export async function getSession(
  database: Database,
  userId: string,
  id: string,
): Promise<SessionLog> {
  const s = await sessionsRepository(database).getSession(userId, id);
  if (!s) throw new NotFoundError(`session ${id}`);
  return s;
}

/** Sessions with their item logs, newest first. */
export async function listSessions(
  database: Database,
  userId: string,
  filter: { limit?: number; from?: string; to?: string } = {},
): Promise<SessionLog[]> {
  return sessionsRepository(database).listSessions(userId, filter);
}
