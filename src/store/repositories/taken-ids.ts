/**
 * Which record ids a table already holds, for any user: a restored journal whose ids are in
 * use elsewhere gets new ones instead of colliding (record ids are primary keys across
 * every user of the database).
 */
import type { Database } from "../db.js";

export const ID_TABLES = [
  "body_checks",
  "rom_tests",
  "sessions",
  "pain_flags",
  "runs",
  "run_comfort",
] as const;
export type IdTable = (typeof ID_TABLES)[number];

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * const taken = await takenIdsRepository(database).takenIds("sessions", ["s1", "s2"]); // Set { "s2" }
 */
export function takenIdsRepository(database: Database) {
  const { db } = database;
  return {
    /** The ids among `ids` that already have a row in `table`. */
    async takenIds(table: IdTable, ids: readonly string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      // Bounded IN lists: both engines cap the number of bound parameters.
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await db.selectFrom(table).select("id").where("id", "in", chunk).execute();
        for (const r of rows) taken.add(r.id);
      }
      return taken;
    },
  };
}

export type TakenIdsRepository = ReturnType<typeof takenIdsRepository>;
