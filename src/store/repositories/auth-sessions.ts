/** Sign-in sessions, stored by the SHA-256 of the cookie's random id. */
import type { AccountsDb, AuthSessionRow } from "./account-tables.js";

/** Stores a new session. */
export async function insertAuthSession(db: AccountsDb, row: AuthSessionRow): Promise<void> {
  await db.insertInto("auth_sessions").values(row).execute();
}

/** The unexpired session with this id hash, if any. */
export async function findLiveAuthSession(db: AccountsDb, idHash: string, now: string): Promise<AuthSessionRow | undefined> {
  return db
    .selectFrom("auth_sessions")
    .selectAll()
    .where("id_hash", "=", idHash)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/** Ends one session. */
export async function deleteAuthSession(db: AccountsDb, idHash: string): Promise<void> {
  await db.deleteFrom("auth_sessions").where("id_hash", "=", idHash).execute();
}

/** Ends every session of a user (after a password reset). */
export async function deleteAuthSessionsOfUser(db: AccountsDb, userId: string): Promise<void> {
  await db.deleteFrom("auth_sessions").where("user_id", "=", userId).execute();
}

/** Drops sessions that expired before `now`. */
export async function pruneAuthSessions(db: AccountsDb, now: string): Promise<void> {
  await db.deleteFrom("auth_sessions").where("expires_at", "<=", now).execute();
}
