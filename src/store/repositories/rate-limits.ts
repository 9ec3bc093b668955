/** Fixed-window counters for rate limits, kept in the database so every API node shares them. */
import { sql } from "kysely";
import type { AccountsDb } from "./account-tables.js";

/**
 * Counts one hit on `key` in the window that starts at `windowStart` (epoch seconds) and
 * returns the hits in that window including this one. An older window restarts at 1.
 * One statement, so concurrent nodes never lose a hit.
 */
export async function hitRateLimit(db: AccountsDb, key: string, windowStart: number): Promise<number> {
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
}

/**
 * Counts one more failure on `key` and notes when it happened (epoch seconds); returns the
 * failures so far. Failures keep counting until cleared (per-account sign-in backoff).
 */
export async function recordFailure(db: AccountsDb, key: string, atSecond: number): Promise<number> {
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: atSecond, hits: 1 })
    .onConflict((oc) => oc.column("key").doUpdateSet({ hits: sql<number>`rate_limits.hits + 1`, window_start: atSecond }))
    .returning("hits")
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** A counter as stored, if any. */
export async function readCounter(db: AccountsDb, key: string): Promise<{ hits: number; windowStart: number } | undefined> {
  const row = await db.selectFrom("rate_limits").select(["hits", "window_start"]).where("key", "=", key).executeTakeFirst();
  return row ? { hits: Number(row.hits), windowStart: Number(row.window_start) } : undefined;
}

/** Clears a counter (after a successful sign-in). */
export async function clearRateLimit(db: AccountsDb, key: string): Promise<void> {
  await db.deleteFrom("rate_limits").where("key", "=", key).execute();
}

/** Drops counters whose window started before `before` (epoch seconds). */
export async function pruneRateLimits(db: AccountsDb, before: number): Promise<void> {
  await db.deleteFrom("rate_limits").where("window_start", "<", before).execute();
}
