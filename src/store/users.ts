import type { Database } from "./db.js";

/** The one user of a single-user journal (the CLI, a local server). */
export const LOCAL_USER_ID = "local";

/**
 * Makes sure a user row exists (journal rows reference it). Safe to call on every start.
 *
 * @example
 * await ensureUser(database, LOCAL_USER_ID);
 */
export async function ensureUser(
  database: Database,
  userId: string,
  now: Date = new Date(),
): Promise<void> {
  // Read first: every CLI call ensures the local user, and a read takes no write lock.
  const found = await database.db
    .selectFrom("users")
    .select("id")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (found) return;
  await database.db
    .insertInto("users")
    .values({ id: userId, created_at: now.toISOString() })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/** Ids of every user with a row (admin tools, tests). */
export async function listUserIds(database: Database): Promise<string[]> {
  const rows = await database.db.selectFrom("users").select("id").orderBy("id").execute();
  return rows.map((r) => r.id);
}
