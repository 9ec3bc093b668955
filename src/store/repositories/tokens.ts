/** Personal API tokens, stored by the SHA-256 of the token. */
import type { AccountsDb, ApiTokenRow } from "./account-tables.js";

/** Stores a new token. */
export async function insertApiToken(db: AccountsDb, row: ApiTokenRow): Promise<void> {
  await db.insertInto("api_tokens").values(row).execute();
}

/** The token with this hash, if any. */
export async function findApiTokenByHash(db: AccountsDb, hash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom("api_tokens").selectAll().where("token_hash", "=", hash).executeTakeFirst();
}

/** A user's tokens, newest first. */
export async function listApiTokens(db: AccountsDb, userId: string): Promise<ApiTokenRow[]> {
  return db.selectFrom("api_tokens").selectAll().where("user_id", "=", userId).orderBy("created_at", "desc").execute();
}

/** Deletes one of the user's tokens; false when the user has no such token. */
export async function deleteApiToken(db: AccountsDb, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom("api_tokens").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Revokes every token of a user (password reset, sign-out everywhere). */
export async function deleteApiTokensOfUser(db: AccountsDb, userId: string): Promise<void> {
  await db.deleteFrom("api_tokens").where("user_id", "=", userId).execute();
}

/** Notes when a token was last used (at most once a minute per token, to spare writes). */
export async function touchApiToken(db: AccountsDb, id: string, now: string, notBefore: string): Promise<void> {
  await db
    .updateTable("api_tokens")
    .set({ last_used_at: now })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("last_used_at", "is", null), eb("last_used_at", "<", notBefore)]))
    .execute();
}
