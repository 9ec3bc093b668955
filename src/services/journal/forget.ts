/**
 * Forget-me: erases everything stored about a user in one transaction.
 *
 * @example
 * const removed = await forgetMe(database, userId); // { sessions: 12, ..., total: 140 }
 */
import { journalRepository, type Database } from "../../store/index.js";

/**
 * Deletes every journal row of the user and, unless `keepUser`, the user row itself (rows
 * other parts keep about the user reference it with ON DELETE CASCADE and go with it).
 * Returns what the journal held.
 */
export async function forgetMe(
  database: Database,
  userId: string,
  opts: { keepUser?: boolean } = {},
) {
  const journal = journalRepository(database);
  const before = await journal.countRows(userId);
  await journal.deleteJournal(userId, { user: !opts.keepUser });
  return before;
}
