/** Sign-in sessions, stored by the SHA-256 of the cookie's random id. */
import type { Database } from "../db.js";
import type { AuthSessionRow } from "../schema.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await authSessionsRepository(database).insertAuthSession(...);
 */
export function authSessionsRepository(database: Database) {
  const { db } = database;
  return {
    /** Stores a new session. */
    async insertAuthSession(row: AuthSessionRow): Promise<void> {
      await db.insertInto("auth_sessions").values(row).execute();
    },

    /** The unexpired session with this id hash, if any. */
    async findLiveAuthSession(idHash: string, now: string): Promise<AuthSessionRow | undefined> {
      return db
        .selectFrom("auth_sessions")
        .selectAll()
        .where("id_hash", "=", idHash)
        .where("expires_at", ">", now)
        .executeTakeFirst();
    },

    /** Ends one session. */
    async deleteAuthSession(idHash: string): Promise<void> {
      await db.deleteFrom("auth_sessions").where("id_hash", "=", idHash).execute();
    },

    /** Ends every session of a user (after a password reset). */
    async deleteAuthSessionsOfUser(userId: string): Promise<void> {
      await db.deleteFrom("auth_sessions").where("user_id", "=", userId).execute();
    },

    /** Drops sessions that expired before `now`. */
    async pruneAuthSessions(now: string): Promise<void> {
      await db.deleteFrom("auth_sessions").where("expires_at", "<=", now).execute();
    },
  };
}

export type AuthSessionsRepository = ReturnType<typeof authSessionsRepository>;
