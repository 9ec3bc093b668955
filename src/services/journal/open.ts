/**
 * Opens the single-user journal the CLI (and a local server) works on: PostgreSQL when
 * DATABASE_URL is set, else SQLite in LIMBER_DATA_DIR (or the XDG data home); the fixed
 * local user is created on first use.
 *
 * @example
 * const out = await withLocalJournal(processEnvironment(), (database, userId) => listSessions(database, userId));
 */
import { ensureUser, LOCAL_USER_ID, openDatabase, type Database } from "../../store/index.js";
import { configFrom, processEnvironment, type Environment } from "../config/index.js";

/** Opens the journal named by the environment, with the local user in place. */
export async function openLocalJournal(
  env: Environment = processEnvironment(),
): Promise<{ database: Database; userId: string }> {
  const { databaseUrl, dataDir } = configFrom(env);
  const database = await openDatabase({ url: databaseUrl, dataDir });
  try {
    await ensureUser(database, LOCAL_USER_ID);
  } catch (e) {
    await database.close();
    throw e;
  }
  return { database, userId: LOCAL_USER_ID };
}

/** Runs `fn` on the local journal and closes it afterwards, also when `fn` throws. */
export async function withLocalJournal<T>(
  env: Environment,
  fn: (database: Database, userId: string) => Promise<T>,
): Promise<T> {
  const { database, userId } = await openLocalJournal(env);
  try {
    return await fn(database, userId);
  } finally {
    await database.close();
  }
}
