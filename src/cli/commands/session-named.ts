/**
 * The session a command's id argument names, for `limber log edit` and `limber log delete`.
 */
import { InputError } from "../../core/errors.js";
import type { SessionLog } from "../../core/journal/types.js";
import { getSession, listSessions } from "../../services/journal/sessions.js";
import type { Database } from "../../store/db.js";

const LAST = "last";

/**
 * The session an id names; "last" is the newest, the one a runner most often has just logged
 * wrong. An InputError naming `id` when there is none yet; NotFoundError for an unknown id.
 *
 * @example
 * const s = await sessionNamed(database, userId, "last");
 */
export async function sessionNamed(
  database: Database,
  userId: string,
  id: string,
): Promise<SessionLog> {
  if (id !== LAST) return getSession(database, userId, id);
  const [newest] = await listSessions(database, userId, { limit: 1 });
  if (newest === undefined) throw new InputError("id", "there is no session logged yet");
  return newest;
}
