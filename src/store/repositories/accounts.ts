/** Account rows: people who sign in (server mode). Emails are stored lower-cased. */
import type { AccountRow, AccountsDb } from "./account-tables.js";

/** Inserts an account; throws a unique violation when the email is taken. */
export async function insertAccount(db: AccountsDb, row: AccountRow): Promise<void> {
  await db.insertInto("accounts").values(row).execute();
}

/** The account with this id, if any. */
export async function findAccountById(db: AccountsDb, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The account with this (lower-cased) email, if any. */
export async function findAccountByEmail(db: AccountsDb, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom("accounts").selectAll().where("email", "=", email).executeTakeFirst();
}

/** Replaces the password hash; returns false when no such account. */
export async function updatePasswordHash(db: AccountsDb, id: string, hash: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable("accounts")
    .set({ password_hash: hash, updated_at: at })
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Sets an account's status (`active`, `pending`); false when no such account. */
export async function updateAccountStatus(db: AccountsDb, id: string, status: string, at: string): Promise<boolean> {
  const r = await db.updateTable("accounts").set({ status, updated_at: at }).where("id", "=", id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes an account row and every account-side record of it (sessions, tokens, grants, plans, keys); run it inside a transaction. */
export async function deleteAccountRecords(db: AccountsDb, id: string): Promise<void> {
  // Explicit even though the foreign keys cascade: call inside a transaction.
  await db.deleteFrom("auth_sessions").where("user_id", "=", id).execute();
  await db.deleteFrom("api_tokens").where("user_id", "=", id).execute();
  await db.deleteFrom("access_grants").where((eb) => eb.or([eb("runner_id", "=", id), eb("professional_id", "=", id)])).execute();
  await db.deleteFrom("professional_plans").where((eb) => eb.or([eb("runner_id", "=", id), eb("professional_id", "=", id)])).execute();
  await db.deleteFrom("idempotency_keys").where("user_id", "=", id).execute();
  await db.deleteFrom("accounts").where("id", "=", id).execute();
}
