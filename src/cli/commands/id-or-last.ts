/**
 * The record a command's id argument names, for the commands that correct or delete one
 * (`limber log edit`, `limber log|runs|check|rom delete`): an id, or "last" for the newest,
 * the one a runner most often has just entered wrong.
 */
import { InputError } from "../../core/errors.js";
import type { SessionLog } from "../../core/journal/types.js";
import { getSession, listSessions } from "../../services/journal/sessions.js";
import type { Database } from "../../store/db.js";

const LAST = "last";

/**
 * `byId(id)` for an id, or `newest()` for "last"; an InputError naming `id` with `none` when
 * there is no record yet. What an unknown id gives is `byId`'s to say.
 *
 * @example
 * const test = await byIdOrLast(arg, {
 *   byId: (id) => getRomTest(database, userId, id),
 *   newest: async () => (await listRomTests(database, userId, { newest: 1 }))[0],
 *   none: "there is no range-of-motion test yet",
 * });
 */
export async function byIdOrLast<T>(
  id: string,
  find: { byId(id: string): Promise<T>; newest(): Promise<T | undefined>; none: string },
): Promise<T> {
  if (id !== LAST) return find.byId(id);
  const newest = await find.newest();
  if (newest === undefined) throw new InputError("id", find.none);
  return newest;
}

/**
 * The session an id names, or the newest for "last"; NotFoundError for an unknown id.
 *
 * @example
 * const s = await sessionNamed(database, userId, "last");
 */
export function sessionNamed(database: Database, userId: string, id: string): Promise<SessionLog> {
  return byIdOrLast(id, {
    byId: (x) => getSession(database, userId, x),
    newest: async () => (await listSessions(database, userId, { limit: 1 }))[0],
    none: "there is no session logged yet",
  });
}
