/** Fixed-window counters for rate limits, kept in the database so every API node shares them. */
import { sql } from "kysely";
import type { Database } from "../db.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await rateLimitsRepository(database).hitRateLimit(...);
 */
export function rateLimitsRepository(database: Database) {
  const { db } = database;
  return {
    /**
     * Counts one hit on `key` in the window that starts at `windowStart` (epoch seconds) and
     * returns the hits in that window including this one. An older window restarts at 1.
     * One statement, so concurrent nodes never lose a hit.
     */
    async hitRateLimit(key: string, windowStart: number): Promise<number> {
      const row = await db
        .insertInto("rate_limits")
        .values({ key, window_start: windowStart, hits: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql<number>`case when rate_limits.window_start = ${windowStart} then rate_limits.hits + 1 else 1 end`,
            window_start: windowStart,
          }),
        )
        .returning("hits")
        .executeTakeFirstOrThrow();
      return Number(row.hits);
    },

    /**
     * Counts one more failure on `key` and notes when it happened (epoch seconds); returns the
     * failures so far. Failures keep counting until cleared (per-account sign-in backoff).
     */
    async recordFailure(key: string, atSecond: number): Promise<number> {
      const row = await db
        .insertInto("rate_limits")
        .values({ key, window_start: atSecond, hits: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql<number>`rate_limits.hits + 1`,
            window_start: atSecond,
          }),
        )
        .returning("hits")
        .executeTakeFirstOrThrow();
      return Number(row.hits);
    },

    /** A counter as stored, if any. */
    async readCounter(key: string): Promise<{ hits: number; windowStart: number } | undefined> {
      const row = await db
        .selectFrom("rate_limits")
        .select(["hits", "window_start"])
        .where("key", "=", key)
        .executeTakeFirst();
      return row ? { hits: Number(row.hits), windowStart: Number(row.window_start) } : undefined;
    },

    /** Clears a counter (after a successful sign-in). */
    async clearRateLimit(key: string): Promise<void> {
      await db.deleteFrom("rate_limits").where("key", "=", key).execute();
    },

    /** Drops counters whose window started before `before` (epoch seconds). */
    async pruneRateLimits(before: number): Promise<void> {
      await db.deleteFrom("rate_limits").where("window_start", "<", before).execute();
    },
  };
}

export type RateLimitsRepository = ReturnType<typeof rateLimitsRepository>;
