/**
 * Idempotency records: the first request with a key claims it (a row without a response),
 * then stores its response so that retries replay it.
 */
import type { Database } from "../db.js";
import type { IdempotencyRow } from "../schema.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await idempotencyRepository(database).claimIdempotencyKey(...);
 */
export function idempotencyRepository(database: Database) {
  const { db } = database;
  return {
    /** Claims a key; false when a row for (user, key) already exists. */
    async claimIdempotencyKey(row: IdempotencyRow): Promise<boolean> {
      const r = await db
        .insertInto("idempotency_keys")
        .values(row)
        .onConflict((oc) => oc.columns(["user_id", "key"]).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    /** The record for (user, key), if any. */
    async findIdempotencyKey(userId: string, key: string): Promise<IdempotencyRow | undefined> {
      return db
        .selectFrom("idempotency_keys")
        .selectAll()
        .where("user_id", "=", userId)
        .where("key", "=", key)
        .executeTakeFirst();
    },

    /** Stores the response of a claimed key. */
    async completeIdempotencyKey(
      userId: string,
      key: string,
      response: { status: number; contentType: string | null; body: string },
    ): Promise<void> {
      await db
        .updateTable("idempotency_keys")
        .set({
          status_code: response.status,
          content_type: response.contentType,
          response_body: response.body,
        })
        .where("user_id", "=", userId)
        .where("key", "=", key)
        .execute();
    },

    /** Releases a claimed key whose request failed on the server, so a retry can run again. */
    async releaseIdempotencyKey(userId: string, key: string): Promise<void> {
      await db
        .deleteFrom("idempotency_keys")
        .where("user_id", "=", userId)
        .where("key", "=", key)
        .where("status_code", "is", null)
        .execute();
    },

    /** Replaces a stale unfinished claim (its process died) with a fresh one; true when taken over. */
    async takeOverStaleKey(row: IdempotencyRow, staleBefore: string): Promise<boolean> {
      const r = await db
        .updateTable("idempotency_keys")
        .set({
          created_at: row.created_at,
          method: row.method,
          path: row.path,
          body_hash: row.body_hash,
        })
        .where("user_id", "=", row.user_id)
        .where("key", "=", row.key)
        .where("status_code", "is", null)
        .where("created_at", "<", staleBefore)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** Forgets records older than the cutoff (keys are kept for a day). */
    async pruneIdempotencyKeys(before: string): Promise<void> {
      await db.deleteFrom("idempotency_keys").where("created_at", "<", before).execute();
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
