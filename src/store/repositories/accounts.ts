/** Account rows: people who sign in (server mode). Emails are stored lower-cased. */
import type { Database } from "../db.js";
import type { AccountRow } from "../schema.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await accountsRepository(database).insertAccount(...);
 */
export function accountsRepository(database: Database) {
  const { db } = database;
  return {
    /** Inserts an account; throws a unique violation when the email is taken. */
    async insertAccount(row: AccountRow): Promise<void> {
      await db.insertInto("accounts").values(row).execute();
    },

    /** The account with this id, if any. */
    async findAccountById(id: string): Promise<AccountRow | undefined> {
      return db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
    },

    /** The account with this (lower-cased) email, if any. */
    async findAccountByEmail(email: string): Promise<AccountRow | undefined> {
      return db.selectFrom("accounts").selectAll().where("email", "=", email).executeTakeFirst();
    },

    /** Replaces the password hash; returns false when no such account. */
    async updatePasswordHash(id: string, hash: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable("accounts")
        .set({ password_hash: hash, updated_at: at })
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** Sets an account's status (`active`, `pending`); false when no such account. */
    async updateAccountStatus(id: string, status: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable("accounts")
        .set({ status, updated_at: at })
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** Removes an account row and every account-side record of it (sessions, tokens, grants, plans, keys); run it inside a transaction. */
    async deleteAccountRecords(id: string): Promise<void> {
      // Explicit even though the foreign keys cascade: call inside a transaction.
      await db.deleteFrom("auth_sessions").where("user_id", "=", id).execute();
      await db.deleteFrom("api_tokens").where("user_id", "=", id).execute();
      await db
        .deleteFrom("access_grants")
        .where((eb) => eb.or([eb("runner_id", "=", id), eb("professional_id", "=", id)]))
        .execute();
      await db
        .deleteFrom("professional_plans")
        .where((eb) => eb.or([eb("runner_id", "=", id), eb("professional_id", "=", id)]))
        .execute();
      await db.deleteFrom("idempotency_keys").where("user_id", "=", id).execute();
      await db.deleteFrom("accounts").where("id", "=", id).execute();
    },
  };
}

export type AccountsRepository = ReturnType<typeof accountsRepository>;
