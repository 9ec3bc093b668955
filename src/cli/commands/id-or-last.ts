/**
 * The record a command's id argument names. An id the runner does not have is bad input like
 * any other (DESIGN.md): exit status 2 and one line naming the argument and the command that
 * lists the ids, the same for every command that takes one. For the commands that correct or
 * delete a record (`limber log edit`, `limber log|runs|check|rom delete`) "last" names the
 * newest, the one a runner most often has just entered wrong.
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { SessionLog } from "../../core/journal/types.js";
import { getSession, listSessions } from "../../services/journal/sessions.js";
import type { Database } from "../../store/db.js";

const LAST = "last";

/** What the id argument names, in words, and the command that lists the ids. */
export interface RecordKind {
  /** "session", "run", "pain flag" ... */
  what: string;
  /** "limber history" */
  listedBy: string;
}

/**
 * Runs `find`, turning its NotFoundError into an InputError naming `id`: "no run with id x (see
 * `limber runs`)". Any other error passes through.
 *
 * @example
 * const flag = await recordNamed(id, { what: "pain flag", listedBy: "limber pain list" }, () =>
 *   resolvePainFlag(database, userId, id, { now }),
 * );
 */
export async function recordNamed<T>(
  id: string,
  kind: RecordKind,
  find: () => Promise<T>,
): Promise<T> {
  try {
    return await find();
  } catch (e) {
    if (e instanceof NotFoundError)
      throw new InputError("id", `no ${kind.what} with id ${id} (see \`${kind.listedBy}\`)`);
    throw e;
  }
}

/**
 * `byId(id)` for an id, or `newest()` for "last"; an InputError naming `id` with `none` when
 * there is no record yet, and (through recordNamed) for an id that names nothing.
 *
 * @example
 * const test = await byIdOrLast(arg, {
 *   what: "range-of-motion test",
 *   listedBy: "limber rom list",
 *   byId: (id) => getRomTest(database, userId, id),
 *   newest: async () => (await listRomTests(database, userId, { newest: 1 }))[0],
 *   none: "there is no range-of-motion test yet",
 * });
 */
export async function byIdOrLast<T>(
  id: string,
  find: RecordKind & {
    byId(id: string): Promise<T>;
    newest(): Promise<T | undefined>;
    none: string;
  },
): Promise<T> {
  if (id !== LAST) return recordNamed(id, find, () => find.byId(id));
  const newest = await find.newest();
  if (newest === undefined) throw new InputError("id", find.none);
  return newest;
}

/**
 * The session an id names, or the newest for "last".
 *
 * @example
 * const s = await sessionNamed(database, userId, "last");
 */
export function sessionNamed(database: Database, userId: string, id: string): Promise<SessionLog> {
  return byIdOrLast(id, {
    what: "session",
    listedBy: "limber history",
    byId: (x) => getSession(database, userId, x),
    newest: async () => (await listSessions(database, userId, { limit: 1 }))[0],
    none: "there is no session logged yet",
  });
}
